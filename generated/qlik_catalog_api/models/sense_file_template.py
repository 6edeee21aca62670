from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sense_file_template_reload_timestamp_match_type import (
    SenseFileTemplateReloadTimestampMatchType,
    check_sense_file_template_reload_timestamp_match_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_chainable_selection import ReportChainableSelection
    from ..models.report_template_location import ReportTemplateLocation


T = TypeVar("T", bound="SenseFileTemplate")


@_attrs_define
class SenseFileTemplate:
    template_location: ReportTemplateLocation
    cycle_fields: list[str] | Unset = UNSET
    js_opts: Any | Unset = UNSET
    reload_timestamp_match_type: SenseFileTemplateReloadTimestampMatchType | Unset = UNSET
    selection_chain: list[ReportChainableSelection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_location = self.template_location.to_dict()

        cycle_fields: list[str] | Unset = UNSET
        if not isinstance(self.cycle_fields, Unset):
            cycle_fields = self.cycle_fields

        js_opts = self.js_opts

        reload_timestamp_match_type: str | Unset = UNSET
        if not isinstance(self.reload_timestamp_match_type, Unset):
            reload_timestamp_match_type = self.reload_timestamp_match_type

        selection_chain: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selection_chain, Unset):
            selection_chain = []
            for selection_chain_item_data in self.selection_chain:
                selection_chain_item = selection_chain_item_data.to_dict()
                selection_chain.append(selection_chain_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateLocation": template_location,
            }
        )
        if cycle_fields is not UNSET:
            field_dict["cycleFields"] = cycle_fields
        if js_opts is not UNSET:
            field_dict["jsOpts"] = js_opts
        if reload_timestamp_match_type is not UNSET:
            field_dict["reloadTimestampMatchType"] = reload_timestamp_match_type
        if selection_chain is not UNSET:
            field_dict["selectionChain"] = selection_chain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_chainable_selection import ReportChainableSelection
        from ..models.report_template_location import ReportTemplateLocation

        d = dict(src_dict)
        template_location = ReportTemplateLocation.from_dict(d.pop("templateLocation"))

        cycle_fields = cast(list[str], d.pop("cycleFields", UNSET))

        js_opts = d.pop("jsOpts", UNSET)

        _reload_timestamp_match_type = d.pop("reloadTimestampMatchType", UNSET)
        reload_timestamp_match_type: SenseFileTemplateReloadTimestampMatchType | Unset
        if isinstance(_reload_timestamp_match_type, Unset):
            reload_timestamp_match_type = UNSET
        else:
            reload_timestamp_match_type = check_sense_file_template_reload_timestamp_match_type(
                _reload_timestamp_match_type
            )

        _selection_chain = d.pop("selectionChain", UNSET)
        selection_chain: list[ReportChainableSelection] | Unset = UNSET
        if _selection_chain is not UNSET:
            selection_chain = []
            for selection_chain_item_data in _selection_chain:
                selection_chain_item = ReportChainableSelection.from_dict(selection_chain_item_data)

                selection_chain.append(selection_chain_item)

        sense_file_template = cls(
            template_location=template_location,
            cycle_fields=cycle_fields,
            js_opts=js_opts,
            reload_timestamp_match_type=reload_timestamp_match_type,
            selection_chain=selection_chain,
        )

        sense_file_template.additional_properties = d
        return sense_file_template

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
