"""The standard-library schema check: unknown fields with the nearest name, types, enums,
nulls, required fields, arrays, maps and oneOf, against the bundled spec's schemas."""

from __future__ import annotations

from typing import Any

import pytest

from qlik_catalog.schema_check import MAX_PROBLEMS, component_problems, schema_problems

STORE = {"type": "qix-datafiles", "technicalName": "orders"}


def test_a_body_that_fits_has_no_problems() -> None:
    body = {**STORE, "name": "Orders", "tags": ["a"], "version": None, "properties": {"x": 1}}
    assert component_problems("DataStoreRequest", body) == []


@pytest.mark.parametrize(
    ("field", "nearest"),
    [("nmae", "name"), ("Name", "name"), ("technicalname", "technicalName"), ("tag", "tags")],
)
def test_an_unknown_field_is_named_with_the_nearest_known_one(field: str, nearest: str) -> None:
    problems = component_problems("DataStoreRequest", {**STORE, field: "x"})
    assert problems == [f"{field}: unknown field (did you mean {nearest!r}?)"]


def test_an_unknown_field_with_no_near_name_lists_the_known_ones() -> None:
    [problem] = component_problems("KeyContact", {"userId": "u", "zzz": 1})
    assert problem == "zzz: unknown field (known fields: role, userId)"


def test_nested_problems_say_where_they_are() -> None:
    body = {"schema": {"dataFields": [{"name": "a"}, {"nam": "b"}]}}
    problems = component_problems("DataSetRequest", body, required=False)
    assert problems == ["schema.dataFields[1].nam: unknown field (did you mean 'name'?)"]


def test_types_nulls_and_enums() -> None:
    body = {**STORE, "name": 3, "tags": ["a", True], "spaceId": None}
    assert component_problems("DataStoreRequest", body) == [
        "name: expected string, got integer 3",
        "tags[1]: expected string, got boolean True",
        "spaceId: must not be null",
    ]
    [problem] = component_problems("JsonPatchOperation", {"op": "rename", "path": "/name"})
    assert problem.startswith("op: 'rename' is not one of 'add', ")


def test_a_bool_is_not_a_number_and_a_whole_float_is_an_integer() -> None:
    assert component_problems("DataStoreRequest", {**STORE, "version": True}) == [
        "version: expected integer, got boolean True"
    ]
    assert component_problems("DataStoreRequest", {**STORE, "version": 3.0}) == []
    assert component_problems("DataStoreRequest", {**STORE, "version": 3.5}) == [
        "version: expected integer, got number 3.5"
    ]


def test_required_fields_unless_asked_not_to_and_never_read_only_ones() -> None:
    assert component_problems("DataStoreRequest", {"name": "x"}) == [
        "type: required field missing",
        "technicalName: required field missing",
    ]
    assert component_problems("DataStoreRequest", {"name": "x"}, required=False) == []
    # Server-set fields may be sent back as read.
    assert component_problems("DataStoreRequest", {**STORE, "createdBy": "u1"}) == []


def test_one_of_reports_the_option_of_the_values_own_type() -> None:
    operation = {"op": "replace", "path": "/keyContacts"}
    contacts = [{"userId": "u1"}, "u2"]
    assert component_problems("DataProductPatchOperation", {**operation, "value": contacts}) == []
    assert component_problems(
        "DataProductPatchOperation", {**operation, "value": [{"usrId": "u1"}]}
    ) == [
        "value[0].usrId: unknown field (did you mean 'userId'?)",
        "value[0].userId: required field missing",
    ]
    assert component_problems("DataProductPatchOperation", {**operation, "value": 5}) == [
        "value: expected string or array, got integer 5"
    ]


def test_maps_check_their_values_against_additional_properties() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    }
    assert schema_problems(schema, {"a": ["x"], "b": [1]}) == [
        "b[0]: expected string, got integer 1"
    ]


def test_the_root_and_non_string_keys() -> None:
    assert component_problems("DataStoreRequest", ["not", "an", "object"]) == [
        "(root): expected object, got array ['not', 'an', 'object']"
    ]
    assert component_problems("DataStoreRequest", {**STORE, 1: "x"}) == [
        "(root): field names must be strings, not 1"
    ]


def test_a_value_wrong_everywhere_gives_a_bounded_list() -> None:
    body = {f"field{i}": i for i in range(500)}
    assert len(component_problems("DataStoreRequest", body, required=False)) == MAX_PROBLEMS


def test_an_unknown_schema_name_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        component_problems("NoSuchSchema", {})
