from typing import Literal

GetItemsSort = Literal[
    "+createdAt", "+name", "+recentlyUsed", "+updatedAt", "-createdAt", "-name", "-recentlyUsed", "-updatedAt"
]

GET_ITEMS_SORT_VALUES: set[GetItemsSort] = {
    "+createdAt",
    "+name",
    "+recentlyUsed",
    "+updatedAt",
    "-createdAt",
    "-name",
    "-recentlyUsed",
    "-updatedAt",
}


def check_get_items_sort(value: str) -> GetItemsSort:
    if value in GET_ITEMS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ITEMS_SORT_VALUES!r}")
