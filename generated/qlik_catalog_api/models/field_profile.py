from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_classification import FieldClassification
    from ..models.frequency_bin import FrequencyBin
    from ..models.value_frequency import ValueFrequency


T = TypeVar("T", bound="FieldProfile")


@_attrs_define
class FieldProfile:
    """Statistics of one field of a profiled table."""

    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    index: int | Unset = UNSET
    median: float | None | Unset = UNSET
    average: float | None | Unset = UNSET
    data_type: str | Unset = UNSET
    evenness: float | None | Unset = UNSET
    kurtosis: float | None | Unset = UNSET
    skewness: float | None | Unset = UNSET
    fractiles: list[float] | Unset = UNSET
    sample_values: list[str] | Unset = UNSET
    technical_name: str | Unset = UNSET
    classification: FieldClassification | Unset = UNSET
    """ What the profiler concluded about a field's sensitivity. """
    null_value_count: float | Unset = UNSET
    text_value_count: float | Unset = UNSET
    zero_value_count: float | Unset = UNSET
    max_numeric_value: float | None | Unset = UNSET
    max_string_length: float | None | Unset = UNSET
    min_numeric_value: float | None | Unset = UNSET
    min_string_length: float | None | Unset = UNSET
    sum_string_length: float | None | Unset = UNSET
    empty_string_count: float | Unset = UNSET
    sum_numeric_values: float | None | Unset = UNSET
    numeric_value_count: float | Unset = UNSET
    standard_deviation: float | None | Unset = UNSET
    distinct_value_count: float | Unset = UNSET
    most_frequent_values: list[ValueFrequency] | Unset = UNSET
    negative_value_count: float | Unset = UNSET
    positive_value_count: float | Unset = UNSET
    average_string_length: float | None | Unset = UNSET
    frequency_distribution: list[FrequencyBin] | Unset = UNSET
    last_sorted_string_value: None | str | Unset = UNSET
    first_sorted_string_value: None | str | Unset = UNSET
    sum_squared_numeric_values: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        index = self.index

        median: float | None | Unset
        if isinstance(self.median, Unset):
            median = UNSET
        else:
            median = self.median

        average: float | None | Unset
        if isinstance(self.average, Unset):
            average = UNSET
        else:
            average = self.average

        data_type = self.data_type

        evenness: float | None | Unset
        if isinstance(self.evenness, Unset):
            evenness = UNSET
        else:
            evenness = self.evenness

        kurtosis: float | None | Unset
        if isinstance(self.kurtosis, Unset):
            kurtosis = UNSET
        else:
            kurtosis = self.kurtosis

        skewness: float | None | Unset
        if isinstance(self.skewness, Unset):
            skewness = UNSET
        else:
            skewness = self.skewness

        fractiles: list[float] | Unset = UNSET
        if not isinstance(self.fractiles, Unset):
            fractiles = self.fractiles

        sample_values: list[str] | Unset = UNSET
        if not isinstance(self.sample_values, Unset):
            sample_values = self.sample_values

        technical_name = self.technical_name

        classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification.to_dict()

        null_value_count = self.null_value_count

        text_value_count = self.text_value_count

        zero_value_count = self.zero_value_count

        max_numeric_value: float | None | Unset
        if isinstance(self.max_numeric_value, Unset):
            max_numeric_value = UNSET
        else:
            max_numeric_value = self.max_numeric_value

        max_string_length: float | None | Unset
        if isinstance(self.max_string_length, Unset):
            max_string_length = UNSET
        else:
            max_string_length = self.max_string_length

        min_numeric_value: float | None | Unset
        if isinstance(self.min_numeric_value, Unset):
            min_numeric_value = UNSET
        else:
            min_numeric_value = self.min_numeric_value

        min_string_length: float | None | Unset
        if isinstance(self.min_string_length, Unset):
            min_string_length = UNSET
        else:
            min_string_length = self.min_string_length

        sum_string_length: float | None | Unset
        if isinstance(self.sum_string_length, Unset):
            sum_string_length = UNSET
        else:
            sum_string_length = self.sum_string_length

        empty_string_count = self.empty_string_count

        sum_numeric_values: float | None | Unset
        if isinstance(self.sum_numeric_values, Unset):
            sum_numeric_values = UNSET
        else:
            sum_numeric_values = self.sum_numeric_values

        numeric_value_count = self.numeric_value_count

        standard_deviation: float | None | Unset
        if isinstance(self.standard_deviation, Unset):
            standard_deviation = UNSET
        else:
            standard_deviation = self.standard_deviation

        distinct_value_count = self.distinct_value_count

        most_frequent_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.most_frequent_values, Unset):
            most_frequent_values = []
            for most_frequent_values_item_data in self.most_frequent_values:
                most_frequent_values_item = most_frequent_values_item_data.to_dict()
                most_frequent_values.append(most_frequent_values_item)

        negative_value_count = self.negative_value_count

        positive_value_count = self.positive_value_count

        average_string_length: float | None | Unset
        if isinstance(self.average_string_length, Unset):
            average_string_length = UNSET
        else:
            average_string_length = self.average_string_length

        frequency_distribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frequency_distribution, Unset):
            frequency_distribution = []
            for frequency_distribution_item_data in self.frequency_distribution:
                frequency_distribution_item = frequency_distribution_item_data.to_dict()
                frequency_distribution.append(frequency_distribution_item)

        last_sorted_string_value: None | str | Unset
        if isinstance(self.last_sorted_string_value, Unset):
            last_sorted_string_value = UNSET
        else:
            last_sorted_string_value = self.last_sorted_string_value

        first_sorted_string_value: None | str | Unset
        if isinstance(self.first_sorted_string_value, Unset):
            first_sorted_string_value = UNSET
        else:
            first_sorted_string_value = self.first_sorted_string_value

        sum_squared_numeric_values: float | None | Unset
        if isinstance(self.sum_squared_numeric_values, Unset):
            sum_squared_numeric_values = UNSET
        else:
            sum_squared_numeric_values = self.sum_squared_numeric_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if index is not UNSET:
            field_dict["index"] = index
        if median is not UNSET:
            field_dict["median"] = median
        if average is not UNSET:
            field_dict["average"] = average
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if evenness is not UNSET:
            field_dict["evenness"] = evenness
        if kurtosis is not UNSET:
            field_dict["kurtosis"] = kurtosis
        if skewness is not UNSET:
            field_dict["skewness"] = skewness
        if fractiles is not UNSET:
            field_dict["fractiles"] = fractiles
        if sample_values is not UNSET:
            field_dict["sampleValues"] = sample_values
        if technical_name is not UNSET:
            field_dict["technicalName"] = technical_name
        if classification is not UNSET:
            field_dict["classification"] = classification
        if null_value_count is not UNSET:
            field_dict["nullValueCount"] = null_value_count
        if text_value_count is not UNSET:
            field_dict["textValueCount"] = text_value_count
        if zero_value_count is not UNSET:
            field_dict["zeroValueCount"] = zero_value_count
        if max_numeric_value is not UNSET:
            field_dict["maxNumericValue"] = max_numeric_value
        if max_string_length is not UNSET:
            field_dict["maxStringLength"] = max_string_length
        if min_numeric_value is not UNSET:
            field_dict["minNumericValue"] = min_numeric_value
        if min_string_length is not UNSET:
            field_dict["minStringLength"] = min_string_length
        if sum_string_length is not UNSET:
            field_dict["sumStringLength"] = sum_string_length
        if empty_string_count is not UNSET:
            field_dict["emptyStringCount"] = empty_string_count
        if sum_numeric_values is not UNSET:
            field_dict["sumNumericValues"] = sum_numeric_values
        if numeric_value_count is not UNSET:
            field_dict["numericValueCount"] = numeric_value_count
        if standard_deviation is not UNSET:
            field_dict["standardDeviation"] = standard_deviation
        if distinct_value_count is not UNSET:
            field_dict["distinctValueCount"] = distinct_value_count
        if most_frequent_values is not UNSET:
            field_dict["mostFrequentValues"] = most_frequent_values
        if negative_value_count is not UNSET:
            field_dict["negativeValueCount"] = negative_value_count
        if positive_value_count is not UNSET:
            field_dict["positiveValueCount"] = positive_value_count
        if average_string_length is not UNSET:
            field_dict["averageStringLength"] = average_string_length
        if frequency_distribution is not UNSET:
            field_dict["frequencyDistribution"] = frequency_distribution
        if last_sorted_string_value is not UNSET:
            field_dict["lastSortedStringValue"] = last_sorted_string_value
        if first_sorted_string_value is not UNSET:
            field_dict["firstSortedStringValue"] = first_sorted_string_value
        if sum_squared_numeric_values is not UNSET:
            field_dict["sumSquaredNumericValues"] = sum_squared_numeric_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_classification import FieldClassification
        from ..models.frequency_bin import FrequencyBin
        from ..models.value_frequency import ValueFrequency

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        index = d.pop("index", UNSET)

        def _parse_median(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        median = _parse_median(d.pop("median", UNSET))

        def _parse_average(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average = _parse_average(d.pop("average", UNSET))

        data_type = d.pop("dataType", UNSET)

        def _parse_evenness(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        evenness = _parse_evenness(d.pop("evenness", UNSET))

        def _parse_kurtosis(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        kurtosis = _parse_kurtosis(d.pop("kurtosis", UNSET))

        def _parse_skewness(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        skewness = _parse_skewness(d.pop("skewness", UNSET))

        fractiles = cast(list[float], d.pop("fractiles", UNSET))

        sample_values = cast(list[str], d.pop("sampleValues", UNSET))

        technical_name = d.pop("technicalName", UNSET)

        _classification = d.pop("classification", UNSET)
        classification: FieldClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = FieldClassification.from_dict(_classification)

        null_value_count = d.pop("nullValueCount", UNSET)

        text_value_count = d.pop("textValueCount", UNSET)

        zero_value_count = d.pop("zeroValueCount", UNSET)

        def _parse_max_numeric_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_numeric_value = _parse_max_numeric_value(d.pop("maxNumericValue", UNSET))

        def _parse_max_string_length(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_string_length = _parse_max_string_length(d.pop("maxStringLength", UNSET))

        def _parse_min_numeric_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_numeric_value = _parse_min_numeric_value(d.pop("minNumericValue", UNSET))

        def _parse_min_string_length(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_string_length = _parse_min_string_length(d.pop("minStringLength", UNSET))

        def _parse_sum_string_length(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sum_string_length = _parse_sum_string_length(d.pop("sumStringLength", UNSET))

        empty_string_count = d.pop("emptyStringCount", UNSET)

        def _parse_sum_numeric_values(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sum_numeric_values = _parse_sum_numeric_values(d.pop("sumNumericValues", UNSET))

        numeric_value_count = d.pop("numericValueCount", UNSET)

        def _parse_standard_deviation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        standard_deviation = _parse_standard_deviation(d.pop("standardDeviation", UNSET))

        distinct_value_count = d.pop("distinctValueCount", UNSET)

        _most_frequent_values = d.pop("mostFrequentValues", UNSET)
        most_frequent_values: list[ValueFrequency] | Unset = UNSET
        if _most_frequent_values is not UNSET:
            most_frequent_values = []
            for most_frequent_values_item_data in _most_frequent_values:
                most_frequent_values_item = ValueFrequency.from_dict(most_frequent_values_item_data)

                most_frequent_values.append(most_frequent_values_item)

        negative_value_count = d.pop("negativeValueCount", UNSET)

        positive_value_count = d.pop("positiveValueCount", UNSET)

        def _parse_average_string_length(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_string_length = _parse_average_string_length(d.pop("averageStringLength", UNSET))

        _frequency_distribution = d.pop("frequencyDistribution", UNSET)
        frequency_distribution: list[FrequencyBin] | Unset = UNSET
        if _frequency_distribution is not UNSET:
            frequency_distribution = []
            for frequency_distribution_item_data in _frequency_distribution:
                frequency_distribution_item = FrequencyBin.from_dict(frequency_distribution_item_data)

                frequency_distribution.append(frequency_distribution_item)

        def _parse_last_sorted_string_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sorted_string_value = _parse_last_sorted_string_value(d.pop("lastSortedStringValue", UNSET))

        def _parse_first_sorted_string_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_sorted_string_value = _parse_first_sorted_string_value(d.pop("firstSortedStringValue", UNSET))

        def _parse_sum_squared_numeric_values(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sum_squared_numeric_values = _parse_sum_squared_numeric_values(d.pop("sumSquaredNumericValues", UNSET))

        field_profile = cls(
            name=name,
            tags=tags,
            index=index,
            median=median,
            average=average,
            data_type=data_type,
            evenness=evenness,
            kurtosis=kurtosis,
            skewness=skewness,
            fractiles=fractiles,
            sample_values=sample_values,
            technical_name=technical_name,
            classification=classification,
            null_value_count=null_value_count,
            text_value_count=text_value_count,
            zero_value_count=zero_value_count,
            max_numeric_value=max_numeric_value,
            max_string_length=max_string_length,
            min_numeric_value=min_numeric_value,
            min_string_length=min_string_length,
            sum_string_length=sum_string_length,
            empty_string_count=empty_string_count,
            sum_numeric_values=sum_numeric_values,
            numeric_value_count=numeric_value_count,
            standard_deviation=standard_deviation,
            distinct_value_count=distinct_value_count,
            most_frequent_values=most_frequent_values,
            negative_value_count=negative_value_count,
            positive_value_count=positive_value_count,
            average_string_length=average_string_length,
            frequency_distribution=frequency_distribution,
            last_sorted_string_value=last_sorted_string_value,
            first_sorted_string_value=first_sorted_string_value,
            sum_squared_numeric_values=sum_squared_numeric_values,
        )

        field_profile.additional_properties = d
        return field_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
