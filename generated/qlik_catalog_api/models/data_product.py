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
    """A data product as the API returns it. The docs mark `id`, `name` and `tenantId` as required; the schema requires
    nothing so that a partial answer still parses.

    """

    id: str | Unset = UNSET
    qri: str | Unset = UNSET
    """ Qlik Resource Identifier (QRI) uniquely identifying the data product across the platform. """
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    main_id: None | str | Unset = UNSET
    """ Primary identifier used for main data product reference. """
    read_me: None | str | Unset = UNSET
    """ Documentation in Markdown format providing detailed information about the data product. """
    owner_id: None | str | Unset = UNSET
    """ Identifier of the user who owns the data product and is responsible for governance. """
    quality: DataProductQuality | Unset = UNSET
    """ Quality measures of the data product (the docs mark both as required). """
    space_id: None | str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    activated: bool | Unset = UNSET
    """ Indicates whether the data product is currently activated for consumption. """
    created_at: datetime.datetime | Unset = UNSET
    """ Timestamp when the data product was created in ISO 8601 format. """
    created_by: None | str | Unset = UNSET
    """ Identifier of the user who created the data product. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Timestamp of the most recent update in ISO 8601 format. """
    updated_by: None | str | Unset = UNSET
    """ Identifier of the user who last updated the data product. """
    dataset_ids: list[str] | Unset = UNSET
    trust_score: TrustScore | Unset = UNSET
    """ The trust score of the data product (the docs require `score` and `applicableDatasets`). """
    activated_at: datetime.datetime | None | Unset = UNSET
    """ Timestamp when the data product was most recently activated in ISO 8601 format. """
    activated_on: list[str] | Unset = UNSET
    """ List of target environments or platforms where the data product is activated. """
    description: None | str | Unset = UNSET
    glossary_ids: list[str] | Unset = UNSET
    key_contacts: list[KeyContact] | Unset = UNSET
    api_consumable_dataset_ids: list[str] | Unset = UNSET
    """ List of dataset IDs for which API consumption is enabled """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        qri = self.qri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        main_id: None | str | Unset
        if isinstance(self.main_id, Unset):
            main_id = UNSET
        else:
            main_id = self.main_id

        read_me: None | str | Unset
        if isinstance(self.read_me, Unset):
            read_me = UNSET
        else:
            read_me = self.read_me

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        tenant_id = self.tenant_id

        activated = self.activated

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        trust_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trust_score, Unset):
            trust_score = self.trust_score.to_dict()

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        elif isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        activated_on: list[str] | Unset = UNSET
        if not isinstance(self.activated_on, Unset):
            activated_on = self.activated_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        glossary_ids: list[str] | Unset = UNSET
        if not isinstance(self.glossary_ids, Unset):
            glossary_ids = self.glossary_ids

        key_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_contacts, Unset):
            key_contacts = []
            for key_contacts_item_data in self.key_contacts:
                key_contacts_item = key_contacts_item_data.to_dict()
                key_contacts.append(key_contacts_item)

        api_consumable_dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.api_consumable_dataset_ids, Unset):
            api_consumable_dataset_ids = self.api_consumable_dataset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if qri is not UNSET:
            field_dict["qri"] = qri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if main_id is not UNSET:
            field_dict["mainId"] = main_id
        if read_me is not UNSET:
            field_dict["readMe"] = read_me
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if quality is not UNSET:
            field_dict["quality"] = quality
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if activated is not UNSET:
            field_dict["activated"] = activated
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if dataset_ids is not UNSET:
            field_dict["datasetIds"] = dataset_ids
        if trust_score is not UNSET:
            field_dict["trustScore"] = trust_score
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if activated_on is not UNSET:
            field_dict["activatedOn"] = activated_on
        if description is not UNSET:
            field_dict["description"] = description
        if glossary_ids is not UNSET:
            field_dict["glossaryIds"] = glossary_ids
        if key_contacts is not UNSET:
            field_dict["keyContacts"] = key_contacts
        if api_consumable_dataset_ids is not UNSET:
            field_dict["apiConsumableDatasetIds"] = api_consumable_dataset_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_product_quality import DataProductQuality
        from ..models.key_contact import KeyContact
        from ..models.trust_score import TrustScore

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        qri = d.pop("qri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_main_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_id = _parse_main_id(d.pop("mainId", UNSET))

        def _parse_read_me(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        read_me = _parse_read_me(d.pop("readMe", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        _quality = d.pop("quality", UNSET)
        quality: DataProductQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = DataProductQuality.from_dict(_quality)

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("spaceId", UNSET))

        tenant_id = d.pop("tenantId", UNSET)

        activated = d.pop("activated", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updatedBy", UNSET))

        dataset_ids = cast(list[str], d.pop("datasetIds", UNSET))

        _trust_score = d.pop("trustScore", UNSET)
        trust_score: TrustScore | Unset
        if isinstance(_trust_score, Unset):
            trust_score = UNSET
        else:
            trust_score = TrustScore.from_dict(_trust_score)

        def _parse_activated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_at_type_0 = datetime.datetime.fromisoformat(data)

                return activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activated_at = _parse_activated_at(d.pop("activatedAt", UNSET))

        activated_on = cast(list[str], d.pop("activatedOn", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        glossary_ids = cast(list[str], d.pop("glossaryIds", UNSET))

        _key_contacts = d.pop("keyContacts", UNSET)
        key_contacts: list[KeyContact] | Unset = UNSET
        if _key_contacts is not UNSET:
            key_contacts = []
            for key_contacts_item_data in _key_contacts:
                key_contacts_item = KeyContact.from_dict(key_contacts_item_data)

                key_contacts.append(key_contacts_item)

        api_consumable_dataset_ids = cast(list[str], d.pop("apiConsumableDatasetIds", UNSET))

        data_product = cls(
            id=id,
            qri=qri,
            name=name,
            tags=tags,
            main_id=main_id,
            read_me=read_me,
            owner_id=owner_id,
            quality=quality,
            space_id=space_id,
            tenant_id=tenant_id,
            activated=activated,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            dataset_ids=dataset_ids,
            trust_score=trust_score,
            activated_at=activated_at,
            activated_on=activated_on,
            description=description,
            glossary_ids=glossary_ids,
            key_contacts=key_contacts,
            api_consumable_dataset_ids=api_consumable_dataset_ids,
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
