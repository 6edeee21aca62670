from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_product_quality import DataProductQuality
    from ..models.key_contact import KeyContact
    from ..models.trust_score import TrustScore


T = TypeVar("T", bound="DataProduct")


@_attrs_define
class DataProduct:
    """A data product as the API returns it."""

    id: str
    qri: str
    """ Qlik Resource Identifier (QRI) uniquely identifying the data product across the platform. """
    name: str
    tags: list[str]
    owner_id: str
    """ Identifier of the user who owns the data product and is responsible for governance. """
    tenant_id: str
    created_at: datetime.datetime
    """ Timestamp when the data product was created in ISO 8601 format. """
    created_by: str
    """ Identifier of the user who created the data product. """
    updated_at: datetime.datetime
    """ Timestamp of the most recent update in ISO 8601 format. """
    updated_by: str
    """ Identifier of the user who last updated the data product. """
    dataset_ids: list[str]
    activated_on: list[str]
    """ List of target environments or platforms where the data product is activated (empty for a product never
    activated). """
    glossary_ids: list[str]
    key_contacts: list[KeyContact]
    api_consumable_dataset_ids: list[str]
    """ List of dataset IDs for which API consumption is enabled """
    main_id: str | Unset = UNSET
    """ Primary identifier used for main data product reference. """
    read_me: str | Unset = UNSET
    """ Documentation in Markdown format providing detailed information about the data product. """
    quality: DataProductQuality | Unset = UNSET
    """ Quality measures of the data product. """
    space_id: str | Unset = UNSET
    activated: bool | Unset = UNSET
    """ Indicates whether the data product is currently activated for consumption. """
    trust_score: TrustScore | Unset = UNSET
    """ The trust score of the data product. """
    activated_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the data product was most recently activated in ISO 8601 format. """
    description: str | Unset = UNSET
    pending_changes_count: int | Unset = UNSET
    """ Number of pending changes that are not yet activated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        qri = self.qri

        name = self.name

        tags = self.tags

        owner_id = self.owner_id

        tenant_id = self.tenant_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        dataset_ids = self.dataset_ids

        activated_on = self.activated_on

        glossary_ids = self.glossary_ids

        key_contacts = []
        for key_contacts_item_data in self.key_contacts:
            key_contacts_item = key_contacts_item_data.to_dict()
            key_contacts.append(key_contacts_item)

        api_consumable_dataset_ids = self.api_consumable_dataset_ids

        main_id = self.main_id

        read_me = self.read_me

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        space_id = self.space_id

        activated = self.activated

        trust_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trust_score, Unset):
            trust_score = self.trust_score.to_dict()

        activated_at: str | Unset = UNSET
        if not isinstance(self.activated_at, Unset):
            activated_at = self.activated_at.isoformat()

        description = self.description

        pending_changes_count = self.pending_changes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "qri": qri,
                "name": name,
                "tags": tags,
                "ownerId": owner_id,
                "tenantId": tenant_id,
                "createdAt": created_at,
                "createdBy": created_by,
                "updatedAt": updated_at,
                "updatedBy": updated_by,
                "datasetIds": dataset_ids,
                "activatedOn": activated_on,
                "glossaryIds": glossary_ids,
                "keyContacts": key_contacts,
                "apiConsumableDatasetIds": api_consumable_dataset_ids,
            }
        )
        if main_id is not UNSET:
            field_dict["mainId"] = main_id
        if read_me is not UNSET:
            field_dict["readMe"] = read_me
        if quality is not UNSET:
            field_dict["quality"] = quality
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if trust_score is not UNSET:
            field_dict["trustScore"] = trust_score
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if description is not UNSET:
            field_dict["description"] = description
        if pending_changes_count is not UNSET:
            field_dict["pendingChangesCount"] = pending_changes_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_product_quality import DataProductQuality
        from ..models.key_contact import KeyContact
        from ..models.trust_score import TrustScore

        d = dict(src_dict)
        id = d.pop("id")

        qri = d.pop("qri")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        owner_id = d.pop("ownerId")

        tenant_id = d.pop("tenantId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        updated_by = d.pop("updatedBy")

        dataset_ids = cast(list[str], d.pop("datasetIds"))

        activated_on = cast(list[str], d.pop("activatedOn"))

        glossary_ids = cast(list[str], d.pop("glossaryIds"))

        key_contacts = []
        _key_contacts = d.pop("keyContacts")
        for key_contacts_item_data in _key_contacts:
            key_contacts_item = KeyContact.from_dict(key_contacts_item_data)

            key_contacts.append(key_contacts_item)

        api_consumable_dataset_ids = cast(list[str], d.pop("apiConsumableDatasetIds"))

        main_id = d.pop("mainId", UNSET)

        read_me = d.pop("readMe", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: DataProductQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = DataProductQuality.from_dict(_quality)

        space_id = d.pop("spaceId", UNSET)

        activated = d.pop("activated", UNSET)

        _trust_score = d.pop("trustScore", UNSET)
        trust_score: TrustScore | Unset
        if isinstance(_trust_score, Unset):
            trust_score = UNSET
        else:
            trust_score = TrustScore.from_dict(_trust_score)

        _activated_at = d.pop("activatedAt", UNSET)
        activated_at: datetime.datetime | Unset
        if isinstance(_activated_at, Unset):
            activated_at = UNSET
        else:
            activated_at = datetime.datetime.fromisoformat(_activated_at)

        description = d.pop("description", UNSET)

        pending_changes_count = d.pop("pendingChangesCount", UNSET)

        data_product = cls(
            id=id,
            qri=qri,
            name=name,
            tags=tags,
            owner_id=owner_id,
            tenant_id=tenant_id,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            dataset_ids=dataset_ids,
            activated_on=activated_on,
            glossary_ids=glossary_ids,
            key_contacts=key_contacts,
            api_consumable_dataset_ids=api_consumable_dataset_ids,
            main_id=main_id,
            read_me=read_me,
            quality=quality,
            space_id=space_id,
            activated=activated,
            trust_score=trust_score,
            activated_at=activated_at,
            description=description,
            pending_changes_count=pending_changes_count,
        )

        data_product.additional_properties = d
        return data_product

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
