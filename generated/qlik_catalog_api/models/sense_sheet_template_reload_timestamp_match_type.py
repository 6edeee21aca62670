from typing import Literal

SenseSheetTemplateReloadTimestampMatchType = Literal["noCheck", "requestTimeExact"]

SENSE_SHEET_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES: set[SenseSheetTemplateReloadTimestampMatchType] = {
    "noCheck",
    "requestTimeExact",
}


def check_sense_sheet_template_reload_timestamp_match_type(value: str) -> SenseSheetTemplateReloadTimestampMatchType:
    if value in SENSE_SHEET_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSE_SHEET_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES!r}"
    )
