"""JSON Patch: the operations sent as given, malformed ones refused before sending."""

from __future__ import annotations

import json

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError


async def test_patch_204_returns_none_and_sends_the_ops(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204)
    assert (
        await qlik.data_sets.patch("d1", [{"op": "replace", "path": "/name", "value": "x"}]) is None
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == "PATCH"
    assert json.loads(request.content) == [{"op": "replace", "path": "/name", "value": "x"}]


@pytest.mark.parametrize(
    ("ops", "problem"),
    [
        ([], "empty"),
        ([{"op": "frob", "path": "/name"}], "not one of"),
        ([{"op": "replace", "path": "name", "value": 1}], "not a JSON Pointer"),
        ([{"op": "replace", "path": "/a~2b", "value": 1}], "not a JSON Pointer"),
        ([{"op": "add", "path": "/tags/-"}], "has no value"),
        ([{"op": "move", "path": "/a"}], "has no 'from'"),
        ([{"op": "remove", "path": "/a", "extra": 1}], "unknown member"),
    ],
)
async def test_malformed_json_patch_refused(
    qlik: QlikCatalog, ops: list[dict[str, object]], problem: str
) -> None:
    with pytest.raises(QlikValueError, match=problem):
        await qlik.data_sets.patch("d1", ops)
