from typing import Literal

SpacePatchOperationPath = Literal["/description", "/name", "/ownerId"]

SPACE_PATCH_OPERATION_PATH_VALUES: set[SpacePatchOperationPath] = {
    "/description",
    "/name",
    "/ownerId",
}


def check_space_patch_operation_path(value: str) -> SpacePatchOperationPath:
    if value in SPACE_PATCH_OPERATION_PATH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPACE_PATCH_OPERATION_PATH_VALUES!r}")
