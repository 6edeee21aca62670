from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pptx_output import PptxOutput


T = TypeVar("T", bound="PptxCompositionOutput")


@_attrs_define
class PptxCompositionOutput:
    pptx_output: PptxOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pptx_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pptx_output, Unset):
            pptx_output = self.pptx_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pptx_output is not UNSET:
            field_dict["pptxOutput"] = pptx_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pptx_output import PptxOutput

        d = dict(src_dict)
        _pptx_output = d.pop("pptxOutput", UNSET)
        pptx_output: PptxOutput | Unset
        if isinstance(_pptx_output, Unset):
            pptx_output = UNSET
        else:
            pptx_output = PptxOutput.from_dict(_pptx_output)

        pptx_composition_output = cls(
            pptx_output=pptx_output,
        )

        pptx_composition_output.additional_properties = d
        return pptx_composition_output

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
