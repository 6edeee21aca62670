"""``as_body``: a dict body is checked against its request schema before anything is sent."""

from __future__ import annotations

import re
from typing import Any

import pytest
import qlik_catalog_api.models as generated
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.models import DataStoreRequest
from qlik_catalog.resources.base import as_body, schema_name
from qlik_catalog.spec import bundled_spec
from tests.wire import sent

STORE = {"type": "qix-datafiles", "technicalName": "orders"}
DATA_SET = {
    "qri": "qri:qdf:space://s1#orders",
    "secureQri": "qri:qdf:space://s1#c2f",
    "dataAssetInfo": {"id": "a1"},
    "technicalName": "orders.qvd",
    "schema": {
        "dataFields": [
            {"name": "id", "dataType": {"type": "INTEGER"}},
            {"name": "amount", "dataType": {"type": "DOUBLE"}},
        ]
    },
}


def with_second_field(**field: Any) -> dict[str, Any]:
    """DATA_SET with its second data field replaced by ``field``."""
    fields = [DATA_SET["schema"]["dataFields"][0], field]  # type: ignore[index]
    return {**DATA_SET, "schema": {"dataFields": fields}}


def test_every_component_schema_names_its_generated_model() -> None:
    # The map from model class to schema is derived from the class name: hold that true.
    for name in bundled_spec()["components"]["schemas"]:
        model = getattr(generated, name)
        assert schema_name(model) == name


def test_a_class_that_is_not_a_generated_model_has_no_schema() -> None:
    class DataStoreRequest:
        pass

    assert schema_name(DataStoreRequest) is None
    assert schema_name(dict) is None


async def test_a_misspelt_field_is_refused_with_the_nearest_name_and_nothing_is_sent(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(QlikValueError) as caught:
        await qlik.data_stores.create({**STORE, "nmae": "Orders"})
    assert str(caught.value) == (
        "create data store: the body does not fit DataStoreRequest: "
        "nmae: unknown field (did you mean 'name'?)"
    )
    assert httpx_mock.get_requests() == []


async def test_a_misspelt_nested_field_is_refused_with_where_it_is(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    body = with_second_field(nmae="amount", dataType={"type": "DOUBLE"})
    with pytest.raises(QlikValueError) as caught:
        await qlik.data_sets.create(body)
    message = str(caught.value)
    assert message.startswith("create data set: the body does not fit DataSetRequest: ")
    assert "schema.dataFields[1].nmae: unknown field (did you mean 'name'?)" in message
    assert "schema.dataFields[1].name: required field missing" in message
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({**STORE, "name": 3}, "name: expected string, got integer 3"),
        ({**STORE, "tags": ["sales", 3]}, "tags[1]: expected string, got integer 3"),
        ({"type": "qix-datafiles"}, "technicalName: required field missing"),
    ],
)
async def test_wrong_types_and_missing_required_fields_are_refused(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, body: dict[str, Any], problem: str
) -> None:
    with pytest.raises(QlikValueError, match=re.escape(problem)):
        await qlik.data_stores.create(body)
    assert httpx_mock.get_requests() == []


async def test_every_dict_body_is_checked(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(QlikValueError, match=r"descripton: unknown field \(did you mean"):
        await qlik.spaces.replace("s1", {"name": "Sales", "descripton": "x"})
    with pytest.raises(QlikValueError, match=r"keyContacts\[0\]\.userid: unknown field"):
        await qlik.data_products.create({"name": "P", "keyContacts": [{"userid": "u1"}]})
    with pytest.raises(QlikValueError, match=r"outputid: unknown field"):
        await qlik.reports.create(
            {
                "type": "sense-image-1.0",
                "output": {"type": "image", "outputid": "chart"},
                "senseImageTemplate": {"appId": "a1", "visualization": {"id": "v1"}},
            }
        )
    assert httpx_mock.get_requests() == []


async def test_a_correct_dict_is_sent_as_given(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "d1", **DATA_SET})
    created = await qlik.data_sets.create(DATA_SET)
    sent(httpx_mock, "POST", "/api/v1/data-sets", body=DATA_SET)
    assert created.id == "d1"


async def test_read_only_fields_sent_back_are_accepted(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # What a user read and edits: it carries the fields the server sets. (The model writes a
    # time back as isoformat() gives it, hence +00:00.)
    body = {**STORE, "createdTime": "2024-01-01T00:00:00+00:00", "tenantId": "t1"}
    httpx_mock.add_response(json={"id": "s1", **body})
    await qlik.data_stores.replace("s1", body)
    sent(httpx_mock, "PUT", "/api/v1/data-stores/s1", body=body)


async def test_a_model_body_is_sent_without_a_second_check(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    model = DataStoreRequest(type_="qix-datafiles", technical_name="orders", name="Orders")
    httpx_mock.add_response(status_code=201, json={"id": "s1", **model.to_dict()})
    await qlik.data_stores.create(model)
    sent(httpx_mock, "POST", "/api/v1/data-stores", body={**STORE, "name": "Orders"})


def test_as_body_returns_the_model_of_a_correct_dict() -> None:
    model = as_body({**STORE, "tags": ["sales"]}, DataStoreRequest, what="probe")
    assert isinstance(model, DataStoreRequest)
    assert (model.technical_name, model.tags, model.additional_properties) == (
        "orders",
        ["sales"],
        {},
    )


def test_as_body_refuses_what_is_neither_model_nor_dict() -> None:
    with pytest.raises(QlikValueError, match="expected a DataStoreRequest or a dict, got list"):
        as_body([STORE], DataStoreRequest, what="probe")
