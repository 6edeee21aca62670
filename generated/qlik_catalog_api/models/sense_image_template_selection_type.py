from typing import Literal

SenseImageTemplateSelectionType = Literal[
    "persistentBookmark", "selectionsByState", "temporaryBookmark", "temporaryBookmarkV2"
]

SENSE_IMAGE_TEMPLATE_SELECTION_TYPE_VALUES: set[SenseImageTemplateSelectionType] = {
    "persistentBookmark",
    "selectionsByState",
    "temporaryBookmark",
    "temporaryBookmarkV2",
}


def check_sense_image_template_selection_type(value: str) -> SenseImageTemplateSelectionType:
    if value in SENSE_IMAGE_TEMPLATE_SELECTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENSE_IMAGE_TEMPLATE_SELECTION_TYPE_VALUES!r}")
