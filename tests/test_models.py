"""``qlik_catalog.models``: the generated models and ``UNSET`` from one place, ``UNSET`` that
prints as itself, and ``to_plain``."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import qlik_catalog_api.models as generated
from pytest_httpx import HTTPXMock

import qlik_catalog.models as models
from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.models import (
    UNSET,
    DataField,
    DataFieldType,
    DataSet,
    DataSetSchema,
    DataStore,
    DataStoreRequest,
    JsonPatchOperation,
    Unset,
    to_plain,
)

RESOURCES = Path(models.__file__).parent / "resources"
# Models the resources use inside, never handed to or from a user: pages (a user gets a Page or
# Pager), the bodies the layer builds from plain arguments, sort-key Literals.
INTERNAL = {
    "BatchDeleteItem",
    "DataQualityComputationRequest",  # compute() takes keyword arguments
    "DataQualityDatasetListRequest",  # the filters take lists of ids
    "FieldQualitiesFilterRequest",
    "FieldQualitiesRequestDataset",
    "TrustScoreFilterRequest",
    "DataAssetIds",
    "DataFileBatchDeleteRequest",
    "DataFiles",
    "DataProductActivateRequest",
    "DataProductList",
    "DataProductMoveRequest",
    "DataSetIds",
    "DataStoreIds",
    "GetDataFilesConnectionsSort",
    "GetDataFilesSort",
    "GetItemsSort",
    "GetUsersSort",
    "Items",
    "SpaceCreateType",
    "SpacePatchOperationPath",
    "SpacePatchOperation",
}


def test_unset_prints_as_unset_and_is_falsy() -> None:
    assert repr(UNSET) == "UNSET"
    assert str(UNSET) == "UNSET"
    assert f"{UNSET}" == "UNSET"
    assert bool(UNSET) is False
    assert not UNSET


def test_unset_is_one_object_through_copy_and_pickle() -> None:
    assert Unset() is UNSET
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_a_copied_model_still_leaves_its_unset_fields_out() -> None:
    # to_dict() tests `value is not UNSET`: a second Unset object would be sent as a field.
    store = DataStore.from_dict({"id": "s1"})
    assert copy.deepcopy(store).to_dict() == {"id": "s1"}
    assert pickle.loads(pickle.dumps(store)).to_dict() == {"id": "s1"}


async def test_a_field_a_projection_left_out_prints_as_unset(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [{"id": "s1"}]})
    page = await qlik.data_stores.list(projections=["id"])
    store = page.items[0]
    assert store.name is UNSET
    assert f"{store.id}: {store.name}" == "s1: UNSET"
    assert "name=UNSET" in repr(store)


def test_the_models_and_unset_are_the_generated_ones() -> None:
    from qlik_catalog_api.types import UNSET as GENERATED_UNSET

    assert UNSET is GENERATED_UNSET
    for name in models.__all__:
        if name not in ("UNSET", "Unset", "to_plain"):
            assert getattr(models, name) is getattr(generated, name), name


def test_all_is_sorted_and_every_name_is_documented() -> None:
    assert models.__all__ == sorted(set(models.__all__), key=lambda n: (not n.isupper(), n))
    namespace: dict[str, object] = {}
    exec("from qlik_catalog.models import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(models.__all__)
    undocumented = {n for n in models.__all__ if n != "UNSET" and not getattr(models, n).__doc__}
    # A generated class's docstring is its schema's description; openapi/reports.yaml gives
    # ReportRequest none (yet).
    assert undocumented <= {"ReportRequest"}


def models_the_resources_import() -> set[str]:
    """The generated model names the resource modules import (read from their source)."""
    names: set[str] = set()
    for path in RESOURCES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "qlik_catalog_api.models"
            ):
                names |= {alias.name for alias in node.names}
    return {name for name in names if name in generated.__all__}


def test_every_model_a_resource_takes_or_returns_is_exported() -> None:
    # A new resource's models show up here: export them, or say above why they are internal.
    assert models_the_resources_import() - INTERNAL - set(models.__all__) == set()
    assert INTERNAL & set(models.__all__) == set()


def test_import_qlik_catalog_does_not_load_the_models_but_qlik_catalog_models_does() -> None:
    code = (
        "import sys, qlik_catalog\n"
        "print('qlik_catalog_api.models' in sys.modules)\n"
        "from qlik_catalog.models import DataSet, UNSET\n"
        "print('qlik_catalog_api.models' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.split() == ["False", "True"]


def data_set() -> DataSet:
    return DataSet(
        id="d1",
        qri="qri:qdf:space://s1#orders",
        secure_qri="qri:qdf:space://s1#c2f",
        technical_name="orders.qvd",
        version=2,
        tenant_id="t1",
        created_time=dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC),
        schema=DataSetSchema(
            data_fields=[
                DataField(name="id", data_type=DataFieldType(type_="INTEGER")),
                DataField(name="amount", data_type=DataFieldType(type_="DOUBLE"), alias=None),
            ]
        ),
    )


PLAIN_DATA_SET = {
    "id": "d1",
    "qri": "qri:qdf:space://s1#orders",
    "secureQri": "qri:qdf:space://s1#c2f",
    "technicalName": "orders.qvd",
    "version": 2,
    "tenantId": "t1",
    "createdTime": "2024-05-01T12:30:00+00:00",
    "schema": {
        "dataFields": [
            {"name": "id", "dataType": {"type": "INTEGER"}},
            # None is a JSON null the caller set, not a field left out.
            {"name": "amount", "dataType": {"type": "DOUBLE"}, "alias": None},
        ]
    },
}


def test_to_plain_gives_the_api_json_of_a_nested_model_without_unset_fields() -> None:
    plain = to_plain(data_set())
    assert plain == PLAIN_DATA_SET
    assert json.loads(json.dumps(plain)) == PLAIN_DATA_SET


def test_to_plain_takes_lists_and_dicts_of_models() -> None:
    stores = [DataStore.from_dict({"id": "s1", "name": "Sales"}), DataStore.from_dict({"id": "s2"})]
    assert to_plain({"stores": stores, "sets": (data_set(),)}) == {
        "stores": [{"id": "s1", "name": "Sales"}, {"id": "s2"}],
        "sets": [PLAIN_DATA_SET],
    }


def test_to_plain_converts_what_untyped_fields_hold() -> None:
    op = JsonPatchOperation(
        op="replace", path="/schema", value={"when": dt.date(2024, 5, 1), "schema": data_set()}
    )
    assert to_plain(op) == {
        "op": "replace",
        "path": "/schema",
        "value": {"when": "2024-05-01", "schema": PLAIN_DATA_SET},
    }


def test_to_plain_leaves_unset_out_of_dicts_and_keeps_list_positions() -> None:
    assert to_plain({"a": UNSET, "b": None, "c": [UNSET, 1]}) == {"b": None, "c": [None, 1]}
    assert to_plain(UNSET) is None


def test_to_plain_refuses_what_has_no_json_form() -> None:
    with pytest.raises(QlikValueError, match="a set has no JSON form"):
        to_plain({"tags": {"a"}})
    with pytest.raises(QlikValueError, match="a type has no JSON form"):
        to_plain(DataStoreRequest)
