from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_field import DataField
    from ..models.data_set_schema_load_options_type_0 import DataSetSchemaLoadOptionsType0


T = TypeVar("T", bound="DataSetSchema")


@_attrs_define
class DataSetSchema:
    """A table schema of a data set (the primary one, or one of `additionalSchemas`)."""

    data_fields: list[DataField]
    anomalies: list[str] | Unset = UNSET
    """ Anomalies associated with this schema. Example: $warning-unknown-headers """
    schema_name: None | str | Unset = UNSET
    load_options: DataSetSchemaLoadOptionsType0 | None | Unset = UNSET
    """ Options for loading files. Example: "qLabel": "embedded labels" """
    effective_date: datetime.datetime | None | Unset = UNSET
    override_schema_anomalies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_set_schema_load_options_type_0 import DataSetSchemaLoadOptionsType0

        data_fields = []
        for data_fields_item_data in self.data_fields:
            data_fields_item = data_fields_item_data.to_dict()
            data_fields.append(data_fields_item)

        anomalies: list[str] | Unset = UNSET
        if not isinstance(self.anomalies, Unset):
            anomalies = self.anomalies

        schema_name: None | str | Unset
        if isinstance(self.schema_name, Unset):
            schema_name = UNSET
        else:
            schema_name = self.schema_name

        load_options: dict[str, Any] | None | Unset
        if isinstance(self.load_options, Unset):
            load_options = UNSET
        elif isinstance(self.load_options, DataSetSchemaLoadOptionsType0):
            load_options = self.load_options.to_dict()
        else:
            load_options = self.load_options

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        elif isinstance(self.effective_date, datetime.datetime):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        override_schema_anomalies = self.override_schema_anomalies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataFields": data_fields,
            }
        )
        if anomalies is not UNSET:
            field_dict["anomalies"] = anomalies
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if load_options is not UNSET:
            field_dict["loadOptions"] = load_options
        if effective_date is not UNSET:
            field_dict["effectiveDate"] = effective_date
        if override_schema_anomalies is not UNSET:
            field_dict["overrideSchemaAnomalies"] = override_schema_anomalies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_field import DataField
        from ..models.data_set_schema_load_options_type_0 import DataSetSchemaLoadOptionsType0

        d = dict(src_dict)
        data_fields = []
        _data_fields = d.pop("dataFields")
        for data_fields_item_data in _data_fields:
            data_fields_item = DataField.from_dict(data_fields_item_data)

            data_fields.append(data_fields_item)

        anomalies = cast(list[str], d.pop("anomalies", UNSET))

        def _parse_schema_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_name = _parse_schema_name(d.pop("schemaName", UNSET))

        def _parse_load_options(data: object) -> DataSetSchemaLoadOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                load_options_type_0 = DataSetSchemaLoadOptionsType0.from_dict(data)

                return load_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSetSchemaLoadOptionsType0 | None | Unset, data)

        load_options = _parse_load_options(d.pop("loadOptions", UNSET))

        def _parse_effective_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.datetime.fromisoformat(data)

                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        effective_date = _parse_effective_date(d.pop("effectiveDate", UNSET))

        override_schema_anomalies = d.pop("overrideSchemaAnomalies", UNSET)

        data_set_schema = cls(
            data_fields=data_fields,
            anomalies=anomalies,
            schema_name=schema_name,
            load_options=load_options,
            effective_date=effective_date,
            override_schema_anomalies=override_schema_anomalies,
        )

        data_set_schema.additional_properties = d
        return data_set_schema

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
