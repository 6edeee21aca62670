from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostReportsResponse")


@_attrs_define
class PostReportsResponse:
    """The answer to an accepted report request."""

    message: None | str | Unset = UNSET
    outputs_url: None | str | Unset = UNSET
    """ Where the outputs will be listed. """
    request_id: str | Unset = UNSET
    """ The id to poll the status with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        outputs_url: None | str | Unset
        if isinstance(self.outputs_url, Unset):
            outputs_url = UNSET
        else:
            outputs_url = self.outputs_url

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if outputs_url is not UNSET:
            field_dict["outputsUrl"] = outputs_url
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_outputs_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outputs_url = _parse_outputs_url(d.pop("outputsUrl", UNSET))

        request_id = d.pop("requestId", UNSET)

        post_reports_response = cls(
            message=message,
            outputs_url=outputs_url,
            request_id=request_id,
        )

        post_reports_response.additional_properties = d
        return post_reports_response

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
