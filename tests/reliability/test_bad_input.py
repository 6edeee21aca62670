"""Bad input, refused before any request with a message that names the problem. The
``httpx_mock`` fixture is requested with no responses: any request sent fails the test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError, RateLimits, RetryPolicy
from qlik_catalog.batch import unique_ids
from qlik_catalog.patch import validate_patch
from qlik_catalog.sync import parse_catalog
from tests.wire import API_KEY, TENANT

pytestmark = pytest.mark.reliability

Case = Callable[[QlikCatalog], Any]
CASES: list[tuple[str, Case, str]] = [
    ("bad tenant URL", lambda q: QlikCatalog("not a url", api_key="k"), "white space"),
    ("ftp tenant", lambda q: QlikCatalog("ftp://acme.qlikcloud.com", api_key="k"), "https"),
    (
        "http to qlikcloud",
        lambda q: QlikCatalog("http://acme.eu.qlikcloud.com", api_key="k"),
        "Qlik Cloud needs https",
    ),
    ("no credential", lambda q: QlikCatalog(TENANT), "exactly one credential"),
    ("negative timeout", lambda q: QlikCatalog(TENANT, api_key="k", timeout=-1), "timeout"),
    ("zero concurrency", lambda q: QlikCatalog(TENANT, api_key="k", concurrency=0), "concurrency"),
    ("negative retries", lambda q: RetryPolicy(max_retries=-1), "max_retries"),
    ("empty rate-limit window", lambda q: RateLimits(window_seconds=0), "window_seconds"),
    ("empty id list", lambda q: q.data_sets.delete_many([]), "the id list is empty"),
    ("duplicate ids", lambda q: q.data_sets.get_many(["a", "a"]), "appears twice"),
    ("id with a comma", lambda q: q.data_sets.get("a,b"), "comma"),
    ("id with a slash", lambda q: q.data_stores.list_data_assets(["a/b"]), "slash"),
    (
        "too many ids",
        lambda q: q.data_stores.list_data_assets([f"s{i}" for i in range(101)]),
        "101 ids in one request, at most 100",
    ),
    (
        "unknown patch op",
        lambda q: q.data_sets.patch("d", [{"op": "x", "path": "/a"}]),
        "not one of",
    ),
    (
        "bad pointer",
        lambda q: q.data_sets.patch("d", [{"op": "remove", "path": "a"}]),
        "not a JSON Pointer",
    ),
    (
        "missing value",
        lambda q: q.data_sets.patch("d", [{"op": "add", "path": "/a"}]),
        "has no value",
    ),
    (
        "unknown projection",
        lambda q: q.data_sets.get("d", projections=["nope"]),
        "unknown field 'nope' in projections",
    ),
    ("unknown sort key", lambda q: q.data_stores.list(sort="-nope"), "unknown sort key"),
    ("limit out of range", lambda q: q.data_stores.list(limit=0), "out of range"),
    ("negative request timeout", lambda q: q.request("GET", "/x", timeout=-1), "timeout"),
    (
        "data product patch of 9 ops",
        lambda q: q.data_products.patch(
            "p", [{"op": "replace", "path": "/name", "value": "x"}] * 9
        ),
        "at most 8",
    ),
    (
        "data product add op",
        lambda q: q.data_products.patch("p", [{"op": "add", "path": "/tags", "value": []}]),
        "only 'replace'",
    ),
    ("unknown space type", lambda q: q.spaces.create("x", type="personal"), "space type"),
    (
        "request to another host",
        lambda q: q.request("GET", "https://evil.example.com/x"),
        "is not on the tenant",
    ),
    (
        "catalog file dangling reference",
        lambda q: parse_catalog({"dataSets": [{"technicalName": "t", "dataAsset": "nope"}]}),
        "does not define",
    ),
    (
        "catalog file duplicate key",
        lambda q: parse_catalog({"dataStores": [{"technicalName": "a"}, {"technicalName": "a"}]}),
        "twice",
    ),
]


@pytest.mark.parametrize(("name", "case", "problem"), CASES, ids=[c[0] for c in CASES])
async def test_bad_input_is_refused_before_sending(
    httpx_mock: HTTPXMock, name: str, case: Case, problem: str
) -> None:
    async def attempt(qlik: QlikCatalog) -> None:
        result = case(qlik)
        if hasattr(result, "__await__"):
            await result

    async with QlikCatalog(TENANT, api_key=API_KEY) as qlik:
        with pytest.raises(QlikValueError, match=problem):
            await attempt(qlik)
    assert httpx_mock.get_requests() == []


def test_the_table_covers_at_least_fifteen_kinds() -> None:
    assert len(CASES) >= 15


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=5,
)
patch_ops = st.dictionaries(
    st.sampled_from(["op", "path", "value", "from", "extra"]),
    st.sampled_from(["add", "remove", "replace", "move", "copy", "test", "nope"])
    | st.text(alphabet="/~01ab", max_size=6)
    | json_values,
    max_size=5,
)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.lists(patch_ops, max_size=4) | json_values)
def test_any_json_patch_is_accepted_or_refused_with_qlik_value_error(document: Any) -> None:
    try:
        accepted = validate_patch(document)
    except QlikValueError as exc:
        message = str(exc)
        assert message
        return
    # What is accepted is a list of RFC 6902 operations with valid pointers.
    for op in accepted:
        raw = op.to_dict() if hasattr(op, "to_dict") else op
        assert raw["op"] in {"add", "remove", "replace", "move", "copy", "test"}
        assert raw["path"] == "" or raw["path"].startswith("/")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=6) | st.text(max_size=6))
def test_any_id_list_is_accepted_or_refused_with_qlik_value_error(ids: Any) -> None:
    try:
        accepted = unique_ids(ids, what="ids")
    except QlikValueError as exc:
        assert "ids" in str(exc)  # noqa: PT017 - both outcomes are valid here
        return
    assert accepted
    assert len(set(accepted)) == len(accepted)
    assert all(i and "," not in i and "/" not in i and i == i.strip() for i in accepted)
