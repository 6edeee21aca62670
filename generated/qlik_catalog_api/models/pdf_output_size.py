from typing import Literal

PdfOutputSize = Literal["A1", "A2", "A3", "A4", "A5", "A6", "Legal", "Letter", "Tabloid"]

PDF_OUTPUT_SIZE_VALUES: set[PdfOutputSize] = {
    "A1",
    "A2",
    "A3",
    "A4",
    "A5",
    "A6",
    "Legal",
    "Letter",
    "Tabloid",
}


def check_pdf_output_size(value: str) -> PdfOutputSize:
    if value in PDF_OUTPUT_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PDF_OUTPUT_SIZE_VALUES!r}")
