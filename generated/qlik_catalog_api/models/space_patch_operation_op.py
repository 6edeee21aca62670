from typing import Literal

SpacePatchOperationOp = Literal["replace"]

SPACE_PATCH_OPERATION_OP_VALUES: set[SpacePatchOperationOp] = {
    "replace",
}


def check_space_patch_operation_op(value: str) -> SpacePatchOperationOp:
    if value in SPACE_PATCH_OPERATION_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPACE_PATCH_OPERATION_OP_VALUES!r}")
