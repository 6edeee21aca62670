from typing import Literal

SenseSheetTemplateSelectionStrategy = Literal["failOnErrors", "ignoreErrorsNoDetails", "ignoreErrorsReturnDetails"]

SENSE_SHEET_TEMPLATE_SELECTION_STRATEGY_VALUES: set[SenseSheetTemplateSelectionStrategy] = {
    "failOnErrors",
    "ignoreErrorsNoDetails",
    "ignoreErrorsReturnDetails",
}


def check_sense_sheet_template_selection_strategy(value: str) -> SenseSheetTemplateSelectionStrategy:
    if value in SENSE_SHEET_TEMPLATE_SELECTION_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_SHEET_TEMPLATE_SELECTION_STRATEGY_VALUES!r}")
