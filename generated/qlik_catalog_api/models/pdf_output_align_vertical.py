from typing import Literal

PdfOutputAlignVertical = Literal["bottom", "middle", "top"]

PDF_OUTPUT_ALIGN_VERTICAL_VALUES: set[PdfOutputAlignVertical] = {
    "bottom",
    "middle",
    "top",
}


def check_pdf_output_align_vertical(value: str) -> PdfOutputAlignVertical:
    if value in PDF_OUTPUT_ALIGN_VERTICAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PDF_OUTPUT_ALIGN_VERTICAL_VALUES!r}")
