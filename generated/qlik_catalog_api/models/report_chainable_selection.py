from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_chainable_selection_selection_type import (
    ReportChainableSelectionSelectionType,
    check_report_chainable_selection_selection_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_selection_filter import ReportSelectionFilter
    from ..models.sense_persistent_bookmark import SensePersistentBookmark
    from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2


T = TypeVar("T", bound="ReportChainableSelection")


@_attrs_define
class ReportChainableSelection:
    selection_type: ReportChainableSelectionSelectionType
    persistent_bookmark: SensePersistentBookmark | Unset = UNSET
    selection_filter: ReportSelectionFilter | Unset = UNSET
    temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selection_type: str = self.selection_type

        persistent_bookmark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persistent_bookmark, Unset):
            persistent_bookmark = self.persistent_bookmark.to_dict()

        selection_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_filter, Unset):
            selection_filter = self.selection_filter.to_dict()

        temporary_bookmark_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = self.temporary_bookmark_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selectionType": selection_type,
            }
        )
        if persistent_bookmark is not UNSET:
            field_dict["persistentBookmark"] = persistent_bookmark
        if selection_filter is not UNSET:
            field_dict["selectionFilter"] = selection_filter
        if temporary_bookmark_v2 is not UNSET:
            field_dict["temporaryBookmarkV2"] = temporary_bookmark_v2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_selection_filter import ReportSelectionFilter
        from ..models.sense_persistent_bookmark import SensePersistentBookmark
        from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2

        d = dict(src_dict)
        selection_type = check_report_chainable_selection_selection_type(d.pop("selectionType"))

        _persistent_bookmark = d.pop("persistentBookmark", UNSET)
        persistent_bookmark: SensePersistentBookmark | Unset
        if isinstance(_persistent_bookmark, Unset):
            persistent_bookmark = UNSET
        else:
            persistent_bookmark = SensePersistentBookmark.from_dict(_persistent_bookmark)

        _selection_filter = d.pop("selectionFilter", UNSET)
        selection_filter: ReportSelectionFilter | Unset
        if isinstance(_selection_filter, Unset):
            selection_filter = UNSET
        else:
            selection_filter = ReportSelectionFilter.from_dict(_selection_filter)

        _temporary_bookmark_v2 = d.pop("temporaryBookmarkV2", UNSET)
        temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset
        if isinstance(_temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = UNSET
        else:
            temporary_bookmark_v2 = SenseTemporaryBookmarkV2.from_dict(_temporary_bookmark_v2)

        report_chainable_selection = cls(
            selection_type=selection_type,
            persistent_bookmark=persistent_bookmark,
            selection_filter=selection_filter,
            temporary_bookmark_v2=temporary_bookmark_v2,
        )

        report_chainable_selection.additional_properties = d
        return report_chainable_selection

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
