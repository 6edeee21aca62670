from typing import Literal

SenseImageTemplateSelectionStrategy = Literal["failOnErrors", "ignoreErrorsNoDetails", "ignoreErrorsReturnDetails"]

SENSE_IMAGE_TEMPLATE_SELECTION_STRATEGY_VALUES: set[SenseImageTemplateSelectionStrategy] = {
    "failOnErrors",
    "ignoreErrorsNoDetails",
    "ignoreErrorsReturnDetails",
}


def check_sense_image_template_selection_strategy(value: str) -> SenseImageTemplateSelectionStrategy:
    if value in SENSE_IMAGE_TEMPLATE_SELECTION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_IMAGE_TEMPLATE_SELECTION_STRATEGY_VALUES!r}")
