from typing import Literal

DataQualityComputationRequestExecutionMode = Literal["PULLUP", "PUSHDOWN"]

DATA_QUALITY_COMPUTATION_REQUEST_EXECUTION_MODE_VALUES: set[DataQualityComputationRequestExecutionMode] = {
    "PULLUP",
    "PUSHDOWN",
}


def check_data_quality_computation_request_execution_mode(value: str) -> DataQualityComputationRequestExecutionMode:
    if value in DATA_QUALITY_COMPUTATION_REQUEST_EXECUTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_QUALITY_COMPUTATION_REQUEST_EXECUTION_MODE_VALUES!r}"
    )
