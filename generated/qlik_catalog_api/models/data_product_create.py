from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_contact import KeyContact


T = TypeVar("T", bound="DataProductCreate")


@_attrs_define
class DataProductCreate:
    """Request payload for creating a data product."""

    name: str
    """ Display name of the data product. """
    tags: list[str] | Unset = UNSET
    """ List of tags for the data product. """
    read_me: str | Unset = UNSET
    """ A readme of the Data Product. """
    space_id: str | Unset = UNSET
    """ Unique identifier of the space. """
    description: str | Unset = UNSET
    """ A description of the Data Product. """
    key_contacts: list[KeyContact] | Unset = UNSET
    """ List of key contacts for the data product. """
    dataset_ids: list[str] | Unset = UNSET
    """ List of dataset IDs associated with the Data Product. Maximum of 100 items. """
    glossary_ids: list[str] | Unset = UNSET
    """ List of glossary IDs linked to the Data Product. Each entry must be a valid UUIDv4 (maximum 36 characters).
    Maximum of 100 items. """
    api_consumable_dataset_ids: list[str] | Unset = UNSET
    """ List of dataset IDs for which API consumption is enabled. Must be a subset of datasetIds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        read_me = self.read_me

        space_id = self.space_id

        description = self.description

        key_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_contacts, Unset):
            key_contacts = []
            for key_contacts_item_data in self.key_contacts:
                key_contacts_item = key_contacts_item_data.to_dict()
                key_contacts.append(key_contacts_item)

        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        glossary_ids: list[str] | Unset = UNSET
        if not isinstance(self.glossary_ids, Unset):
            glossary_ids = self.glossary_ids

        api_consumable_dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.api_consumable_dataset_ids, Unset):
            api_consumable_dataset_ids = self.api_consumable_dataset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if read_me is not UNSET:
            field_dict["readMe"] = read_me
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if description is not UNSET:
            field_dict["description"] = description
        if key_contacts is not UNSET:
            field_dict["keyContacts"] = key_contacts
        if dataset_ids is not UNSET:
            field_dict["datasetIds"] = dataset_ids
        if glossary_ids is not UNSET:
            field_dict["glossaryIds"] = glossary_ids
        if api_consumable_dataset_ids is not UNSET:
            field_dict["apiConsumableDatasetIds"] = api_consumable_dataset_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.key_contact import KeyContact

        d = dict(src_dict)
        name = d.pop("name")

        tags = cast(list[str], d.pop("tags", UNSET))

        read_me = d.pop("readMe", UNSET)

        space_id = d.pop("spaceId", UNSET)

        description = d.pop("description", UNSET)

        _key_contacts = d.pop("keyContacts", UNSET)
        key_contacts: list[KeyContact] | Unset = UNSET
        if _key_contacts is not UNSET:
            key_contacts = []
            for key_contacts_item_data in _key_contacts:
                key_contacts_item = KeyContact.from_dict(key_contacts_item_data)

                key_contacts.append(key_contacts_item)

        dataset_ids = cast(list[str], d.pop("datasetIds", UNSET))

        glossary_ids = cast(list[str], d.pop("glossaryIds", UNSET))

        api_consumable_dataset_ids = cast(list[str], d.pop("apiConsumableDatasetIds", UNSET))

        data_product_create = cls(
            name=name,
            tags=tags,
            read_me=read_me,
            space_id=space_id,
            description=description,
            key_contacts=key_contacts,
            dataset_ids=dataset_ids,
            glossary_ids=glossary_ids,
            api_consumable_dataset_ids=api_consumable_dataset_ids,
        )

        data_product_create.additional_properties = d
        return data_product_create

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
