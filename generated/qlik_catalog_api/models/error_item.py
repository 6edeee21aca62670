from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_item_source import ErrorItemSource


T = TypeVar("T", bound="ErrorItem")


@_attrs_define
class ErrorItem:
    """One error entry of a Qlik error body."""

    code: str | Unset = UNSET
    """ Qlik's error code, e.g. `HTTP-429` or `DS-404`. """
    title: None | str | Unset = UNSET
    """ A short summary of the error. """
    detail: None | str | Unset = UNSET
    """ Details of this occurrence of the error. """
    status: Any | Unset = UNSET
    """ The HTTP status: a string in the catalog APIs (`"404"`), a number in users, absent elsewhere. """
    meta: Any | Unset = UNSET
    """ Optional free-form metadata associated with the error. """
    source: ErrorItemSource | Unset = UNSET
    """ The part of the request the error is about (spaces, users). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        status = self.status

        meta = self.meta

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if meta is not UNSET:
            field_dict["meta"] = meta
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_item_source import ErrorItemSource

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        status = d.pop("status", UNSET)

        meta = d.pop("meta", UNSET)

        _source = d.pop("source", UNSET)
        source: ErrorItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ErrorItemSource.from_dict(_source)

        error_item = cls(
            code=code,
            title=title,
            detail=detail,
            status=status,
            meta=meta,
            source=source,
        )

        error_item.additional_properties = d
        return error_item

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
