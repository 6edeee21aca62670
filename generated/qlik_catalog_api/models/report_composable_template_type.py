from typing import Literal

ReportComposableTemplateType = Literal["sense-image-1.0", "sense-sheet-1.0"]

REPORT_COMPOSABLE_TEMPLATE_TYPE_VALUES: set[ReportComposableTemplateType] = {
    "sense-image-1.0",
    "sense-sheet-1.0",
}


def check_report_composable_template_type(value: str) -> ReportComposableTemplateType:
    if value in REPORT_COMPOSABLE_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_COMPOSABLE_TEMPLATE_TYPE_VALUES!r}")
