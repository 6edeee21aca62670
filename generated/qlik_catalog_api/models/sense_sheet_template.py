from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sense_sheet_template_reload_timestamp_match_type import (
    SenseSheetTemplateReloadTimestampMatchType,
    check_sense_sheet_template_reload_timestamp_match_type,
)
from ..models.sense_sheet_template_selection_strategy import (
    SenseSheetTemplateSelectionStrategy,
    check_sense_sheet_template_selection_strategy,
)
from ..models.sense_sheet_template_selection_type import (
    SenseSheetTemplateSelectionType,
    check_sense_sheet_template_selection_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_sheet import ReportSheet
    from ..models.sense_persistent_bookmark import SensePersistentBookmark
    from ..models.sense_sheet_template_selections_by_state import SenseSheetTemplateSelectionsByState
    from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2


T = TypeVar("T", bound="SenseSheetTemplate")


@_attrs_define
class SenseSheetTemplate:
    app_id: str
    sheet: ReportSheet
    persistent_bookmark: SensePersistentBookmark | Unset = UNSET
    reload_timestamp_match_type: SenseSheetTemplateReloadTimestampMatchType | Unset = UNSET
    selection_strategy: SenseSheetTemplateSelectionStrategy | Unset = UNSET
    selection_type: SenseSheetTemplateSelectionType | Unset = UNSET
    selections_by_state: SenseSheetTemplateSelectionsByState | Unset = UNSET
    selections_by_state_def: str | Unset = UNSET
    temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        sheet = self.sheet.to_dict()

        persistent_bookmark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persistent_bookmark, Unset):
            persistent_bookmark = self.persistent_bookmark.to_dict()

        reload_timestamp_match_type: str | Unset = UNSET
        if not isinstance(self.reload_timestamp_match_type, Unset):
            reload_timestamp_match_type = self.reload_timestamp_match_type

        selection_strategy: str | Unset = UNSET
        if not isinstance(self.selection_strategy, Unset):
            selection_strategy = self.selection_strategy

        selection_type: str | Unset = UNSET
        if not isinstance(self.selection_type, Unset):
            selection_type = self.selection_type

        selections_by_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selections_by_state, Unset):
            selections_by_state = self.selections_by_state.to_dict()

        selections_by_state_def = self.selections_by_state_def

        temporary_bookmark_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = self.temporary_bookmark_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "sheet": sheet,
            }
        )
        if persistent_bookmark is not UNSET:
            field_dict["persistentBookmark"] = persistent_bookmark
        if reload_timestamp_match_type is not UNSET:
            field_dict["reloadTimestampMatchType"] = reload_timestamp_match_type
        if selection_strategy is not UNSET:
            field_dict["selectionStrategy"] = selection_strategy
        if selection_type is not UNSET:
            field_dict["selectionType"] = selection_type
        if selections_by_state is not UNSET:
            field_dict["selectionsByState"] = selections_by_state
        if selections_by_state_def is not UNSET:
            field_dict["selectionsByStateDef"] = selections_by_state_def
        if temporary_bookmark_v2 is not UNSET:
            field_dict["temporaryBookmarkV2"] = temporary_bookmark_v2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_sheet import ReportSheet
        from ..models.sense_persistent_bookmark import SensePersistentBookmark
        from ..models.sense_sheet_template_selections_by_state import SenseSheetTemplateSelectionsByState
        from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2

        d = dict(src_dict)
        app_id = d.pop("appId")

        sheet = ReportSheet.from_dict(d.pop("sheet"))

        _persistent_bookmark = d.pop("persistentBookmark", UNSET)
        persistent_bookmark: SensePersistentBookmark | Unset
        if isinstance(_persistent_bookmark, Unset):
            persistent_bookmark = UNSET
        else:
            persistent_bookmark = SensePersistentBookmark.from_dict(_persistent_bookmark)

        _reload_timestamp_match_type = d.pop("reloadTimestampMatchType", UNSET)
        reload_timestamp_match_type: SenseSheetTemplateReloadTimestampMatchType | Unset
        if isinstance(_reload_timestamp_match_type, Unset):
            reload_timestamp_match_type = UNSET
        else:
            reload_timestamp_match_type = check_sense_sheet_template_reload_timestamp_match_type(
                _reload_timestamp_match_type
            )

        _selection_strategy = d.pop("selectionStrategy", UNSET)
        selection_strategy: SenseSheetTemplateSelectionStrategy | Unset
        if isinstance(_selection_strategy, Unset):
            selection_strategy = UNSET
        else:
            selection_strategy = check_sense_sheet_template_selection_strategy(_selection_strategy)

        _selection_type = d.pop("selectionType", UNSET)
        selection_type: SenseSheetTemplateSelectionType | Unset
        if isinstance(_selection_type, Unset):
            selection_type = UNSET
        else:
            selection_type = check_sense_sheet_template_selection_type(_selection_type)

        _selections_by_state = d.pop("selectionsByState", UNSET)
        selections_by_state: SenseSheetTemplateSelectionsByState | Unset
        if isinstance(_selections_by_state, Unset):
            selections_by_state = UNSET
        else:
            selections_by_state = SenseSheetTemplateSelectionsByState.from_dict(_selections_by_state)

        selections_by_state_def = d.pop("selectionsByStateDef", UNSET)

        _temporary_bookmark_v2 = d.pop("temporaryBookmarkV2", UNSET)
        temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset
        if isinstance(_temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = UNSET
        else:
            temporary_bookmark_v2 = SenseTemporaryBookmarkV2.from_dict(_temporary_bookmark_v2)

        sense_sheet_template = cls(
            app_id=app_id,
            sheet=sheet,
            persistent_bookmark=persistent_bookmark,
            reload_timestamp_match_type=reload_timestamp_match_type,
            selection_strategy=selection_strategy,
            selection_type=selection_type,
            selections_by_state=selections_by_state,
            selections_by_state_def=selections_by_state_def,
            temporary_bookmark_v2=temporary_bookmark_v2,
        )

        sense_sheet_template.additional_properties = d
        return sense_sheet_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
