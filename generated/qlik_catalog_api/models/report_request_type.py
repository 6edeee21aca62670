from typing import Literal

ReportRequestType = Literal[
    "composition-1.0",
    "qv-data-1.0",
    "qv-data-2.0",
    "sense-data-1.0",
    "sense-excel-template-1.0",
    "sense-html-template-1.0",
    "sense-image-1.0",
    "sense-pixel-perfect-template-1.0",
    "sense-powerpoint-template-1.0",
    "sense-sheet-1.0",
    "sense-story-1.0",
    "sense-word-template-1.0",
]

REPORT_REQUEST_TYPE_VALUES: set[ReportRequestType] = {
    "composition-1.0",
    "qv-data-1.0",
    "qv-data-2.0",
    "sense-data-1.0",
    "sense-excel-template-1.0",
    "sense-html-template-1.0",
    "sense-image-1.0",
    "sense-pixel-perfect-template-1.0",
    "sense-powerpoint-template-1.0",
    "sense-sheet-1.0",
    "sense-story-1.0",
    "sense-word-template-1.0",
}


def check_report_request_type(value: str) -> ReportRequestType:
    if value in REPORT_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_REQUEST_TYPE_VALUES!r}")
