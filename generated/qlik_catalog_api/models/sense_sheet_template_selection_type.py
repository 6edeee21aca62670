from typing import Literal

SenseSheetTemplateSelectionType = Literal[
    "persistentBookmark", "selectionsByState", "temporaryBookmark", "temporaryBookmarkV2"
]

SENSE_SHEET_TEMPLATE_SELECTION_TYPE_VALUES: set[SenseSheetTemplateSelectionType] = {
    "persistentBookmark",
    "selectionsByState",
    "temporaryBookmark",
    "temporaryBookmarkV2",
}


def check_sense_sheet_template_selection_type(value: str) -> SenseSheetTemplateSelectionType:
    if value in SENSE_SHEET_TEMPLATE_SELECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_SHEET_TEMPLATE_SELECTION_TYPE_VALUES!r}")
