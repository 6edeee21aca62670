from typing import Literal

SpaceCreateType = Literal["data", "managed", "shared"]

SPACE_CREATE_TYPE_VALUES: set[SpaceCreateType] = {
    "data",
    "managed",
    "shared",
}


def check_space_create_type(value: str) -> SpaceCreateType:
    if value in SPACE_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPACE_CREATE_TYPE_VALUES!r}")
