from typing import Literal

PptxOutputSize = Literal["OnScreen", "OnScreen16x10", "OnScreen16x9", "Widescreen"]

PPTX_OUTPUT_SIZE_VALUES: set[PptxOutputSize] = {
    "OnScreen",
    "OnScreen16x10",
    "OnScreen16x9",
    "Widescreen",
}


def check_pptx_output_size(value: str) -> PptxOutputSize:
    if value in PPTX_OUTPUT_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PPTX_OUTPUT_SIZE_VALUES!r}")
