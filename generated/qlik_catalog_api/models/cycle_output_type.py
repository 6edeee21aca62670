from typing import Literal

CycleOutputType = Literal["excel", "html", "pdf", "powerpoint", "word"]

CYCLE_OUTPUT_TYPE_VALUES: set[CycleOutputType] = {
    "excel",
    "html",
    "pdf",
    "powerpoint",
    "word",
}


def check_cycle_output_type(value: str) -> CycleOutputType:
    if value in CYCLE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CYCLE_OUTPUT_TYPE_VALUES!r}")
