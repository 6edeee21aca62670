from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_links import ItemLinks
    from ..models.item_meta import ItemMeta
    from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
    from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
    from ..models.item_resource_size import ItemResourceSize
    from ..models.item_views import ItemViews


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item (ItemResultResponseBody). The resource-side times (`resource*At`, `resourceReloadEndTime`) stay plain
    strings: Qlik sends an empty string where a resource has none. (Assumption.) Required fields as @qlik/api 2.19.0's
    types have them.

    """

    id: str
    name: str
    resource_type: str
    """ e.g. app, dataset, dataproduct, dataasset, automation. """
    resource_created_at: None | str
    resource_updated_at: None | str
    resource_attributes: ItemResourceAttributesType0 | None
    resource_custom_attributes: ItemResourceCustomAttributesType0 | None
    tenant_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_favorited: bool
    collection_ids: list[str]
    actions: list[str]
    links: ItemLinks
    """ Links of an item. """
    meta: ItemMeta
    """ What the calling user may do with an item, and its tags and collections. """
    description: None | str | Unset = UNSET
    resource_sub_type: None | str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_link: None | str | Unset = UNSET
    resource_reload_end_time: None | str | Unset = UNSET
    resource_reload_status: None | str | Unset = UNSET
    resource_size: ItemResourceSize | Unset = UNSET
    """ The size of an app's file and in memory. """
    space_id: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    creator_id: None | str | Unset = UNSET
    updater_id: None | str | Unset = UNSET
    thumbnail_id: None | str | Unset = UNSET
    item_views: ItemViews | Unset = UNSET
    """ How often an item was viewed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
        from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0

        id = self.id

        name = self.name

        resource_type = self.resource_type

        resource_created_at: None | str
        resource_created_at = self.resource_created_at

        resource_updated_at: None | str
        resource_updated_at = self.resource_updated_at

        resource_attributes: dict[str, Any] | None
        if isinstance(self.resource_attributes, ItemResourceAttributesType0):
            resource_attributes = self.resource_attributes.to_dict()
        else:
            resource_attributes = self.resource_attributes

        resource_custom_attributes: dict[str, Any] | None
        if isinstance(self.resource_custom_attributes, ItemResourceCustomAttributesType0):
            resource_custom_attributes = self.resource_custom_attributes.to_dict()
        else:
            resource_custom_attributes = self.resource_custom_attributes

        tenant_id = self.tenant_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_favorited = self.is_favorited

        collection_ids = self.collection_ids

        actions = self.actions

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        resource_sub_type: None | str | Unset
        if isinstance(self.resource_sub_type, Unset):
            resource_sub_type = UNSET
        else:
            resource_sub_type = self.resource_sub_type

        resource_id = self.resource_id

        resource_link: None | str | Unset
        if isinstance(self.resource_link, Unset):
            resource_link = UNSET
        else:
            resource_link = self.resource_link

        resource_reload_end_time: None | str | Unset
        if isinstance(self.resource_reload_end_time, Unset):
            resource_reload_end_time = UNSET
        else:
            resource_reload_end_time = self.resource_reload_end_time

        resource_reload_status: None | str | Unset
        if isinstance(self.resource_reload_status, Unset):
            resource_reload_status = UNSET
        else:
            resource_reload_status = self.resource_reload_status

        resource_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_size, Unset):
            resource_size = self.resource_size.to_dict()

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        creator_id: None | str | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        updater_id: None | str | Unset
        if isinstance(self.updater_id, Unset):
            updater_id = UNSET
        else:
            updater_id = self.updater_id

        thumbnail_id: None | str | Unset
        if isinstance(self.thumbnail_id, Unset):
            thumbnail_id = UNSET
        else:
            thumbnail_id = self.thumbnail_id

        item_views: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_views, Unset):
            item_views = self.item_views.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resourceType": resource_type,
                "resourceCreatedAt": resource_created_at,
                "resourceUpdatedAt": resource_updated_at,
                "resourceAttributes": resource_attributes,
                "resourceCustomAttributes": resource_custom_attributes,
                "tenantId": tenant_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "isFavorited": is_favorited,
                "collectionIds": collection_ids,
                "actions": actions,
                "links": links,
                "meta": meta,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if resource_sub_type is not UNSET:
            field_dict["resourceSubType"] = resource_sub_type
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_link is not UNSET:
            field_dict["resourceLink"] = resource_link
        if resource_reload_end_time is not UNSET:
            field_dict["resourceReloadEndTime"] = resource_reload_end_time
        if resource_reload_status is not UNSET:
            field_dict["resourceReloadStatus"] = resource_reload_status
        if resource_size is not UNSET:
            field_dict["resourceSize"] = resource_size
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if updater_id is not UNSET:
            field_dict["updaterId"] = updater_id
        if thumbnail_id is not UNSET:
            field_dict["thumbnailId"] = thumbnail_id
        if item_views is not UNSET:
            field_dict["itemViews"] = item_views

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_links import ItemLinks
        from ..models.item_meta import ItemMeta
        from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
        from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
        from ..models.item_resource_size import ItemResourceSize
        from ..models.item_views import ItemViews

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        resource_type = d.pop("resourceType")

        def _parse_resource_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_created_at = _parse_resource_created_at(d.pop("resourceCreatedAt"))

        def _parse_resource_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_updated_at = _parse_resource_updated_at(d.pop("resourceUpdatedAt"))

        def _parse_resource_attributes(data: object) -> ItemResourceAttributesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_attributes_type_0 = ItemResourceAttributesType0.from_dict(data)

                return resource_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResourceAttributesType0 | None, data)

        resource_attributes = _parse_resource_attributes(d.pop("resourceAttributes"))

        def _parse_resource_custom_attributes(data: object) -> ItemResourceCustomAttributesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_custom_attributes_type_0 = ItemResourceCustomAttributesType0.from_dict(data)

                return resource_custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResourceCustomAttributesType0 | None, data)

        resource_custom_attributes = _parse_resource_custom_attributes(d.pop("resourceCustomAttributes"))

        tenant_id = d.pop("tenantId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        is_favorited = d.pop("isFavorited")

        collection_ids = cast(list[str], d.pop("collectionIds"))

        actions = cast(list[str], d.pop("actions"))

        links = ItemLinks.from_dict(d.pop("links"))

        meta = ItemMeta.from_dict(d.pop("meta"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_resource_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_sub_type = _parse_resource_sub_type(d.pop("resourceSubType", UNSET))

        resource_id = d.pop("resourceId", UNSET)

        def _parse_resource_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_link = _parse_resource_link(d.pop("resourceLink", UNSET))

        def _parse_resource_reload_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_reload_end_time = _parse_resource_reload_end_time(d.pop("resourceReloadEndTime", UNSET))

        def _parse_resource_reload_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_reload_status = _parse_resource_reload_status(d.pop("resourceReloadStatus", UNSET))

        _resource_size = d.pop("resourceSize", UNSET)
        resource_size: ItemResourceSize | Unset
        if isinstance(_resource_size, Unset):
            resource_size = UNSET
        else:
            resource_size = ItemResourceSize.from_dict(_resource_size)

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("spaceId", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_creator_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator_id = _parse_creator_id(d.pop("creatorId", UNSET))

        def _parse_updater_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updater_id = _parse_updater_id(d.pop("updaterId", UNSET))

        def _parse_thumbnail_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_id = _parse_thumbnail_id(d.pop("thumbnailId", UNSET))

        _item_views = d.pop("itemViews", UNSET)
        item_views: ItemViews | Unset
        if isinstance(_item_views, Unset):
            item_views = UNSET
        else:
            item_views = ItemViews.from_dict(_item_views)

        item = cls(
            id=id,
            name=name,
            resource_type=resource_type,
            resource_created_at=resource_created_at,
            resource_updated_at=resource_updated_at,
            resource_attributes=resource_attributes,
            resource_custom_attributes=resource_custom_attributes,
            tenant_id=tenant_id,
            created_at=created_at,
            updated_at=updated_at,
            is_favorited=is_favorited,
            collection_ids=collection_ids,
            actions=actions,
            links=links,
            meta=meta,
            description=description,
            resource_sub_type=resource_sub_type,
            resource_id=resource_id,
            resource_link=resource_link,
            resource_reload_end_time=resource_reload_end_time,
            resource_reload_status=resource_reload_status,
            resource_size=resource_size,
            space_id=space_id,
            owner_id=owner_id,
            creator_id=creator_id,
            updater_id=updater_id,
            thumbnail_id=thumbnail_id,
            item_views=item_views,
        )

        item.additional_properties = d
        return item

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
