from typing import Literal

DataQualityComputationRequestSampleMethod = Literal["HEAD", "RANDOM"]

DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_METHOD_VALUES: set[DataQualityComputationRequestSampleMethod] = {
    "HEAD",
    "RANDOM",
}


def check_data_quality_computation_request_sample_method(value: str) -> DataQualityComputationRequestSampleMethod:
    if value in DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_QUALITY_COMPUTATION_REQUEST_SAMPLE_METHOD_VALUES!r}"
    )
