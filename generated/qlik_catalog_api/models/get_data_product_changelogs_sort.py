from typing import Literal

GetDataProductChangelogsSort = Literal["+createdAt", "-createdAt"]

GET_DATA_PRODUCT_CHANGELOGS_SORT_VALUES: set[GetDataProductChangelogsSort] = {
    "+createdAt",
    "-createdAt",
}


def check_get_data_product_changelogs_sort(value: str) -> GetDataProductChangelogsSort:
    if value in GET_DATA_PRODUCT_CHANGELOGS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DATA_PRODUCT_CHANGELOGS_SORT_VALUES!r}")
