from typing import Literal

DataQualityComputationRequestSampleMode = Literal["ABSOLUTE", "RELATIVE"]

DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_MODE_VALUES: set[DataQualityComputationRequestSampleMode] = {
    "ABSOLUTE",
    "RELATIVE",
}


def check_data_quality_computation_request_sample_mode(value: str) -> DataQualityComputationRequestSampleMode:
    if value in DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_MODE_VALUES!r}"
    )
