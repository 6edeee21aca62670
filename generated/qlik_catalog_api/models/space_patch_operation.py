from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.space_patch_operation_op import SpacePatchOperationOp, check_space_patch_operation_op
from ..models.space_patch_operation_path import SpacePatchOperationPath, check_space_patch_operation_path

T = TypeVar("T", bound="SpacePatchOperation")


@_attrs_define
class SpacePatchOperation:
    """One patch operation on a space."""

    op: SpacePatchOperationOp
    path: SpacePatchOperationPath
    value: str
    """ The new value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        path: str = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        op = check_space_patch_operation_op(d.pop("op"))

        path = check_space_patch_operation_path(d.pop("path"))

        value = d.pop("value")

        space_patch_operation = cls(
            op=op,
            path=path,
            value=value,
        )

        space_patch_operation.additional_properties = d
        return space_patch_operation

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
