from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_meta import ProfileMeta
    from ..models.profile_sample import ProfileSample
    from ..models.table_profile import TableProfile


T = TypeVar("T", bound="DataSetProfile")


@_attrs_define
class DataSetProfile:
    """One profile of a data set, with its state, samples and per-table statistics."""

    meta: ProfileMeta | Unset = UNSET
    """ The state of one profile computation. """
    samples: list[ProfileSample] | Unset = UNSET
    profiles: list[TableProfile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if samples is not UNSET:
            field_dict["samples"] = samples
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.profile_meta import ProfileMeta
        from ..models.profile_sample import ProfileSample
        from ..models.table_profile import TableProfile

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: ProfileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ProfileMeta.from_dict(_meta)

        _samples = d.pop("samples", UNSET)
        samples: list[ProfileSample] | Unset = UNSET
        if _samples is not UNSET:
            samples = []
            for samples_item_data in _samples:
                samples_item = ProfileSample.from_dict(samples_item_data)

                samples.append(samples_item)

        _profiles = d.pop("profiles", UNSET)
        profiles: list[TableProfile] | Unset = UNSET
        if _profiles is not UNSET:
            profiles = []
            for profiles_item_data in _profiles:
                profiles_item = TableProfile.from_dict(profiles_item_data)

                profiles.append(profiles_item)

        data_set_profile = cls(
            meta=meta,
            samples=samples,
            profiles=profiles,
        )

        data_set_profile.additional_properties = d
        return data_set_profile

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
