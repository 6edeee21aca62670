from typing import Literal

SenseDataTemplateReloadTimestampMatchType = Literal["noCheck", "requestTimeExact"]

SENSE_DATA_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES: set[SenseDataTemplateReloadTimestampMatchType] = {
    "noCheck",
    "requestTimeExact",
}


def check_sense_data_template_reload_timestamp_match_type(value: str) -> SenseDataTemplateReloadTimestampMatchType:
    if value in SENSE_DATA_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSE_DATA_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES!r}"
    )
