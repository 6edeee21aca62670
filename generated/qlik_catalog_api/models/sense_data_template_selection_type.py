from typing import Literal

SenseDataTemplateSelectionType = Literal[
    "persistentBookmark", "selectionsByState", "temporaryBookmark", "temporaryBookmarkV2"
]

SENSE_DATA_TEMPLATE_SELECTION_TYPE_VALUES: set[SenseDataTemplateSelectionType] = {
    "persistentBookmark",
    "selectionsByState",
    "temporaryBookmark",
    "temporaryBookmarkV2",
}


def check_sense_data_template_selection_type(value: str) -> SenseDataTemplateSelectionType:
    if value in SENSE_DATA_TEMPLATE_SELECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_DATA_TEMPLATE_SELECTION_TYPE_VALUES!r}")
