from typing import Literal

SenseDataTemplateSelectionStrategy = Literal["failOnErrors", "ignoreErrorsNoDetails", "ignoreErrorsReturnDetails"]

SENSE_DATA_TEMPLATE_SELECTION_STRATEGY_VALUES: set[SenseDataTemplateSelectionStrategy] = {
    "failOnErrors",
    "ignoreErrorsNoDetails",
    "ignoreErrorsReturnDetails",
}


def check_sense_data_template_selection_strategy(value: str) -> SenseDataTemplateSelectionStrategy:
    if value in SENSE_DATA_TEMPLATE_SELECTION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_DATA_TEMPLATE_SELECTION_STRATEGY_VALUES!r}")
