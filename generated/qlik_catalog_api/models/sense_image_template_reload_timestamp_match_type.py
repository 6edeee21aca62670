from typing import Literal

SenseImageTemplateReloadTimestampMatchType = Literal["noCheck", "requestTimeExact"]

SENSE_IMAGE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES: set[SenseImageTemplateReloadTimestampMatchType] = {
    "noCheck",
    "requestTimeExact",
}


def check_sense_image_template_reload_timestamp_match_type(value: str) -> SenseImageTemplateReloadTimestampMatchType:
    if value in SENSE_IMAGE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSE_IMAGE_TEMPLATE_RELOAD_TIMESTAMP_MATCH_TYPE_VALUES!r}"
    )
