from typing import Literal

GetDataFilesSort = Literal[
    "+baseName",
    "+folder",
    "+modifiedDate",
    "+name",
    "+size",
    "-baseName",
    "-folder",
    "-modifiedDate",
    "-name",
    "-size",
    "baseName",
    "folder",
    "modifiedDate",
    "name",
    "size",
]

GET_DATA_FILES_SORT_VALUES: set[GetDataFilesSort] = {
    "+baseName",
    "+folder",
    "+modifiedDate",
    "+name",
    "+size",
    "-baseName",
    "-folder",
    "-modifiedDate",
    "-name",
    "-size",
    "baseName",
    "folder",
    "modifiedDate",
    "name",
    "size",
}


def check_get_data_files_sort(value: str) -> GetDataFilesSort:
    if value in GET_DATA_FILES_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DATA_FILES_SORT_VALUES!r}")
