"""Every generated operation, called through its ``asyncio_detailed`` against pytest-httpx.

Each case says what must go on the wire (method, raw path, query, JSON body) and checks what the
generated code parses out of Qlik's answer. ``test_every_generated_operation_has_a_case`` fails
when a spec gains an operation that has no case here.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
import qlik_catalog_api.api
from pytest_httpx import HTTPXMock
from qlik_catalog_api import models as m
from qlik_catalog_api.client import AuthenticatedClient

from tests.narrow import present
from tests.wire import item_doc, space_doc

BASE = "https://acme.eu.qlikcloud.com"
NO_BODY = object()

ERROR_404 = {
    "errors": [{"code": "DS-404", "title": "Not found", "detail": "no such data set", "status": "404"}],
    "traceId": "trace-404",
}
STORE = {
    "id": "s1",
    "name": "Sales",
    "type": "qix-datafiles",
    "technicalName": "sales",
    "version": 3,
    "tenantId": "t1",
    "createdTime": "2024-05-01T10:00:00Z",
    "lastModifiedTime": "2024-05-02T11:30:00.123Z",
    "properties": {"region": "eu"},
}
ASSET = {
    "id": "a1",
    "appType": "QIX-DF",
    "technicalName": "orders.csv",
    "dataStoreInfo": {"id": "s1", "name": "Sales", "type": "qix-datafiles"},
    "version": 1,
}
DATA_SET = {
    "id": "d1",
    "qri": "qri:qdf:space://x#orders.csv",
    "secureQri": "qri:qdf:space://x#orders.csv",
    "technicalName": "orders.csv",
    "dataAssetInfo": {"id": "a1", "name": "orders", "dataStoreInfo": {"id": "s1"}},
    "schema": {
        "dataFields": [
            {"name": "amount", "dataType": {"type": "DECIMAL", "properties": {"precision": 10, "scale": 2}}},
        ],
        "loadOptions": {"qLabel": "embedded labels"},
    },
    "operational": {"rowCount": 120, "lastLoadTime": "2024-05-03T08:00:00Z"},
}
PAGE_LINKS = {"self": {"href": f"{BASE}/x?page=1"}, "next": {"href": f"{BASE}/x?page=2"}}
PRODUCT = {  # every field the official DataProductResponse always carries, and a few more
    "id": "p1",
    "qri": "qri:dataproduct:t1:p1",
    "name": "Revenue",
    "tags": [],
    "ownerId": "u1",
    "tenantId": "t1",
    "activated": False,
    "activatedOn": [],
    "datasetIds": ["d1"],
    "glossaryIds": [],
    "apiConsumableDatasetIds": [],
    "keyContacts": [{"userId": "u1", "role": "Data Steward"}],
    "quality": {"validity": 0.9, "completeness": 1},
    "trustScore": {"score": 4.2, "applicableDatasets": 1, "dimensions": [{"id": "v", "applicableDatasets": 1}]},
    "createdAt": "2018-03-20T09:12:28Z",
    "createdBy": "u1",
    "updatedAt": "2018-03-20T09:12:28Z",
    "updatedBy": "u1",
}
SPACE = space_doc("sp1", name="Finance", createdAt="2024-01-01T00:00:00Z")
USER = {"id": "u1", "name": "Ada", "email": "ada@example.com", "status": "active", "tenantId": "t1"}
FOLDER_STATS = dict.fromkeys(
    ["aggregateAppScopedFileSize", "aggregateFileSize", "aggregateInternalFileSize", "directAppScopedFileCount",
     "directFileCount", "directFolderCount", "directInternalFileCount", "totalAppScopedFileCount", "totalFileCount",
     "totalFolderCount", "totalInternalFileCount"],
    0,
)
DATA_FILE = {"id": "f1", "name": "orders.csv", "size": 1024, "spaceId": "sp1", "ownerId": "u1", "actions": ["read"],
             "createdDate": "2024-01-01T00:00:00Z", "folderStats": FOLDER_STATS}
DATA_FILES_LINKS = {"self": {"href": f"{BASE}/api/v1/data-files?page=cursor-2"}, "prev": {"href": None},
                    "next": {"href": f"{BASE}/api/v1/data-files?page=cursor-3"}}
DATA_FILE_CONNECTION = {"id": "c1", "name": "DataFiles", "type": "qix-datafiles.exe", "connectStatement": "CONNECT",
                        "spaceId": "sp1"}
ITEM = item_doc("i1", name="orders", resourceId="d1", resourceCreatedAt="")


@dataclass
class WireCase:
    """One call and what it must look like on the wire."""

    id: str
    module: str  # under qlik_catalog_api.api, e.g. "data_stores.get_data_stores"
    method: str
    path: str  # the raw (percent-encoded) path on the wire
    check: Callable[[Any], object]  # assertions on Response.parsed
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    body: Any = NO_BODY
    status: int = 200
    answer: Any = None  # JSON to answer with; a str is sent as text
    answer_headers: dict[str, str] = field(default_factory=dict)


def is_none(parsed: Any) -> None:
    assert parsed is None


def store_check(parsed: Any) -> None:
    assert isinstance(parsed, m.DataStore)
    assert parsed.id == "s1" and parsed.type_ == "qix-datafiles" and parsed.version == 3
    assert parsed.created_time == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert parsed.properties is not None and present(parsed.properties)["region"] == "eu"


def error_check(parsed: Any) -> None:
    assert isinstance(parsed, m.ErrorResponse)
    assert parsed.trace_id == "trace-404"
    assert present(parsed.errors)[0].code == "DS-404" and present(parsed.errors)[0].status == "404"


def patch_ops() -> list[m.JsonPatchOperation]:
    return [
        m.JsonPatchOperation(op="replace", path="/name", value="Orders"),
        m.JsonPatchOperation(op="add", path="/tags/-", value="gold"),
        m.JsonPatchOperation(op="move", path="/description", from_="/technicalDescription"),
        m.JsonPatchOperation(op="remove", path="/properties/old"),
    ]


PATCH_JSON = [
    {"op": "replace", "path": "/name", "value": "Orders"},
    {"op": "add", "path": "/tags/-", "value": "gold"},
    {"op": "move", "path": "/description", "from": "/technicalDescription"},
    {"op": "remove", "path": "/properties/old"},
]

CASES = [
    # --- data stores ------------------------------------------------------------------------
    WireCase(
        "list-data-stores", "data_stores.get_data_stores", "GET", "/api/v1/data-stores",
        kwargs={"limit": 100, "page": 2, "projections": "id,name", "sort": "-createdTime,+name"},
        query=[("limit", "100"), ("page", "2"), ("projections", "id,name"), ("sort", "-createdTime,+name")],
        answer={"data": [STORE], "page": 2, "limit": 100, "pages": 3, "total": 201, "links": PAGE_LINKS},
        check=lambda p: (
            isinstance(p, m.DataStoreList) and p.total == 201 and present(p.data)[0].id == "s1"
            and present(present(present(p.links).next_).href).endswith("page=2")
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "create-data-store", "data_stores.create_data_store", "POST", "/api/v1/data-stores",
        kwargs={"body": m.DataStoreRequest(
            type_="qix-datafiles", technical_name="sales", name="Sales",
            properties=m.DataStoreRequestProperties.from_dict({"region": "eu"}),
        )},
        body={"type": "qix-datafiles", "technicalName": "sales", "name": "Sales", "properties": {"region": "eu"}},
        status=201, answer=STORE, check=store_check,
    ),
    WireCase(
        "delete-data-stores", "data_stores.delete_data_stores", "DELETE", "/api/v1/data-stores",
        kwargs={"body": m.DataStoreIds(ids=["s1", "s2"])}, body={"ids": ["s1", "s2"]},
        status=204, check=is_none,
    ),
    WireCase(
        "get-data-store", "data_stores.get_data_store", "GET", "/api/v1/data-stores/s1",
        args=("s1",), kwargs={"projections": "id,type"}, query=[("projections", "id,type")],
        answer=STORE, check=store_check,
    ),
    WireCase(
        "patch-data-store-200", "data_stores.patch_data_store", "PATCH", "/api/v1/data-stores/s1",
        args=("s1",), kwargs={"body": patch_ops()}, body=PATCH_JSON, answer=STORE, check=store_check,
    ),
    WireCase(
        "patch-data-store-204", "data_stores.patch_data_store", "PATCH", "/api/v1/data-stores/s1",
        args=("s1",), kwargs={"body": patch_ops()[:1]}, body=PATCH_JSON[:1], status=204, check=is_none,
    ),
    WireCase(
        "update-data-store", "data_stores.update_data_store", "PUT", "/api/v1/data-stores/s1",
        args=("s1",), kwargs={"body": m.DataStoreRequest(type_="qix-datafiles", technical_name="sales", version=3)},
        body={"type": "qix-datafiles", "technicalName": "sales", "version": 3},
        answer=STORE, check=store_check,
    ),
    WireCase(
        "list-assets-of-stores-comma-joined", "data_stores.get_data_store_data_assets", "GET",
        "/api/v1/data-stores/s1%2Cs2/data-assets",
        args=("s1,s2",), kwargs={"limit": 50},
        query=[("limit", "50")],
        answer={"data": [ASSET], "total": 1},
        check=lambda p: (p.data[0].data_store_info.id == "s1" and p.total == 1) or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-assets-of-all-stores", "data_stores.delete_data_store_data_assets", "DELETE",
        "/api/v1/data-stores/%2A/data-assets", args=("*",), status=204, check=is_none,
    ),
    WireCase(
        "list-sets-of-stores-and-assets", "data_stores.get_data_store_data_asset_data_sets", "GET",
        "/api/v1/data-stores/s1/data-assets/a1%2Ca2/data-sets",
        args=("s1", "a1,a2"), kwargs={"sort": "-lastModifiedTime", "page": 1},
        query=[("page", "1"), ("sort", "-lastModifiedTime")],
        answer={"data": [DATA_SET], "total": 1},
        check=lambda p: (
            p.data[0].schema.data_fields[0].data_type.type_ == "DECIMAL"
            and p.data[0].schema.data_fields[0].data_type.properties["scale"] == 2
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-sets-of-stores-and-assets", "data_stores.delete_data_store_data_asset_data_sets",
        "DELETE", "/api/v1/data-stores/s1%2Cs2/data-assets/%2A/data-sets",
        args=("s1,s2", "*"), status=204, check=is_none,
    ),
    # --- data assets ------------------------------------------------------------------------
    WireCase(
        "create-data-asset", "data_assets.create_data_asset", "POST", "/api/v1/data-assets",
        kwargs={"body": m.DataAssetRequest(
            app_type="QIX-DF", technical_name="orders.csv", data_store_info=m.DataStoreInfo(id="s1"),
        )},
        body={"appType": "QIX-DF", "technicalName": "orders.csv", "dataStoreInfo": {"id": "s1"}},
        status=201, answer=ASSET,
        check=lambda p: (isinstance(p, m.DataAsset) and p.app_type == "QIX-DF") or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-data-assets", "data_assets.delete_data_assets", "DELETE", "/api/v1/data-assets",
        kwargs={"body": m.DataAssetIds(ids=["a1"])}, body={"ids": ["a1"]}, status=204, check=is_none,
    ),
    WireCase(
        "get-data-asset", "data_assets.get_data_asset", "GET", "/api/v1/data-assets/a1",
        args=("a1",), answer=ASSET,
        check=lambda p: (p.data_store_info.name == "Sales" and p.version == 1) or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-asset-404", "data_assets.get_data_asset", "GET", "/api/v1/data-assets/nope",
        args=("nope",), status=404, answer=ERROR_404, check=error_check,
    ),
    WireCase(
        "patch-data-asset", "data_assets.patch_data_asset", "PATCH", "/api/v1/data-assets/a1",
        args=("a1",), kwargs={"body": patch_ops()}, body=PATCH_JSON, status=204, check=is_none,
    ),
    WireCase(
        "update-data-asset", "data_assets.update_data_asset", "PUT", "/api/v1/data-assets/a1",
        args=("a1",), kwargs={"body": m.DataAssetRequest(app_type="QIX-DF", technical_name="orders.csv", version=1)},
        body={"appType": "QIX-DF", "technicalName": "orders.csv", "version": 1}, answer=ASSET,
        check=lambda p: (p.id == "a1") or pytest.fail(repr(p)),
    ),
    # --- data sets --------------------------------------------------------------------------
    WireCase(
        "create-data-set", "data_sets.create_data_set", "POST", "/api/v1/data-sets",
        kwargs={"body": m.DataSetRequest(
            qri="qri:qdf:space://x#orders.csv", secure_qri="qri:qdf:space://x#orders.csv",
            technical_name="orders.csv",
            data_asset_info=m.DataAssetInfo(id="a1", data_store_info=m.DataStoreInfo(id="s1")),
            schema=m.DataSetSchema(data_fields=[
                m.DataField(name="amount", data_type=m.DataFieldType(type_="DOUBLE"), nullable=True),
            ]),
        )},
        body={
            "qri": "qri:qdf:space://x#orders.csv", "secureQri": "qri:qdf:space://x#orders.csv",
            "technicalName": "orders.csv",
            "dataAssetInfo": {"id": "a1", "dataStoreInfo": {"id": "s1"}},
            "schema": {"dataFields": [{"name": "amount", "dataType": {"type": "DOUBLE"}, "nullable": True}]},
        },
        status=201, answer=DATA_SET,
        check=lambda p: (
            p.operational.row_count == 120 and p.operational.last_load_time.year == 2024
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-data-sets", "data_sets.delete_data_sets", "DELETE", "/api/v1/data-sets",
        kwargs={"body": m.DataSetIds(ids=["d1", "d2"])}, body={"ids": ["d1", "d2"]}, status=204, check=is_none,
    ),
    WireCase(
        "get-data-set-projected", "data_sets.get_data_set", "GET", "/api/v1/data-sets/d1",
        args=("d1",), kwargs={"projections": "id"}, query=[("projections", "id")], answer={"id": "d1"},
        # projections strip fields: the model must parse with nothing but an id.
        check=lambda p: (p.id == "d1" and isinstance(p.qri, type(m.DataSet().qri))) or pytest.fail(repr(p)),
    ),
    WireCase(
        "patch-data-set", "data_sets.patch_data_set", "PATCH", "/api/v1/data-sets/d1",
        args=("d1",), kwargs={"body": patch_ops()[:1]}, body=PATCH_JSON[:1], answer=DATA_SET,
        check=lambda p: (p.data_asset_info.id == "a1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "update-data-set", "data_sets.update_data_set", "PUT", "/api/v1/data-sets/d1",
        args=("d1",), kwargs={"body": m.DataSetRequest(
            qri="q", secure_qri="sq", technical_name="t", data_asset_info=m.DataAssetInfo(id="a1"),
        )},
        body={"qri": "q", "secureQri": "sq", "technicalName": "t", "dataAssetInfo": {"id": "a1"}},
        answer=DATA_SET, check=lambda p: (p.id == "d1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "data-set-profiles-202", "data_sets.get_data_set_profiles", "GET", "/api/v1/data-sets/d1/profiles",
        args=("d1",), kwargs={"data_connection_ids": "c1,c2", "limit": 10},
        query=[("dataConnectionIds", "c1,c2"), ("limit", "10")],
        status=202, answer={"data": [{"meta": {"status": "RUNNING", "dataSetId": "d1"}}]},
        check=lambda p: (p.data[0].meta.status == "RUNNING") or pytest.fail(repr(p)),
    ),
    WireCase(
        "data-set-profiles-200", "data_sets.get_data_set_profiles", "GET", "/api/v1/data-sets/d1/profiles",
        args=("d1",),
        answer={"data": [{
            "meta": {"status": "FINISHED", "resultType": "NORMAL"},
            "samples": [{"name": "t", "fieldNames": ["amount"], "records": [{"values": ["1.5"]}]}],
            "profiles": [{"name": "t", "numberOfRows": 2, "fieldProfiles": [{
                "name": "amount", "average": 1.5, "fractiles": [1, 2],
                "classification": {"pii": False, "tags": [{"tag": "money", "score": 0.8}]},
                "mostFrequentValues": [{"value": "1.5", "frequency": 2}],
                "frequencyDistribution": [{"binEdge": 1, "frequency": 2}],
            }]}],
        }]},
        check=lambda p: (
            p.data[0].profiles[0].field_profiles[0].classification.tags[0].score == 0.8
            and p.data[0].samples[0].records[0].values == ["1.5"]
        ) or pytest.fail(repr(p)),
    ),
    # --- data products ----------------------------------------------------------------------
    WireCase(
        "create-data-product", "data_products.create_data_product", "POST", "/api/data-governance/data-products",
        kwargs={"body": m.DataProductCreate(
            name="Revenue", space_id="sp1", key_contacts=[m.KeyContact(user_id="u1", role="Data Steward")],
        )},
        body={"name": "Revenue", "spaceId": "sp1", "keyContacts": [{"userId": "u1", "role": "Data Steward"}]},
        status=201, answer=PRODUCT,
        check=lambda p: (
            p.trust_score.dimensions[0].id == "v" and p.quality.validity == 0.9 and p.dataset_ids == ["d1"]
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "list-data-products", "data_products.get_data_products", "GET", "/api/data-governance/data-products",
        kwargs={"page": 1, "limit": 100, "sort": "-updatedAt", "space_id": "sp1"},
        query=[("page", "1"), ("limit", "100"), ("sort", "-updatedAt"), ("spaceId", "sp1")],
        answer={"data": [PRODUCT], "total": 1, "links": {"self": {"href": f"{BASE}/p"}}},
        check=lambda p: (p.data[0].key_contacts[0].user_id == "u1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-product", "data_products.get_data_product", "GET", "/api/data-governance/data-products/p1",
        args=("p1",), answer=PRODUCT, check=lambda p: (p.activated is False) or pytest.fail(repr(p)),
    ),
    WireCase(
        "patch-data-product", "data_products.patch_data_product", "PATCH",
        "/api/data-governance/data-products/p1", args=("p1",),
        kwargs={"body": [
            m.DataProductPatchOperation(op="replace", path="/name", value="Revenue v2"),
            m.DataProductPatchOperation(op="replace", path="/datasetIds", value=["d1", "d2"]),
            m.DataProductPatchOperation(op="replace", path="/keyContacts", value=[m.KeyContact(user_id="u2")]),
            m.DataProductPatchOperation(op="replace", path="/readMe", value=None),
        ]},
        body=[
            {"op": "replace", "path": "/name", "value": "Revenue v2"},
            {"op": "replace", "path": "/datasetIds", "value": ["d1", "d2"]},
            {"op": "replace", "path": "/keyContacts", "value": [{"userId": "u2"}]},
            {"op": "replace", "path": "/readMe", "value": None},
        ],
        status=204, check=is_none,
    ),
    WireCase(
        "delete-data-product", "data_products.delete_data_product", "DELETE",
        "/api/data-governance/data-products/p1", args=("p1",), status=204, check=is_none,
    ),
    WireCase(
        "activate-data-product", "data_products.activate_data_product", "POST",
        "/api/data-governance/data-products/p1/actions/activate", args=("p1",),
        kwargs={"body": m.DataProductActivateRequest(name="Revenue", space_id="sp1")},
        body={"name": "Revenue", "spaceId": "sp1"}, status=201, answer={**PRODUCT, "activated": True},
        check=lambda p: (p.activated is True) or pytest.fail(repr(p)),
    ),
    WireCase(
        "compute-data-product-data-quality", "data_products.compute_data_product_datasets_data_quality", "POST",
        "/api/data-governance/data-products/p1/actions/compute-datasets-data-quality", args=("p1",), status=202,
        answer={"batchComputationId": "b1", "datasetResponses": [
            {"computationId": "c1", "datasetId": "d1", "status": "REQUESTED"},
            {"computationId": "c2", "datasetId": "d2", "status": "FAILED", "error": "gone"},
        ]},
        check=lambda p: (
            p.batch_computation_id == "b1" and p.dataset_responses[1].error == "gone"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "deactivate-data-product", "data_products.deactivate_data_product", "POST",
        "/api/data-governance/data-products/p1/actions/deactivate", args=("p1",), status=204, check=is_none,
    ),
    WireCase(
        "export-data-product-documentation", "data_products.export_data_product_documentation", "GET",
        "/api/data-governance/data-products/p1/actions/export-documentation", args=("p1",),
        answer="# Revenue\n\nThe revenue data product.\n", answer_headers={"content-type": "text/markdown"},
        check=lambda p: (p.startswith("# Revenue")) or pytest.fail(repr(p)),
    ),
    WireCase(
        "move-data-product", "data_products.move_data_product", "POST",
        "/api/data-governance/data-products/p1/actions/move", args=("p1",),
        kwargs={"body": m.DataProductMoveRequest(space_id="sp2")}, body={"spaceId": "sp2"},
        status=204, check=is_none,
    ),
    WireCase(
        "data-product-changelogs", "data_products.get_data_product_changelogs", "GET",
        "/api/data-governance/data-products/p1/changelogs", args=("p1",),
        kwargs={"sort": "+createdAt", "limit": 20}, query=[("limit", "20"), ("sort", "+createdAt")],
        answer={"data": [{"id": "c1", "createdAt": "2018-03-20T09:12:28Z", "changes": [
            {"path": "/name", "value": "Revenue", "operator": "replace"},
            {"path": "/keyContacts", "value": [{"userId": "u1"}], "operator": "replace"},
        ]}]},
        check=lambda p: (
            p.data[0].changes[0].value == "Revenue" and p.data[0].changes[1].value == [{"userId": "u1"}]
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "generate-provider-url", "data_products.generate_data_product_provider_url", "POST",
        "/api/data-governance/data-products/actions/generate-provider-url",
        kwargs={"data_set_id": "d1"}, query=[("dataSetId", "d1")],
        answer={"url": "https://provider.example/ui?d=d1"},
        check=lambda p: (p.url.endswith("d=d1")) or pytest.fail(repr(p)),
    ),
    # --- spaces -----------------------------------------------------------------------------
    WireCase(
        "list-spaces", "spaces.get_spaces", "GET", "/api/v1/spaces",
        kwargs={"limit": 10, "type_": "shared", "name": "fin", "next_": "cur2", "environment_name": "prod"},
        query=[("environment.name", "prod"), ("limit", "10"), ("name", "fin"), ("next", "cur2"), ("type", "shared")],
        answer={"data": [SPACE], "links": {"self": {"href": f"{BASE}/api/v1/spaces"}, "next": {"href": f"{BASE}/api/v1/spaces?next=cur3"}}, "meta": {"count": 31}},
        check=lambda p: (p.meta.count == 31 and p.data[0].type_ == "shared") or pytest.fail(repr(p)),
    ),
    WireCase(
        "create-space", "spaces.create_space", "POST", "/api/v1/spaces",
        kwargs={"body": m.SpaceCreate(name="Finance", type_="shared", description="Money")},
        body={"name": "Finance", "type": "shared", "description": "Money"}, status=201, answer=SPACE,
        check=lambda p: (p.id == "sp1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-space", "spaces.get_space", "GET", "/api/v1/spaces/sp1", args=("sp1",), answer=SPACE,
        check=lambda p: (p.created_at.year == 2024) or pytest.fail(repr(p)),
    ),
    WireCase(
        "patch-space", "spaces.patch_space", "PATCH", "/api/v1/spaces/sp1", args=("sp1",),
        kwargs={"body": [m.SpacePatchOperation(op="replace", path="/ownerId", value="u2")]},
        body=[{"op": "replace", "path": "/ownerId", "value": "u2"}], answer={**SPACE, "ownerId": "u2"},
        check=lambda p: (p.owner_id == "u2") or pytest.fail(repr(p)),
    ),
    WireCase(
        "update-space", "spaces.update_space", "PUT", "/api/v1/spaces/sp1", args=("sp1",),
        kwargs={"body": m.SpaceUpdate(name="Finance EU", owner_id="u2")},
        body={"name": "Finance EU", "ownerId": "u2"}, answer={**SPACE, "name": "Finance EU"},
        check=lambda p: (p.name == "Finance EU") or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-space", "spaces.delete_space", "DELETE", "/api/v1/spaces/sp1", args=("sp1",),
        status=204, check=is_none,
    ),
    # --- users ------------------------------------------------------------------------------
    WireCase(
        "list-users", "users.get_users", "GET", "/api/v1/users",
        kwargs={"limit": 5, "sort": "-createdAt", "filter_": 'status eq "active"', "total_results": True},
        query=[("filter", 'status eq "active"'), ("limit", "5"), ("sort", "-createdAt"), ("totalResults", "true")],
        answer={"data": [USER], "totalResults": 1, "links": {"self": {"href": f"{BASE}/api/v1/users"}}},
        check=lambda p: (p.total_results == 1 and p.data[0].email == "ada@example.com") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-my-user", "users.get_my_user", "GET", "/api/v1/users/me", answer=USER,
        check=lambda p: (p.id == "u1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-user", "users.get_user", "GET", "/api/v1/users/u1", args=("u1",),
        kwargs={"fields": "id,name"}, query=[("fields", "id,name")], answer=USER,
        check=lambda p: (p.status == "active") or pytest.fail(repr(p)),
    ),
    # --- apps -------------------------------------------------------------------------------
    WireCase(
        "get-app", "apps.get_app_info", "GET", "/api/v1/apps/app1", args=("app1",),
        answer={"attributes": {"id": "app1", "name": "Sales app", "published": True},
                "privileges": ["read"], "create": [{"resource": "sheet", "canCreate": True}]},
        check=lambda p: (p.attributes.name == "Sales app" and p.create[0].can_create) or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-app", "apps.delete_app", "DELETE", "/api/v1/apps/app1", args=("app1",), check=is_none,
    ),
    # --- reports ----------------------------------------------------------------------------
    WireCase(
        "create-report", "reports.create_report", "POST", "/api/v1/reports",
        kwargs={"body": m.ReportRequest.from_dict({
            "type": "sense-sheet-1.0",
            "output": {"type": "pdf", "outputId": "o1", "pdfOutput": {"size": "A4"}},
            "senseSheetTemplate": {"appId": "app1", "sheet": {"id": "sh1"}},
        })},
        body={"type": "sense-sheet-1.0", "output": {"type": "pdf", "outputId": "o1", "pdfOutput": {"size": "A4"}},
              "senseSheetTemplate": {"appId": "app1", "sheet": {"id": "sh1"}}},
        status=202, answer={"requestId": "r1", "outputsUrl": f"{BASE}/api/v1/reports/r1/outputs"},
        check=lambda p: (p.request_id == "r1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "report-status", "reports.get_report_status", "GET", "/api/v1/reports/r1/status", args=("r1",),
        answer={"status": "done", "results": [{"outputId": "o1", "location": f"{BASE}/x.pdf"}]},
        check=lambda p: (p.status == "done" and p.results[0].output_id == "o1") or pytest.fail(repr(p)),
    ),
    WireCase(
        "report-outputs", "reports.get_report_outputs", "GET", "/api/v1/reports/r1/outputs", args=("r1",),
        kwargs={"limit": 5, "sort": "+sizeBytes"}, query=[("limit", "5"), ("sort", "+sizeBytes")],
        answer={"data": [{"outputId": "o1", "status": "done", "sizeBytes": 2048}], "links": {"self": {"href": None}, "next": {"href": None}, "prev": {"href": None}}},
        check=lambda p: (p.data[0].size_bytes == 2048) or pytest.fail(repr(p)),
    ),
    # --- data files -------------------------------------------------------------------------
    WireCase(
        "list-data-files", "data_files.get_data_files", "GET", "/api/v1/data-files",
        kwargs={"limit": 20, "page": "cursor-2", "connection_id": "c1", "include_folders": False, "sort": "-size"},
        query=[("connectionId", "c1"), ("includeFolders", "false"), ("limit", "20"), ("page", "cursor-2"),
               ("sort", "-size")],
        answer={"data": [DATA_FILE], "links": DATA_FILES_LINKS},
        check=lambda p: (
            p.data[0].size == 1024 and p.data[0].folder_stats.total_file_count == 0 and p.links.prev.href is None
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "list-data-files-connections", "data_files.get_data_files_connections", "GET", "/api/v1/data-files/connections",
        kwargs={"space_id": "sp1", "personal": False, "limit": 5, "sort": "+spaceId"},
        query=[("limit", "5"), ("personal", "false"), ("sort", "+spaceId"), ("spaceId", "sp1")],
        answer={"data": [DATA_FILE_CONNECTION], "links": DATA_FILES_LINKS},
        check=lambda p: (p.data[0].space_id == "sp1" and p.data[0].connect_statement == "CONNECT") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-file-connection", "data_files.get_data_file_connection", "GET", "/api/v1/data-files/connections/c1",
        args=("c1",), answer={**DATA_FILE_CONNECTION, "spaceId": None},
        check=lambda p: (p.id == "c1" and p.space_id is None) or pytest.fail(repr(p)),
    ),
    WireCase(
        "batch-delete-data-files-207", "data_files.delete_data_files", "POST", "/api/v1/data-files/actions/delete",
        kwargs={"body": m.DataFileBatchDeleteRequest(
            delete=[m.BatchDeleteItem(id="f1"), m.BatchDeleteItem(id="f2")],
            delete_all_by_space=[m.BatchDeleteAllBySpaceItem(id="sp1")],
        )},
        body={"delete": [{"id": "f1"}, {"id": "f2"}], "deleteAllBySpace": [{"id": "sp1"}]}, status=207,
        answer={"data": [{"id": "f1", "status": 204, "code": "HTTP-204"},
                         {"id": "f2", "status": 404, "code": "DF-404", "title": "nope"}]},
        check=lambda p: ([i.status for i in p.data] == [204, 404] and p.data[1].code == "DF-404") or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-file", "data_files.get_data_file", "GET", "/api/v1/data-files/f1", args=("f1",),
        answer=DATA_FILE, check=lambda p: (p.name == "orders.csv") or pytest.fail(repr(p)),
    ),
    WireCase(
        "delete-data-file", "data_files.delete_data_file", "DELETE", "/api/v1/data-files/f1", args=("f1",),
        status=204, check=is_none,
    ),
    # --- data qualities (@qlik/api data-governance/data-qualities) ---------------------------
    WireCase(
        "get-data-qualities-batch-computation", "data_qualities.get_data_qualities_batch_computation", "GET",
        "/api/data-governance/data-qualities/batch-computations/b%201", args=("b 1",),
        answer={"batchComputationId": "b 1", "status": "IN_PROGRESS", "computationStatuses": [
            {"computationId": "c1", "datasetId": "d1", "status": "SUCCEEDED"},
            {"computationId": "c2", "datasetId": "d2", "status": "FAILED", "errorCode": "DQ-110"},
        ]},
        check=lambda p: (
            isinstance(p, m.DataQualityBatchComputation) and p.status == "IN_PROGRESS"
            and [s.status for s in p.computation_statuses] == ["SUCCEEDED", "FAILED"]
            and p.computation_statuses[1].error_code == "DQ-110"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "create-data-quality-computation", "data_qualities.create_data_quality_computation", "POST",
        "/api/data-governance/data-qualities/computations",
        kwargs={"body": m.DataQualityComputationRequest.from_dict(
            {"datasetId": "d1", "connectionId": "c1", "executionMode": "PUSHDOWN", "sampleMode": "RELATIVE",
             "sampleSize": 10, "sampleMethod": "RANDOM"},
        )},
        body={"datasetId": "d1", "connectionId": "c1", "executionMode": "PUSHDOWN", "sampleMode": "RELATIVE",
              "sampleSize": 10, "sampleMethod": "RANDOM"},
        status=202, answer={"computationId": "4db06daa"},
        check=lambda p: (
            isinstance(p, m.DataQualityComputationResponse) and p.computation_id == "4db06daa"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "create-data-quality-computation-400", "data_qualities.create_data_quality_computation", "POST",
        "/api/data-governance/data-qualities/computations",
        kwargs={"body": m.DataQualityComputationRequest.from_dict({"datasetId": "d1"})}, body={"datasetId": "d1"},
        status=400, answer={"errors": [{"code": "DQ-100", "title": "Bad request"}], "traceId": "t-dq"},
        check=lambda p: (
            isinstance(p, m.ErrorResponse) and p.trace_id == "t-dq" and present(p.errors)[0].code == "DQ-100"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-quality-computation", "data_qualities.get_data_quality_computation", "GET",
        "/api/data-governance/data-qualities/computations/4db06daa", args=("4db06daa",),
        answer={"status": "PROFILE_REQUESTED"},
        check=lambda p: (
            isinstance(p, m.DataQualityComputationStatus) and p.status == "PROFILE_REQUESTED"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "filter-data-qualities-field-qualities", "data_qualities.filter_data_qualities_field_qualities", "POST",
        "/api/data-governance/data-qualities/field-qualities/actions/filter",
        kwargs={"body": m.FieldQualitiesFilterRequest.from_dict({"datasets": [{"datasetId": "d1"}, {"datasetId": "d2"}]})},
        body={"datasets": [{"datasetId": "d1"}, {"datasetId": "d2"}]},
        answer={"fieldQualities": [{
            "datasetId": "d1", "computed": {"at": "2026-01-02T03:04:05Z", "by": {"id": "u1"}},
            "fields": [{
                "name": "amount",
                "type": {"kind": "STANDARD", "name": "DECIMAL", "precision": "timestamp-millis"},
                "quality": {
                    "aggregated": {"empty": 1, "invalid": 2, "total": 10, "valid": 7},
                    "type": {"empty": 1, "invalid": 0, "total": 10, "valid": 9},
                    "rules": [{"ruleId": "r1", "quality": {"invalid": 2, "notApplicable": 0, "notExecutable": 0,
                                                           "total": 10, "valid": 8, "errors": ["E1"]}}],
                },
            }],
        }]},
        check=lambda p: (
            isinstance(p, m.FieldQualitiesFilterResponse)
            and p.field_qualities[0].dataset_id == "d1"
            and p.field_qualities[0].computed.by.id == "u1"
            and p.field_qualities[0].fields[0].quality.aggregated.invalid == 2
            and present(p.field_qualities[0].fields[0].quality.rules[0].quality).errors == ["E1"]
            and p.field_qualities[0].fields[0].type_.kind == "STANDARD"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-data-quality-global-results", "data_qualities.get_data_quality_global_results", "GET",
        "/api/data-governance/data-qualities/global-results",
        kwargs={"dataset_id": "d1", "connection_id": "c1"}, query=[("connectionId", "c1"), ("datasetId", "d1")],
        answer={"datasetId": "d1", "qualities": [{"connectionId": "c1", "quality": {
            "empty": 1, "invalid": 2, "total": 10, "valid": 7, "updatedAt": "2026-01-02T03:04:05Z"}}]},
        check=lambda p: (
            isinstance(p, m.DatasetQualityGlobalResults) and p.dataset_id == "d1"
            and present(p.qualities[0].quality).valid == 7
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "filter-data-qualities-global-results", "data_qualities.filter_data_qualities_global_results", "POST",
        "/api/data-governance/data-qualities/global-results/actions/filter",
        kwargs={"body": m.DataQualityDatasetListRequest(dataset_ids=["d1", "d2"])}, body={"datasetIds": ["d1", "d2"]},
        answer={"dataQualities": [
            {"datasetId": "d1", "connectionId": "c1", "status": "SUCCEEDED", "quality": {
                "empty": 0, "invalid": 1, "total": 4, "valid": 3, "updatedAt": "2026-01-02T03:04:05Z"}},
            {"datasetId": "d2", "connectionId": "c1", "status": "FAILED",
             "error": {"errorCode": "DQ-300", "reason": "no access"}},
        ]},
        check=lambda p: (
            isinstance(p, m.DataQualityByDataset)
            and present(p.data_qualities[0].quality).invalid == 1
            and present(p.data_qualities[1].error).error_code == "DQ-300"
        ) or pytest.fail(repr(p)),
    ),
    # --- trust scores (@qlik/api data-governance/trust-scores) -------------------------------
    WireCase(
        "filter-datasets-trust-score", "trust_scores.filter_datasets_trust_score", "POST",
        "/api/data-governance/trust-scores/results/data-sets/actions/filter",
        kwargs={"body": m.TrustScoreFilterRequest(dataset_ids=["d1"], recompute_usage=True)},
        body={"datasetIds": ["d1"], "recomputeUsage": True},
        answer={"data": [{"datasetId": "d1", "score": 72.5, "previousScore": 70, "updatedAt": "2026-01-02T03:04:05Z",
                          "axes": [{"id": "VALIDITY", "weight": 50, "score": 90, "enabled": True, "applicable": True,
                                    "metrics": [{"id": "VALIDITY_QUALITY", "weight": 100, "score": 90}]}]}]},
        check=lambda p: (
            isinstance(p, m.TrustScoreResultList) and p.data[0].score == 72.5
            and p.data[0].axes[0].metrics[0].id == "VALIDITY_QUALITY"
        ) or pytest.fail(repr(p)),
    ),
    # --- items ------------------------------------------------------------------------------
    WireCase(
        "list-items-by-type", "items.get_items", "GET", "/api/v1/items",
        kwargs={"resource_type": "dataset,dataproduct", "limit": 100, "sort": "-updatedAt"},
        query=[("limit", "100"), ("resourceType", "dataset,dataproduct"), ("sort", "-updatedAt")],
        answer={"data": [ITEM], "links": {"next": {"href": f"{BASE}/api/v1/items?next=c2"}, "collection": {"href": "x"}}},
        check=lambda p: (
            p.data[0].resource_type == "dataset" and p.data[0].resource_created_at == ""
            and p.links.next_.href.endswith("c2") and p.links.collection.href == "x"
        ) or pytest.fail(repr(p)),
    ),
    WireCase(
        "get-item", "items.get_item", "GET", "/api/v1/items/i1", args=("i1",), answer=ITEM,
        check=lambda p: (p.resource_id == "d1") or pytest.fail(repr(p)),
    ),
]


def generated_operation_modules() -> set[str]:
    root = qlik_catalog_api.api
    found = set()
    for tag in pkgutil.iter_modules(root.__path__):
        package = importlib.import_module(f"{root.__name__}.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found.add(f"{tag.name}.{op.name}")
    return found


def test_every_generated_operation_has_a_case() -> None:
    assert len(generated_operation_modules()) == 62
    assert generated_operation_modules() == {case.module for case in CASES}


def test_case_ids_are_unique() -> None:
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_operation_on_the_wire(case: WireCase, httpx_mock: HTTPXMock) -> None:
    if isinstance(case.answer, str):
        httpx_mock.add_response(status_code=case.status, text=case.answer, headers=case.answer_headers)
    elif case.answer is None:
        httpx_mock.add_response(status_code=case.status)
    else:
        httpx_mock.add_response(status_code=case.status, json=case.answer)
    operation = importlib.import_module(f"qlik_catalog_api.api.{case.module}")

    async with AuthenticatedClient(base_url=BASE, token="test-api-key") as client:
        response = await operation.asyncio_detailed(*case.args, client=client, **case.kwargs)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == case.method
    assert request.url.host == "acme.eu.qlikcloud.com"
    assert request.url.raw_path.decode().split("?")[0] == case.path
    assert sorted(request.url.params.multi_items()) == sorted(case.query)
    assert request.headers["authorization"] == "Bearer test-api-key"
    if case.body is NO_BODY:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.body
    assert response.status_code == case.status
    case.check(response.parsed)
