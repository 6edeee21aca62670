from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_item_views_type_0 import ItemItemViewsType0
    from ..models.item_links_type_0 import ItemLinksType0
    from ..models.item_meta_type_0 import ItemMetaType0
    from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
    from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
    from ..models.item_resource_size_type_0 import ItemResourceSizeType0


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """An item (ItemResultResponseBody). The resource-side times (`resource*At`, `resourceReloadEndTime`) stay plain
    strings: Qlik sends an empty string where a resource has none. (Assumption.)

    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    resource_type: str | Unset = UNSET
    """ e.g. app, dataset, dataproduct, dataasset, automation. """
    resource_sub_type: None | str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_link: None | str | Unset = UNSET
    resource_created_at: None | str | Unset = UNSET
    resource_updated_at: None | str | Unset = UNSET
    resource_reload_end_time: None | str | Unset = UNSET
    resource_reload_status: None | str | Unset = UNSET
    resource_size: ItemResourceSizeType0 | None | Unset = UNSET
    resource_attributes: ItemResourceAttributesType0 | None | Unset = UNSET
    resource_custom_attributes: ItemResourceCustomAttributesType0 | None | Unset = UNSET
    space_id: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    creator_id: None | str | Unset = UNSET
    updater_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    thumbnail_id: None | str | Unset = UNSET
    is_favorited: bool | None | Unset = UNSET
    collection_ids: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    item_views: ItemItemViewsType0 | None | Unset = UNSET
    links: ItemLinksType0 | None | Unset = UNSET
    meta: ItemMetaType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_item_views_type_0 import ItemItemViewsType0
        from ..models.item_links_type_0 import ItemLinksType0
        from ..models.item_meta_type_0 import ItemMetaType0
        from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
        from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
        from ..models.item_resource_size_type_0 import ItemResourceSizeType0

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        resource_type = self.resource_type

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

        resource_created_at: None | str | Unset
        if isinstance(self.resource_created_at, Unset):
            resource_created_at = UNSET
        else:
            resource_created_at = self.resource_created_at

        resource_updated_at: None | str | Unset
        if isinstance(self.resource_updated_at, Unset):
            resource_updated_at = UNSET
        else:
            resource_updated_at = self.resource_updated_at

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

        resource_size: dict[str, Any] | None | Unset
        if isinstance(self.resource_size, Unset):
            resource_size = UNSET
        elif isinstance(self.resource_size, ItemResourceSizeType0):
            resource_size = self.resource_size.to_dict()
        else:
            resource_size = self.resource_size

        resource_attributes: dict[str, Any] | None | Unset
        if isinstance(self.resource_attributes, Unset):
            resource_attributes = UNSET
        elif isinstance(self.resource_attributes, ItemResourceAttributesType0):
            resource_attributes = self.resource_attributes.to_dict()
        else:
            resource_attributes = self.resource_attributes

        resource_custom_attributes: dict[str, Any] | None | Unset
        if isinstance(self.resource_custom_attributes, Unset):
            resource_custom_attributes = UNSET
        elif isinstance(self.resource_custom_attributes, ItemResourceCustomAttributesType0):
            resource_custom_attributes = self.resource_custom_attributes.to_dict()
        else:
            resource_custom_attributes = self.resource_custom_attributes

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

        tenant_id = self.tenant_id

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        thumbnail_id: None | str | Unset
        if isinstance(self.thumbnail_id, Unset):
            thumbnail_id = UNSET
        else:
            thumbnail_id = self.thumbnail_id

        is_favorited: bool | None | Unset
        if isinstance(self.is_favorited, Unset):
            is_favorited = UNSET
        else:
            is_favorited = self.is_favorited

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        item_views: dict[str, Any] | None | Unset
        if isinstance(self.item_views, Unset):
            item_views = UNSET
        elif isinstance(self.item_views, ItemItemViewsType0):
            item_views = self.item_views.to_dict()
        else:
            item_views = self.item_views

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ItemLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ItemMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if resource_sub_type is not UNSET:
            field_dict["resourceSubType"] = resource_sub_type
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_link is not UNSET:
            field_dict["resourceLink"] = resource_link
        if resource_created_at is not UNSET:
            field_dict["resourceCreatedAt"] = resource_created_at
        if resource_updated_at is not UNSET:
            field_dict["resourceUpdatedAt"] = resource_updated_at
        if resource_reload_end_time is not UNSET:
            field_dict["resourceReloadEndTime"] = resource_reload_end_time
        if resource_reload_status is not UNSET:
            field_dict["resourceReloadStatus"] = resource_reload_status
        if resource_size is not UNSET:
            field_dict["resourceSize"] = resource_size
        if resource_attributes is not UNSET:
            field_dict["resourceAttributes"] = resource_attributes
        if resource_custom_attributes is not UNSET:
            field_dict["resourceCustomAttributes"] = resource_custom_attributes
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if updater_id is not UNSET:
            field_dict["updaterId"] = updater_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if thumbnail_id is not UNSET:
            field_dict["thumbnailId"] = thumbnail_id
        if is_favorited is not UNSET:
            field_dict["isFavorited"] = is_favorited
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if actions is not UNSET:
            field_dict["actions"] = actions
        if item_views is not UNSET:
            field_dict["itemViews"] = item_views
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_item_views_type_0 import ItemItemViewsType0
        from ..models.item_links_type_0 import ItemLinksType0
        from ..models.item_meta_type_0 import ItemMetaType0
        from ..models.item_resource_attributes_type_0 import ItemResourceAttributesType0
        from ..models.item_resource_custom_attributes_type_0 import ItemResourceCustomAttributesType0
        from ..models.item_resource_size_type_0 import ItemResourceSizeType0

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        resource_type = d.pop("resourceType", UNSET)

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

        def _parse_resource_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_created_at = _parse_resource_created_at(d.pop("resourceCreatedAt", UNSET))

        def _parse_resource_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_updated_at = _parse_resource_updated_at(d.pop("resourceUpdatedAt", UNSET))

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

        def _parse_resource_size(data: object) -> ItemResourceSizeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_size_type_0 = ItemResourceSizeType0.from_dict(data)

                return resource_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResourceSizeType0 | None | Unset, data)

        resource_size = _parse_resource_size(d.pop("resourceSize", UNSET))

        def _parse_resource_attributes(data: object) -> ItemResourceAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_attributes_type_0 = ItemResourceAttributesType0.from_dict(data)

                return resource_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResourceAttributesType0 | None | Unset, data)

        resource_attributes = _parse_resource_attributes(d.pop("resourceAttributes", UNSET))

        def _parse_resource_custom_attributes(data: object) -> ItemResourceCustomAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_custom_attributes_type_0 = ItemResourceCustomAttributesType0.from_dict(data)

                return resource_custom_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemResourceCustomAttributesType0 | None | Unset, data)

        resource_custom_attributes = _parse_resource_custom_attributes(d.pop("resourceCustomAttributes", UNSET))

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

        tenant_id = d.pop("tenantId", UNSET)

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

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_thumbnail_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_id = _parse_thumbnail_id(d.pop("thumbnailId", UNSET))

        def _parse_is_favorited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_favorited = _parse_is_favorited(d.pop("isFavorited", UNSET))

        collection_ids = cast(list[str], d.pop("collectionIds", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        def _parse_item_views(data: object) -> ItemItemViewsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_views_type_0 = ItemItemViewsType0.from_dict(data)

                return item_views_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemItemViewsType0 | None | Unset, data)

        item_views = _parse_item_views(d.pop("itemViews", UNSET))

        def _parse_links(data: object) -> ItemLinksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ItemLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemLinksType0 | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        def _parse_meta(data: object) -> ItemMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ItemMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        item = cls(
            id=id,
            name=name,
            description=description,
            resource_type=resource_type,
            resource_sub_type=resource_sub_type,
            resource_id=resource_id,
            resource_link=resource_link,
            resource_created_at=resource_created_at,
            resource_updated_at=resource_updated_at,
            resource_reload_end_time=resource_reload_end_time,
            resource_reload_status=resource_reload_status,
            resource_size=resource_size,
            resource_attributes=resource_attributes,
            resource_custom_attributes=resource_custom_attributes,
            space_id=space_id,
            owner_id=owner_id,
            tenant_id=tenant_id,
            creator_id=creator_id,
            updater_id=updater_id,
            created_at=created_at,
            updated_at=updated_at,
            thumbnail_id=thumbnail_id,
            is_favorited=is_favorited,
            collection_ids=collection_ids,
            actions=actions,
            item_views=item_views,
            links=links,
            meta=meta,
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
