"""The specs against Qlik's docs: every operation, tier, status code and field the docs name."""

from __future__ import annotations

import pytest

from tests.openapi.docs_reader import DocOperation, all_doc_operations, method_path_lines_in_docs
from tests.openapi.spec_tools import bundled, operation_names, operations, resolve

DOC_OPS = all_doc_operations()
SPEC_OPS = {(method, path): (op, item) for method, path, op, item in operations()}

# Status codes the specs add to what a doc lists, each for a stated reason (see the YAML comments):
# 429 everywhere (every Qlik API answers it), 400/401 where the connector reference leaves them
# out, 403/404 for apps (the reference lists no errors at all for them).
ADDED_STATUSES = {400, 401, 403, 404, 429}
# Statuses of one operation that the docs leave out and Qlik's official types give (each with a
# comment in its spec).
ADDED_FOR_OPERATION = {("POST", "/api/data-governance/data-products"): {422}}
# Field names the docs mention that the specs deliberately do not declare.
UNDECLARED_FIELDS = {
    # tableConnectionInfo.additionalProperties: would shadow the generated model's own
    # `additional_properties`; such keys are kept in that map (data-sets.yaml).
    "additionalProperties",
}


def doc_id(op: DocOperation) -> str:
    return f"{op.method} {op.path}"


def test_docs_name_every_operation_once_per_reader() -> None:
    keys = [op.key for op in DOC_OPS]
    assert len(keys) == len(set(keys)), "a doc operation was read twice"
    assert len(DOC_OPS) == 52


@pytest.mark.parametrize(
    ("doc", "method", "path"), list(method_path_lines_in_docs()), ids=lambda v: str(v)
)
def test_every_method_path_line_of_the_docs_is_in_the_specs(
    doc: str, method: str, path: str
) -> None:
    assert (method, path) in SPEC_OPS, f"{doc} names {method} {path}, which no spec defines"


def test_specs_define_no_operation_the_docs_do_not_name() -> None:
    # Operations the docs leave out but Qlik's official client has carry
    # `x-qlik-source: "@qlik/api"` (`make spec-drift` shows they are in its types). That is
    # every operation of data-qualities.yaml and trust-scores.yaml: the docs in docs/qlik-api/
    # do not cover those APIs, their specs are built from the official types alone.
    documented = {op.key for op in DOC_OPS}
    official = {key for key, (op, _) in SPEC_OPS.items() if op.get("x-qlik-source") == "@qlik/api"}
    assert set(SPEC_OPS) - documented - official == set()
    assert official & documented == set(), "documented operations need no x-qlik-source"


@pytest.mark.parametrize("doc_op", DOC_OPS, ids=doc_id)
def test_tier_matches_the_docs(doc_op: DocOperation) -> None:
    op, _ = SPEC_OPS[doc_op.key]
    # No tier in the doc: Qlik's rule, GETs Tier 1 and writes Tier 2.
    rule = 1 if doc_op.method == "GET" else 2
    expected = rule if doc_op.tier is None else doc_op.tier
    assert op["x-qlik-tier"] == expected
    if expected == "special":
        assert op["x-qlik-rate-per-minute"] == doc_op.rate_per_minute


@pytest.mark.parametrize("doc_op", [op for op in DOC_OPS if op.statuses], ids=doc_id)
def test_every_documented_status_code_is_in_the_spec(doc_op: DocOperation) -> None:
    op, _ = SPEC_OPS[doc_op.key]
    declared = {int(code) for code in op["responses"]}
    assert doc_op.statuses <= declared, f"missing {sorted(doc_op.statuses - declared)}"
    extra = declared - doc_op.statuses - ADDED_STATUSES - ADDED_FOR_OPERATION.get(doc_op.key, set())
    assert extra == set(), f"status codes not in the docs: {sorted(extra)}"


@pytest.mark.parametrize("doc_op", [op for op in DOC_OPS if op.fields], ids=doc_id)
def test_every_field_the_docs_name_is_in_the_spec(doc_op: DocOperation) -> None:
    op, item = SPEC_OPS[doc_op.key]
    missing = doc_op.fields - operation_names(op, item) - UNDECLARED_FIELDS
    assert missing == set()


def test_no_204_declares_a_body_and_no_default_response() -> None:
    for method, path, op, _ in operations():
        assert "default" not in op["responses"], f"{method} {path}"
        if "204" in op["responses"]:
            assert "content" not in resolve(op["responses"]["204"]), f"{method} {path}"


def test_no_query_parameter_has_a_default() -> None:
    # A default becomes a Python default in the generated code and is then always sent.
    for method, path, op, item in operations():
        for param in [*item.get("parameters", []), *op.get("parameters", [])]:
            assert "default" not in resolve(param).get("schema", {}), f"{method} {path}"


# Required fields of request schemas, as the docs mark them (table-driven).
REQUIRED = {
    "DataStoreRequest": {"type", "technicalName"},
    "DataAssetRequest": {"appType", "technicalName"},
    "DataStoreInfo": {"id"},
    "DataSetRequest": {"qri", "secureQri", "dataAssetInfo", "technicalName"},
    "DataAssetInfo": {"id"},
    "DataSetSchema": {"dataFields"},
    "DataField": {"name", "dataType"},
    "DataFieldType": {"type"},
    "JsonPatchOperation": {"op", "path"},
    "DataProductCreate": {"name"},
    "KeyContact": {"userId"},
    "DataProductPatchOperation": {"op", "path"},
    "DataProductActivateRequest": {"name"},
    "DataProductMoveRequest": {"spaceId"},
    "SpaceCreate": {"name", "type"},
    "SpacePatchOperation": {"op", "path", "value"},
    "DataFileBatchDeleteRequest": {"delete"},
    "BatchDeleteItem": {"id"},
    "ReportRequest": {"type", "output"},
}


@pytest.mark.parametrize(("schema", "required"), sorted(REQUIRED.items()))
def test_required_request_fields_are_required(schema: str, required: set[str]) -> None:
    declared = bundled()["components"]["schemas"][schema]
    assert required <= set(declared.get("required", []))
    assert required <= set(declared["properties"])


def test_projected_answer_schemas_require_nothing_at_the_top() -> None:
    # `projections` (users: `fields`) strips fields: a required key missing from such an answer
    # would fail parsing. Other answers require what Qlik's official types always carry.
    for name in ("DataStore", "DataAsset", "DataSet", "User"):
        assert "required" not in bundled()["components"]["schemas"][name], name
    for name, fields in (("Space", ["id", "links", "name", "tenantId"]), ("Item", ["actions"])):
        assert set(fields) <= set(bundled()["components"]["schemas"][name]["required"]), name


def test_required_query_parameter_of_generate_provider_url() -> None:
    op, _ = SPEC_OPS[("POST", "/api/data-governance/data-products/actions/generate-provider-url")]
    (param,) = op["parameters"]
    assert param["name"] == "dataSetId"
    assert param["required"] is True


def test_data_product_patch_allows_replace_only_and_eight_operations() -> None:
    op, _ = SPEC_OPS[("PATCH", "/api/data-governance/data-products/{dataProductId}")]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["maxItems"] == 8
    operation = resolve(body["items"])
    assert operation["properties"]["op"]["enum"] == ["replace"]
    assert "/keyContacts" in operation["properties"]["path"]["enum"]
