from typing import Literal

PdfOutputResizeType = Literal["autofit", "fit", "none"]

PDF_OUTPUT_RESIZE_TYPE_VALUES: set[PdfOutputResizeType] = {
    "autofit",
    "fit",
    "none",
}


def check_pdf_output_resize_type(value: str) -> PdfOutputResizeType:
    if value in PDF_OUTPUT_RESIZE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PDF_OUTPUT_RESIZE_TYPE_VALUES!r}")
