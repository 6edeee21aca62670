from typing import Literal

PptxOutputOrientation = Literal["A", "L", "P"]

PPTX_OUTPUT_ORIENTATION_VALUES: set[PptxOutputOrientation] = {
    "A",
    "L",
    "P",
}


def check_pptx_output_orientation(value: str) -> PptxOutputOrientation:
    if value in PPTX_OUTPUT_ORIENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PPTX_OUTPUT_ORIENTATION_VALUES!r}")
