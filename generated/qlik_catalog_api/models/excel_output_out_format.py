from typing import Literal

ExcelOutputOutFormat = Literal["xlsx"]

EXCEL_OUTPUT_OUT_FORMAT_VALUES: set[ExcelOutputOutFormat] = {
    "xlsx",
}


def check_excel_output_out_format(value: str) -> ExcelOutputOutFormat:
    if value in EXCEL_OUTPUT_OUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXCEL_OUTPUT_OUT_FORMAT_VALUES!r}")
