from typing import Literal

ReportTemplateLocationFormat = Literal["url"]

REPORT_TEMPLATE_LOCATION_FORMAT_VALUES: set[ReportTemplateLocationFormat] = {
    "url",
}


def check_report_template_location_format(value: str) -> ReportTemplateLocationFormat:
    if value in REPORT_TEMPLATE_LOCATION_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_TEMPLATE_LOCATION_FORMAT_VALUES!r}")
