from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_delete_all_by_space_item import BatchDeleteAllBySpaceItem
    from ..models.batch_delete_item import BatchDeleteItem


T = TypeVar("T", bound="DataFileBatchDeleteRequest")


@_attrs_define
class DataFileBatchDeleteRequest:
    """The data files to delete."""

    delete: list[BatchDeleteItem]
    delete_all_by_space: list[BatchDeleteAllBySpaceItem] | None | Unset = UNSET
    delete_all_from_personal_space: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete = []
        for delete_item_data in self.delete:
            delete_item = delete_item_data.to_dict()
            delete.append(delete_item)

        delete_all_by_space: list[dict[str, Any]] | None | Unset
        if isinstance(self.delete_all_by_space, Unset):
            delete_all_by_space = UNSET
        elif isinstance(self.delete_all_by_space, list):
            delete_all_by_space = []
            for delete_all_by_space_type_0_item_data in self.delete_all_by_space:
                delete_all_by_space_type_0_item = delete_all_by_space_type_0_item_data.to_dict()
                delete_all_by_space.append(delete_all_by_space_type_0_item)

        else:
            delete_all_by_space = self.delete_all_by_space

        delete_all_from_personal_space: bool | None | Unset
        if isinstance(self.delete_all_from_personal_space, Unset):
            delete_all_from_personal_space = UNSET
        else:
            delete_all_from_personal_space = self.delete_all_from_personal_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delete": delete,
            }
        )
        if delete_all_by_space is not UNSET:
            field_dict["deleteAllBySpace"] = delete_all_by_space
        if delete_all_from_personal_space is not UNSET:
            field_dict["deleteAllFromPersonalSpace"] = delete_all_from_personal_space

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_delete_all_by_space_item import BatchDeleteAllBySpaceItem
        from ..models.batch_delete_item import BatchDeleteItem

        d = dict(src_dict)
        delete = []
        _delete = d.pop("delete")
        for delete_item_data in _delete:
            delete_item = BatchDeleteItem.from_dict(delete_item_data)

            delete.append(delete_item)

        def _parse_delete_all_by_space(data: object) -> list[BatchDeleteAllBySpaceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                delete_all_by_space_type_0 = []
                _delete_all_by_space_type_0 = data
                for delete_all_by_space_type_0_item_data in _delete_all_by_space_type_0:
                    delete_all_by_space_type_0_item = BatchDeleteAllBySpaceItem.from_dict(
                        delete_all_by_space_type_0_item_data
                    )

                    delete_all_by_space_type_0.append(delete_all_by_space_type_0_item)

                return delete_all_by_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchDeleteAllBySpaceItem] | None | Unset, data)

        delete_all_by_space = _parse_delete_all_by_space(d.pop("deleteAllBySpace", UNSET))

        def _parse_delete_all_from_personal_space(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        delete_all_from_personal_space = _parse_delete_all_from_personal_space(
            d.pop("deleteAllFromPersonalSpace", UNSET)
        )

        data_file_batch_delete_request = cls(
            delete=delete,
            delete_all_by_space=delete_all_by_space,
            delete_all_from_personal_space=delete_all_from_personal_space,
        )

        data_file_batch_delete_request.additional_properties = d
        return data_file_batch_delete_request

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
