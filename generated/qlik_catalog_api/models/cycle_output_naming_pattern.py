from typing import Literal

CycleOutputNamingPattern = Literal["fieldValueWithUnderscore"]

CYCLE_OUTPUT_NAMING_PATTERN_VALUES: set[CycleOutputNamingPattern] = {
    "fieldValueWithUnderscore",
}


def check_cycle_output_naming_pattern(value: str) -> CycleOutputNamingPattern:
    if value in CYCLE_OUTPUT_NAMING_PATTERN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CYCLE_OUTPUT_NAMING_PATTERN_VALUES!r}")
