from typing import Literal

SenseFileTemplateReloadTimestampMatchType = Literal["noCheck", "requestTimeExact"]

SENSE_FILE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES: set[SenseFileTemplateReloadTimestampMatchType] = {
    "noCheck",
    "requestTimeExact",
}


def check_sense_file_template_reload_timestamp_match_type(value: str) -> SenseFileTemplateReloadTimestampMatchType:
    if value in SENSE_FILE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSE_FILE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES!r}"
    )
