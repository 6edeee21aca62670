from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_product_patch_operation_op import DataProductPatchOperationOp, check_data_product_patch_operation_op
from ..models.data_product_patch_operation_path import (
    DataProductPatchOperationPath,
    check_data_product_patch_operation_path,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.key_contact import KeyContact


T = TypeVar("T", bound="DataProductPatchOperation")


@_attrs_define
class DataProductPatchOperation:
    """One JSON Patch operation on a data product. Only `replace` is allowed."""

    op: DataProductPatchOperationOp
    path: DataProductPatchOperationPath
    value: list[KeyContact | str] | None | str | Unset = UNSET
    """ A string (or null) for /name, /description and /readMe; an array of unique strings for /datasetIds,
    /glossaryIds, /tags and /apiConsumableDatasetIds; an array of key contacts (or null) for /keyContacts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.key_contact import KeyContact

        op: str = self.op

        path: str = self.path

        value: list[dict[str, Any] | str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = []
            for value_type_1_item_data in self.value:
                value_type_1_item: dict[str, Any] | str
                if isinstance(value_type_1_item_data, KeyContact):
                    value_type_1_item = value_type_1_item_data.to_dict()
                else:
                    value_type_1_item = value_type_1_item_data
                value.append(value_type_1_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.key_contact import KeyContact

        d = dict(src_dict)
        op = check_data_product_patch_operation_op(d.pop("op"))

        path = check_data_product_patch_operation_path(d.pop("path"))

        def _parse_value(data: object) -> list[KeyContact | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_1 = []
                _value_type_1 = data
                for value_type_1_item_data in _value_type_1:

                    def _parse_value_type_1_item(data: object) -> KeyContact | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            value_type_1_item_type_1 = KeyContact.from_dict(data)

                            return value_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(KeyContact | str, data)

                    value_type_1_item = _parse_value_type_1_item(value_type_1_item_data)

                    value_type_1.append(value_type_1_item)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyContact | str] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        data_product_patch_operation = cls(
            op=op,
            path=path,
            value=value,
        )

        data_product_patch_operation.additional_properties = d
        return data_product_patch_operation

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
