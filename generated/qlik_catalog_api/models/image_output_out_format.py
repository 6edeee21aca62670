from typing import Literal

ImageOutputOutFormat = Literal["jsondata", "png"]

IMAGE_OUTPUT_OUT_FORMAT_VALUES: set[ImageOutputOutFormat] = {
    "jsondata",
    "png",
}


def check_image_output_out_format(value: str) -> ImageOutputOutFormat:
    if value in IMAGE_OUTPUT_OUT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_OUTPUT_OUT_FORMAT_VALUES!r}")
