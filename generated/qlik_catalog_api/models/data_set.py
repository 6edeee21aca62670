from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_asset_info import DataAssetInfo
    from ..models.data_set_operational import DataSetOperational
    from ..models.data_set_properties_type_0 import DataSetPropertiesType0
    from ..models.data_set_schema import DataSetSchema


T = TypeVar("T", bound="DataSet")


@_attrs_define
class DataSet:
    """A data set as the API returns it. Every top-level field is optional because `projections` strips fields; the docs
    mark `qri`, `secureQri`, `dataAssetInfo` and `technicalName` as required.

    """

    id: str | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    qri: str | Unset = UNSET
    """ NOTE: this will be deprecated after migration to secureQri. All the parts in the format must be separated by
    ':'. """
    name: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: None | str | Unset = UNSET
    schema: DataSetSchema | Unset = UNSET
    """ A table schema of a data set (the primary one, or one of `additionalSchemas`). """
    owner_id: None | str | Unset = UNSET
    """ The value is automatically set by the application. """
    space_id: None | str | Unset = UNSET
    version: int | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    tenant_id: str | Unset = UNSET
    """ The value is automatically set by the application. User defined value is ignored. """
    created_by: None | str | Unset = UNSET
    """ The value is automatically set by the application. User defined value is ignored. """
    secure_qri: str | Unset = UNSET
    properties: DataSetPropertiesType0 | None | Unset = UNSET
    """ A Map of name-value pairs. """
    created_time: datetime.datetime | Unset = UNSET
    """ The value is automatically set by the application. User defined value is ignored. """
    description: None | str | Unset = UNSET
    operational: DataSetOperational | Unset = UNSET
    """ Operational facts of a data set (size, rows, load times). """
    data_asset_info: DataAssetInfo | Unset = UNSET
    """ The data asset a data set belongs to, with its data store. Requests need only the ids; responses add names
    and the store's type. """
    technical_name: str | Unset = UNSET
    last_modified_by: None | str | Unset = UNSET
    """ The value is automatically set by the application. User defined value is ignored. """
    app_type_override: None | str | Unset = UNSET
    """ Optional override of DataAsset appType. """
    last_modified_time: datetime.datetime | Unset = UNSET
    """ The value is automatically set by the application. User defined value is ignored. """
    additional_schemas: list[DataSetSchema] | Unset = UNSET
    """ Additional schemas for files where multiple tables or sheets are available. """
    technical_description: None | str | Unset = UNSET
    created_by_connection_id: None | str | Unset = UNSET
    """ The connectionId that created the Dataset. Optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_set_properties_type_0 import DataSetPropertiesType0

        id = self.id

        qri = self.qri

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        version = self.version

        tenant_id = self.tenant_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        secure_qri = self.secure_qri

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, DataSetPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        operational: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational, Unset):
            operational = self.operational.to_dict()

        data_asset_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_asset_info, Unset):
            data_asset_info = self.data_asset_info.to_dict()

        technical_name = self.technical_name

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        app_type_override: None | str | Unset
        if isinstance(self.app_type_override, Unset):
            app_type_override = UNSET
        else:
            app_type_override = self.app_type_override

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        additional_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_schemas, Unset):
            additional_schemas = []
            for additional_schemas_item_data in self.additional_schemas:
                additional_schemas_item = additional_schemas_item_data.to_dict()
                additional_schemas.append(additional_schemas_item)

        technical_description: None | str | Unset
        if isinstance(self.technical_description, Unset):
            technical_description = UNSET
        else:
            technical_description = self.technical_description

        created_by_connection_id: None | str | Unset
        if isinstance(self.created_by_connection_id, Unset):
            created_by_connection_id = UNSET
        else:
            created_by_connection_id = self.created_by_connection_id

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if schema is not UNSET:
            field_dict["schema"] = schema
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if version is not UNSET:
            field_dict["version"] = version
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if secure_qri is not UNSET:
            field_dict["secureQri"] = secure_qri
        if properties is not UNSET:
            field_dict["properties"] = properties
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if operational is not UNSET:
            field_dict["operational"] = operational
        if data_asset_info is not UNSET:
            field_dict["dataAssetInfo"] = data_asset_info
        if technical_name is not UNSET:
            field_dict["technicalName"] = technical_name
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if app_type_override is not UNSET:
            field_dict["appTypeOverride"] = app_type_override
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if additional_schemas is not UNSET:
            field_dict["additionalSchemas"] = additional_schemas
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description
        if created_by_connection_id is not UNSET:
            field_dict["createdByConnectionId"] = created_by_connection_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_asset_info import DataAssetInfo
        from ..models.data_set_operational import DataSetOperational
        from ..models.data_set_properties_type_0 import DataSetPropertiesType0
        from ..models.data_set_schema import DataSetSchema

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        qri = d.pop("qri", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: DataSetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DataSetSchema.from_dict(_schema)

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("spaceId", UNSET))

        version = d.pop("version", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        secure_qri = d.pop("secureQri", UNSET)

        def _parse_properties(data: object) -> DataSetPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = DataSetPropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSetPropertiesType0 | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _operational = d.pop("operational", UNSET)
        operational: DataSetOperational | Unset
        if isinstance(_operational, Unset):
            operational = UNSET
        else:
            operational = DataSetOperational.from_dict(_operational)

        _data_asset_info = d.pop("dataAssetInfo", UNSET)
        data_asset_info: DataAssetInfo | Unset
        if isinstance(_data_asset_info, Unset):
            data_asset_info = UNSET
        else:
            data_asset_info = DataAssetInfo.from_dict(_data_asset_info)

        technical_name = d.pop("technicalName", UNSET)

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("lastModifiedBy", UNSET))

        def _parse_app_type_override(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_type_override = _parse_app_type_override(d.pop("appTypeOverride", UNSET))

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        _additional_schemas = d.pop("additionalSchemas", UNSET)
        additional_schemas: list[DataSetSchema] | Unset = UNSET
        if _additional_schemas is not UNSET:
            additional_schemas = []
            for additional_schemas_item_data in _additional_schemas:
                additional_schemas_item = DataSetSchema.from_dict(additional_schemas_item_data)

                additional_schemas.append(additional_schemas_item)

        def _parse_technical_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technical_description = _parse_technical_description(d.pop("technicalDescription", UNSET))

        def _parse_created_by_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_connection_id = _parse_created_by_connection_id(d.pop("createdByConnectionId", UNSET))

        data_set = cls(
            id=id,
            qri=qri,
            name=name,
            tags=tags,
            type_=type_,
            schema=schema,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            tenant_id=tenant_id,
            created_by=created_by,
            secure_qri=secure_qri,
            properties=properties,
            created_time=created_time,
            description=description,
            operational=operational,
            data_asset_info=data_asset_info,
            technical_name=technical_name,
            last_modified_by=last_modified_by,
            app_type_override=app_type_override,
            last_modified_time=last_modified_time,
            additional_schemas=additional_schemas,
            technical_description=technical_description,
            created_by_connection_id=created_by_connection_id,
        )

        data_set.additional_properties = d
        return data_set

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
