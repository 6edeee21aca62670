from typing import Literal

GetDataFilesConnectionsSort = Literal["+spaceId", "-spaceId", "spaceId"]

GET_DATA_FILES_CONNECTIONS_SORT_VALUES: set[GetDataFilesConnectionsSort] = {
    "+spaceId",
    "-spaceId",
    "spaceId",
}


def check_get_data_files_connections_sort(value: str) -> GetDataFilesConnectionsSort:
    if value in GET_DATA_FILES_CONNECTIONS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DATA_FILES_CONNECTIONS_SORT_VALUES!r}")
