from typing import Literal

ReportVisualizationType = Literal["sessionobject", "sheet", "visualization"]

REPORT_VISUALIZATION_TYPE_VALUES: set[ReportVisualizationType] = {
    "sessionobject",
    "sheet",
    "visualization",
}


def check_report_visualization_type(value: str) -> ReportVisualizationType:
    if value in REPORT_VISUALIZATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_VISUALIZATION_TYPE_VALUES!r}")
