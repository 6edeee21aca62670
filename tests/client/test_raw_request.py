"""``qlik.request``: the connector's Raw Request, with every one of its options."""

from __future__ import annotations

import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    ConflictError,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
    RetryPolicy,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.errors import error_for_response
from tests.wire import API, API_KEY, TENANT, sent


async def test_path_relative_to_the_api_root(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "u1"})
    response = await qlik.request("GET", "/users/me")
    sent(httpx_mock, "GET", "/api/v1/users/me")
    assert response.status_code == 200
    assert response.json() == {"id": "u1"}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("users/me", "/api/v1/users/me"),
        ("/api/v1/users/me", "/api/v1/users/me"),
        ("/api/data-governance/data-products", "/api/data-governance/data-products"),
        (f"{TENANT}/api/v1/spaces", "/api/v1/spaces"),
    ],
)
async def test_path_forms(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, path: str, expected: str
) -> None:
    httpx_mock.add_response(json={})
    await qlik.request("GET", path)
    sent(httpx_mock, "GET", expected)


async def test_absolute_url_on_another_host_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="is not on the tenant"):
        await qlik.request("GET", "https://evil.example.com/api/v1/users")


async def test_json_body_query_and_headers(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "sp9"})
    created = await qlik.request(
        "post",
        "/spaces",
        json={"name": "X", "type": "shared"},
        params={"dryRun": "false"},
        headers={"X-Request-Source": "sync"},
        response_type="json",
    )
    request = sent(
        httpx_mock,
        "POST",
        "/api/v1/spaces",
        params={"dryRun": "false"},
        body={"name": "X", "type": "shared"},
    )
    assert request.headers["x-request-source"] == "sync"
    assert created == {"id": "sp9"}


async def test_response_as_text_and_bytes(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(text="# doc")
    httpx_mock.add_response(content=b"\x89PNG\x00")
    assert await qlik.request("GET", "/a", response_type="text") == "# doc"
    assert await qlik.request("GET", "/b", response_type="binary") == b"\x89PNG\x00"


async def test_empty_json_answer_is_none(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.request("DELETE", "/spaces/sp1", response_type="json") is None


async def test_json_expected_but_not_sent_is_a_typed_error(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(text="<html>")
    with pytest.raises(QlikResponseError, match="not JSON"):
        await qlik.request("GET", "/users/me", response_type="json")


async def test_raw_content_body(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    await qlik.request("PUT", "/x", content=b"a,b\n", headers={"content-type": "text/csv"})
    request = httpx_mock.get_request()
    assert request is not None
    assert request.content == b"a,b\n"
    assert request.headers["content-type"] == "text/csv"


async def test_form_data_is_url_encoded(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    await qlik.request("POST", "/forms", data={"a": "1", "b": "two words"})
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"a=1&b=two+words"


async def test_multipart_upload_with_file_names(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "f1"})
    await qlik.request(
        "POST",
        "/data-files",
        data={"Json": '{"name": "orders.csv"}'},
        files={"File": b"id,total\n1,9\n"},
        file_names={"File": "orders.csv"},
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/api/v1/data-files"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'name="Json"\r\n\r\n{"name": "orders.csv"}' in body
    assert b'name="File"; filename="orders.csv"' in body
    assert b"id,total\n1,9\n" in body


async def test_file_names_must_match_files(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="file_names has keys with no file in files: Other"):
        await qlik.request("POST", "/x", files={"File": b"x"}, file_names={"Other": "a.txt"})


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"json": {}, "content": b"x"}, "give one request body"),
        ({"json": {}, "data": {"a": "b"}}, "give one request body"),
        ({"response_type": "xml"}, "response_type 'xml' is not one of"),
        ({"timeout": 0}, "timeout must be > 0"),
    ],
)
async def test_bad_options_are_refused(
    qlik: QlikCatalog, kwargs: dict[str, object], problem: str
) -> None:
    with pytest.raises(QlikValueError, match=problem):
        await qlik.request("POST", "/x", **kwargs)  # type: ignore[call-overload]


async def test_bad_method_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="HTTP method 'GE T' is not valid"):
        await qlik.request("GE T", "/x")


async def test_per_call_retries_with_a_fixed_delay_on_all_errors(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    # A 409 on a POST is final by default; the connector's "retry on all errors" retries it.
    httpx_mock.add_response(status_code=409, json={"errors": [{"code": "C"}]})
    httpx_mock.add_response(status_code=409, json={"errors": [{"code": "C"}]})
    httpx_mock.add_response(status_code=201, json={"ok": True})
    policy = RetryPolicy(
        max_retries=3, backoff_base=0.25, exponential=False, jitter=False, retry_on_all_errors=True
    )
    answer = await qlik.request("POST", "/x", json={}, retry=policy, response_type="json")
    assert answer == {"ok": True}
    assert clock.sleeps == [0.25, 0.25]


async def test_per_call_no_retries(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=409, json={"errors": [{"code": "C"}], "traceId": "t"})
    with pytest.raises(ConflictError):
        await qlik.request("POST", "/x", json={}, retry=RetryPolicy(max_retries=0))
    assert len(httpx_mock.get_requests()) == 1


async def test_per_call_exponential_backoff(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={})
    policy = RetryPolicy(max_retries=3, backoff_base=1, jitter=False)
    await qlik.request("GET", "/x", retry=policy)
    assert clock.sleeps == [1, 2, 4]


async def test_per_call_timeout_reaches_the_request(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={})
    await qlik.request("GET", "/x", timeout=2.5)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


async def test_debug_logs_the_request_with_secrets_masked(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={"ok": True})
    caplog.set_level(logging.INFO, logger="qlik_catalog")
    await qlik.request(
        "POST",
        "/x",
        json={"name": "n", "password": "hunter2", "nested": {"apiKey": "k-123"}},
        params={"access_token": "tok-456", "page": "2"},
        headers={"Authorization": "Bearer other-789", "X-Trace": "t"},
        debug=True,
    )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert f"raw request: POST {API}/x?access_token=%5BREDACTED%5D&page=2" in text
    assert '"name": "n"' in text
    assert "X-Trace" in text
    assert "raw answer: 200 OK" in text
    for secret in ("hunter2", "k-123", "tok-456", "other-789", API_KEY):
        assert secret not in text


async def test_without_debug_nothing_is_logged_at_info(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json={})
    caplog.set_level(logging.INFO, logger="qlik_catalog")
    await qlik.request("GET", "/x")
    assert not [r for r in caplog.records if "raw request" in r.getMessage()]


def test_errors_keep_the_response_for_headers() -> None:
    # Typed errors carry headers too, so a raw call that fails still shows them.
    response = httpx.Response(
        404, headers={"x-trace-id": "tr-5"}, request=httpx.Request("GET", f"{API}/x")
    )
    error = error_for_response(response)
    assert error.trace_id == "tr-5"
    assert error.headers is not None
    assert error.headers["x-trace-id"] == "tr-5"
