from typing import Literal

ReportChainableSelectionSelectionType = Literal["persistentBookmark", "selectionFilter", "temporaryBookmarkV2"]

REPORT_CHAINABLE_SELECTION_SELECTION_TYPE_VALUES: set[ReportChainableSelectionSelectionType] = {
    "persistentBookmark",
    "selectionFilter",
    "temporaryBookmarkV2",
}


def check_report_chainable_selection_selection_type(value: str) -> ReportChainableSelectionSelectionType:
    if value in REPORT_CHAINABLE_SELECTION_SELECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_CHAINABLE_SELECTION_SELECTION_TYPE_VALUES!r}")
