from typing import Literal

DataProductPatchOperationPath = Literal[
    "/apiConsumableDatasetIds",
    "/datasetIds",
    "/description",
    "/glossaryIds",
    "/keyContacts",
    "/name",
    "/readMe",
    "/tags",
]

DATA_PRODUCT_PATCH_OPERATION_PATH_VALUES: set[DataProductPatchOperationPath] = {
    "/apiConsumableDatasetIds",
    "/datasetIds",
    "/description",
    "/glossaryIds",
    "/keyContacts",
    "/name",
    "/readMe",
    "/tags",
}


def check_data_product_patch_operation_path(value: str) -> DataProductPatchOperationPath:
    if value in DATA_PRODUCT_PATCH_OPERATION_PATH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_PRODUCT_PATCH_OPERATION_PATH_VALUES!r}")
