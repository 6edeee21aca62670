from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_error import ExportError
    from ..models.report_reason import ReportReason
    from ..models.report_result import ReportResult


T = TypeVar("T", bound="ReportStatus")


@_attrs_define
class ReportStatus:
    """The processing status of a report request."""

    status: str
    """ One of queued, processing, done, failed, aborted, visiting, aborting. """
    status_location: None | str | Unset = UNSET
    resolution_attempts: int | None | Unset = UNSET
    results: list[ReportResult] | Unset = UNSET
    reasons: list[ReportReason] | Unset = UNSET
    request_errors: list[ExportError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_location: None | str | Unset
        if isinstance(self.status_location, Unset):
            status_location = UNSET
        else:
            status_location = self.status_location

        resolution_attempts: int | None | Unset
        if isinstance(self.resolution_attempts, Unset):
            resolution_attempts = UNSET
        else:
            resolution_attempts = self.resolution_attempts

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        request_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.request_errors, Unset):
            request_errors = []
            for request_errors_item_data in self.request_errors:
                request_errors_item = request_errors_item_data.to_dict()
                request_errors.append(request_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_location is not UNSET:
            field_dict["statusLocation"] = status_location
        if resolution_attempts is not UNSET:
            field_dict["resolutionAttempts"] = resolution_attempts
        if results is not UNSET:
            field_dict["results"] = results
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if request_errors is not UNSET:
            field_dict["requestErrors"] = request_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_error import ExportError
        from ..models.report_reason import ReportReason
        from ..models.report_result import ReportResult

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_status_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_location = _parse_status_location(d.pop("statusLocation", UNSET))

        def _parse_resolution_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resolution_attempts = _parse_resolution_attempts(d.pop("resolutionAttempts", UNSET))

        _results = d.pop("results", UNSET)
        results: list[ReportResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ReportResult.from_dict(results_item_data)

                results.append(results_item)

        _reasons = d.pop("reasons", UNSET)
        reasons: list[ReportReason] | Unset = UNSET
        if _reasons is not UNSET:
            reasons = []
            for reasons_item_data in _reasons:
                reasons_item = ReportReason.from_dict(reasons_item_data)

                reasons.append(reasons_item)

        _request_errors = d.pop("requestErrors", UNSET)
        request_errors: list[ExportError] | Unset = UNSET
        if _request_errors is not UNSET:
            request_errors = []
            for request_errors_item_data in _request_errors:
                request_errors_item = ExportError.from_dict(request_errors_item_data)

                request_errors.append(request_errors_item)

        report_status = cls(
            status=status,
            status_location=status_location,
            resolution_attempts=resolution_attempts,
            results=results,
            reasons=reasons,
            request_errors=request_errors,
        )

        report_status.additional_properties = d
        return report_status

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
