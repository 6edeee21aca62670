from typing import Literal

PdfOutputOrientation = Literal["A", "L", "P"]

PDF_OUTPUT_ORIENTATION_VALUES: set[PdfOutputOrientation] = {
    "A",
    "L",
    "P",
}


def check_pdf_output_orientation(value: str) -> PdfOutputOrientation:
    if value in PDF_OUTPUT_ORIENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PDF_OUTPUT_ORIENTATION_VALUES!r}")
