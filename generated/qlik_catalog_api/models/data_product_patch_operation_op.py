from typing import Literal

DataProductPatchOperationOp = Literal["replace"]

DATA_PRODUCT_PATCH_OPERATION_OP_VALUES: set[DataProductPatchOperationOp] = {
    "replace",
}


def check_data_product_patch_operation_op(value: str) -> DataProductPatchOperationOp:
    if value in DATA_PRODUCT_PATCH_OPERATION_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_PRODUCT_PATCH_OPERATION_OP_VALUES!r}")
