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
    from ..models.data_set_request_properties import DataSetRequestProperties
    from ..models.data_set_schema import DataSetSchema


T = TypeVar("T", bound="DataSetRequest")


@_attrs_define
class DataSetRequest:
    """A data set as sent to create (POST) or fully replace (PUT) one."""

    qri: str
    """ NOTE: this will be deprecated after migration to secureQri. Required user defined field. All the parts in
    the format must be separated by ':'. The first part denotes the resourceType, followed by dataStoreType and
    tenant guid. The spaceGuid or userGuid is to be populated based on if the dataset is in shared or private space
    and finally the full file name. This field is auto populated for the dataSet generated for qix-datafiles. """
    secure_qri: str
    data_asset_info: DataAssetInfo
    """ The data asset a data set belongs to, with its data store. Requests need only the ids; responses add names
    and the store's type. """
    technical_name: str
    id: None | str | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    schema: DataSetSchema | Unset = UNSET
    """ A table schema of a data set (the primary one, or one of `additionalSchemas`). """
    owner_id: str | Unset = UNSET
    """ The value is automatically set by the application. """
    space_id: str | Unset = UNSET
    version: int | None | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    properties: DataSetRequestProperties | Unset = UNSET
    """ A Map of name-value pairs. """
    description: str | Unset = UNSET
    operational: DataSetOperational | Unset = UNSET
    """ Operational facts of a data set (size, rows, load times). """
    app_type_override: str | Unset = UNSET
    """ Optional override of DataAsset appType. """
    additional_schemas: list[DataSetSchema] | Unset = UNSET
    """ Optional field to specify additional schemas for files where multiple tables or sheets are available. User
    must define primary schema in 'schema' attribute and rest of the sheets/ tables can be defined using this field.
    This field is not populated for the dataSets with single schema """
    technical_description: str | Unset = UNSET
    created_by_connection_id: str | Unset = UNSET
    """ The connectionId that created the Dataset. Optional. """
    created_by: str | Unset = UNSET
    """ Set by the server; ignored. """
    created_time: datetime.datetime | Unset = UNSET
    """ Set by the server; ignored. """
    last_modified_by: str | Unset = UNSET
    """ Set by the server; ignored. """
    last_modified_time: datetime.datetime | Unset = UNSET
    """ Set by the server; ignored. """
    tenant_id: str | Unset = UNSET
    """ Set by the server; ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qri = self.qri

        secure_qri = self.secure_qri

        data_asset_info = self.data_asset_info.to_dict()

        technical_name = self.technical_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        owner_id = self.owner_id

        space_id = self.space_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        description = self.description

        operational: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operational, Unset):
            operational = self.operational.to_dict()

        app_type_override = self.app_type_override

        additional_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_schemas, Unset):
            additional_schemas = []
            for additional_schemas_item_data in self.additional_schemas:
                additional_schemas_item = additional_schemas_item_data.to_dict()
                additional_schemas.append(additional_schemas_item)

        technical_description = self.technical_description

        created_by_connection_id = self.created_by_connection_id

        created_by = self.created_by

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        last_modified_by = self.last_modified_by

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qri": qri,
                "secureQri": secure_qri,
                "dataAssetInfo": data_asset_info,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if properties is not UNSET:
            field_dict["properties"] = properties
        if description is not UNSET:
            field_dict["description"] = description
        if operational is not UNSET:
            field_dict["operational"] = operational
        if app_type_override is not UNSET:
            field_dict["appTypeOverride"] = app_type_override
        if additional_schemas is not UNSET:
            field_dict["additionalSchemas"] = additional_schemas
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description
        if created_by_connection_id is not UNSET:
            field_dict["createdByConnectionId"] = created_by_connection_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_asset_info import DataAssetInfo
        from ..models.data_set_operational import DataSetOperational
        from ..models.data_set_request_properties import DataSetRequestProperties
        from ..models.data_set_schema import DataSetSchema

        d = dict(src_dict)
        qri = d.pop("qri")

        secure_qri = d.pop("secureQri")

        data_asset_info = DataAssetInfo.from_dict(d.pop("dataAssetInfo"))

        technical_name = d.pop("technicalName")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        type_ = d.pop("type", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: DataSetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DataSetSchema.from_dict(_schema)

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: DataSetRequestProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DataSetRequestProperties.from_dict(_properties)

        description = d.pop("description", UNSET)

        _operational = d.pop("operational", UNSET)
        operational: DataSetOperational | Unset
        if isinstance(_operational, Unset):
            operational = UNSET
        else:
            operational = DataSetOperational.from_dict(_operational)

        app_type_override = d.pop("appTypeOverride", UNSET)

        _additional_schemas = d.pop("additionalSchemas", UNSET)
        additional_schemas: list[DataSetSchema] | Unset = UNSET
        if _additional_schemas is not UNSET:
            additional_schemas = []
            for additional_schemas_item_data in _additional_schemas:
                additional_schemas_item = DataSetSchema.from_dict(additional_schemas_item_data)

                additional_schemas.append(additional_schemas_item)

        technical_description = d.pop("technicalDescription", UNSET)

        created_by_connection_id = d.pop("createdByConnectionId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        tenant_id = d.pop("tenantId", UNSET)

        data_set_request = cls(
            qri=qri,
            secure_qri=secure_qri,
            data_asset_info=data_asset_info,
            technical_name=technical_name,
            id=id,
            name=name,
            tags=tags,
            type_=type_,
            schema=schema,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            properties=properties,
            description=description,
            operational=operational,
            app_type_override=app_type_override,
            additional_schemas=additional_schemas,
            technical_description=technical_description,
            created_by_connection_id=created_by_connection_id,
            created_by=created_by,
            created_time=created_time,
            last_modified_by=last_modified_by,
            last_modified_time=last_modified_time,
            tenant_id=tenant_id,
        )

        data_set_request.additional_properties = d
        return data_set_request

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
