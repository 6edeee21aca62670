from typing import Literal

PdfOutputAlignHorizontal = Literal["center", "left", "right"]

PDF_OUTPUT_ALIGN_HORIZONTAL_VALUES: set[PdfOutputAlignHorizontal] = {
    "center",
    "left",
    "right",
}


def check_pdf_output_align_horizontal(value: str) -> PdfOutputAlignHorizontal:
    if value in PDF_OUTPUT_ALIGN_HORIZONTAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PDF_OUTPUT_ALIGN_HORIZONTAL_VALUES!r}")
