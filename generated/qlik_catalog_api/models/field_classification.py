from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_tag import ClassificationTag


T = TypeVar("T", bound="FieldClassification")


@_attrs_define
class FieldClassification:
    """What the profiler concluded about a field's sensitivity."""

    pii: bool | Unset = UNSET
    tags: list[ClassificationTag] | Unset = UNSET
    sensitive: bool | Unset = UNSET
    obfuscation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pii = self.pii

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        sensitive = self.sensitive

        obfuscation: None | str | Unset
        if isinstance(self.obfuscation, Unset):
            obfuscation = UNSET
        else:
            obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pii is not UNSET:
            field_dict["pii"] = pii
        if tags is not UNSET:
            field_dict["tags"] = tags
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.classification_tag import ClassificationTag

        d = dict(src_dict)
        pii = d.pop("pii", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[ClassificationTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ClassificationTag.from_dict(tags_item_data)

                tags.append(tags_item)

        sensitive = d.pop("sensitive", UNSET)

        def _parse_obfuscation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obfuscation = _parse_obfuscation(d.pop("obfuscation", UNSET))

        field_classification = cls(
            pii=pii,
            tags=tags,
            sensitive=sensitive,
            obfuscation=obfuscation,
        )

        field_classification.additional_properties = d
        return field_classification

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
