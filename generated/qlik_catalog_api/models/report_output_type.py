from typing import Literal

ReportOutputType = Literal[
    "csv",
    "cycle",
    "excel",
    "html",
    "image",
    "jsondata",
    "pdf",
    "pdfcomposition",
    "powerpoint",
    "pptx",
    "pptxcomposition",
    "word",
    "xlsx",
]

REPORT_OUTPUT_TYPE_VALUES: set[ReportOutputType] = {
    "csv",
    "cycle",
    "excel",
    "html",
    "image",
    "jsondata",
    "pdf",
    "pdfcomposition",
    "powerpoint",
    "pptx",
    "pptxcomposition",
    "word",
    "xlsx",
}


def check_report_output_type(value: str) -> ReportOutputType:
    if value in REPORT_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_OUTPUT_TYPE_VALUES!r}")
