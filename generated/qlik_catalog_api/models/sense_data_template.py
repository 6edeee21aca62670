from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sense_data_template_reload_timestamp_match_type import (
    SenseDataTemplateReloadTimestampMatchType,
    check_sense_data_template_reload_timestamp_match_type,
)
from ..models.sense_data_template_selection_strategy import (
    SenseDataTemplateSelectionStrategy,
    check_sense_data_template_selection_strategy,
)
from ..models.sense_data_template_selection_type import (
    SenseDataTemplateSelectionType,
    check_sense_data_template_selection_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_export_data_options import ReportExportDataOptions
    from ..models.report_nx_patch import ReportNxPatch
    from ..models.sense_data_template_selections_by_state import SenseDataTemplateSelectionsByState
    from ..models.sense_persistent_bookmark import SensePersistentBookmark
    from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2


T = TypeVar("T", bound="SenseDataTemplate")


@_attrs_define
class SenseDataTemplate:
    app_id: str
    id: str
    export_options: ReportExportDataOptions | Unset = UNSET
    patches: list[ReportNxPatch] | Unset = UNSET
    persistent_bookmark: SensePersistentBookmark | Unset = UNSET
    reload_timestamp_match_type: SenseDataTemplateReloadTimestampMatchType | Unset = UNSET
    selection_strategy: SenseDataTemplateSelectionStrategy | Unset = UNSET
    selection_type: SenseDataTemplateSelectionType | Unset = UNSET
    selections_by_state: SenseDataTemplateSelectionsByState | Unset = UNSET
    temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset = UNSET
    variables: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        id = self.id

        export_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_options, Unset):
            export_options = self.export_options.to_dict()

        patches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patches, Unset):
            patches = []
            for patches_item_data in self.patches:
                patches_item = patches_item_data.to_dict()
                patches.append(patches_item)

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

        temporary_bookmark_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = self.temporary_bookmark_v2.to_dict()

        variables: list[Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "id": id,
            }
        )
        if export_options is not UNSET:
            field_dict["exportOptions"] = export_options
        if patches is not UNSET:
            field_dict["patches"] = patches
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
        if temporary_bookmark_v2 is not UNSET:
            field_dict["temporaryBookmarkV2"] = temporary_bookmark_v2
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_export_data_options import ReportExportDataOptions
        from ..models.report_nx_patch import ReportNxPatch
        from ..models.sense_data_template_selections_by_state import SenseDataTemplateSelectionsByState
        from ..models.sense_persistent_bookmark import SensePersistentBookmark
        from ..models.sense_temporary_bookmark_v2 import SenseTemporaryBookmarkV2

        d = dict(src_dict)
        app_id = d.pop("appId")

        id = d.pop("id")

        _export_options = d.pop("exportOptions", UNSET)
        export_options: ReportExportDataOptions | Unset
        if isinstance(_export_options, Unset):
            export_options = UNSET
        else:
            export_options = ReportExportDataOptions.from_dict(_export_options)

        _patches = d.pop("patches", UNSET)
        patches: list[ReportNxPatch] | Unset = UNSET
        if _patches is not UNSET:
            patches = []
            for patches_item_data in _patches:
                patches_item = ReportNxPatch.from_dict(patches_item_data)

                patches.append(patches_item)

        _persistent_bookmark = d.pop("persistentBookmark", UNSET)
        persistent_bookmark: SensePersistentBookmark | Unset
        if isinstance(_persistent_bookmark, Unset):
            persistent_bookmark = UNSET
        else:
            persistent_bookmark = SensePersistentBookmark.from_dict(_persistent_bookmark)

        _reload_timestamp_match_type = d.pop("reloadTimestampMatchType", UNSET)
        reload_timestamp_match_type: SenseDataTemplateReloadTimestampMatchType | Unset
        if isinstance(_reload_timestamp_match_type, Unset):
            reload_timestamp_match_type = UNSET
        else:
            reload_timestamp_match_type = check_sense_data_template_reload_timestamp_match_type(
                _reload_timestamp_match_type
            )

        _selection_strategy = d.pop("selectionStrategy", UNSET)
        selection_strategy: SenseDataTemplateSelectionStrategy | Unset
        if isinstance(_selection_strategy, Unset):
            selection_strategy = UNSET
        else:
            selection_strategy = check_sense_data_template_selection_strategy(_selection_strategy)

        _selection_type = d.pop("selectionType", UNSET)
        selection_type: SenseDataTemplateSelectionType | Unset
        if isinstance(_selection_type, Unset):
            selection_type = UNSET
        else:
            selection_type = check_sense_data_template_selection_type(_selection_type)

        _selections_by_state = d.pop("selectionsByState", UNSET)
        selections_by_state: SenseDataTemplateSelectionsByState | Unset
        if isinstance(_selections_by_state, Unset):
            selections_by_state = UNSET
        else:
            selections_by_state = SenseDataTemplateSelectionsByState.from_dict(_selections_by_state)

        _temporary_bookmark_v2 = d.pop("temporaryBookmarkV2", UNSET)
        temporary_bookmark_v2: SenseTemporaryBookmarkV2 | Unset
        if isinstance(_temporary_bookmark_v2, Unset):
            temporary_bookmark_v2 = UNSET
        else:
            temporary_bookmark_v2 = SenseTemporaryBookmarkV2.from_dict(_temporary_bookmark_v2)

        variables = cast(list[Any], d.pop("variables", UNSET))

        sense_data_template = cls(
            app_id=app_id,
            id=id,
            export_options=export_options,
            patches=patches,
            persistent_bookmark=persistent_bookmark,
            reload_timestamp_match_type=reload_timestamp_match_type,
            selection_strategy=selection_strategy,
            selection_type=selection_type,
            selections_by_state=selections_by_state,
            temporary_bookmark_v2=temporary_bookmark_v2,
            variables=variables,
        )

        sense_data_template.additional_properties = d
        return sense_data_template

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
