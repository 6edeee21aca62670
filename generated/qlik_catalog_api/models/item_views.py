from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_views_week_item import ItemViewsWeekItem


T = TypeVar("T", bound="ItemViews")


@_attrs_define
class ItemViews:
    """How often an item was viewed."""

    total: int | Unset = UNSET
    trend: float | Unset = UNSET
    unique: int | Unset = UNSET
    used_by: int | Unset = UNSET
    week: list[ItemViewsWeekItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        trend = self.trend

        unique = self.unique

        used_by = self.used_by

        week: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.week, Unset):
            week = []
            for week_item_data in self.week:
                week_item = week_item_data.to_dict()
                week.append(week_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if trend is not UNSET:
            field_dict["trend"] = trend
        if unique is not UNSET:
            field_dict["unique"] = unique
        if used_by is not UNSET:
            field_dict["usedBy"] = used_by
        if week is not UNSET:
            field_dict["week"] = week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_views_week_item import ItemViewsWeekItem

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        trend = d.pop("trend", UNSET)

        unique = d.pop("unique", UNSET)

        used_by = d.pop("usedBy", UNSET)

        _week = d.pop("week", UNSET)
        week: list[ItemViewsWeekItem] | Unset = UNSET
        if _week is not UNSET:
            week = []
            for week_item_data in _week:
                week_item = ItemViewsWeekItem.from_dict(week_item_data)

                week.append(week_item)

        item_views = cls(
            total=total,
            trend=trend,
            unique=unique,
            used_by=used_by,
            week=week,
        )

        item_views.additional_properties = d
        return item_views

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
