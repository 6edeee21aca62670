from typing import Literal

PptxOutputResizeType = Literal["autofit"]

PPTX_OUTPUT_RESIZE_TYPE_VALUES: set[PptxOutputResizeType] = {
    "autofit",
}


def check_pptx_output_resize_type(value: str) -> PptxOutputResizeType:
    if value in PPTX_OUTPUT_RESIZE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PPTX_OUTPUT_RESIZE_TYPE_VALUES!r}")
