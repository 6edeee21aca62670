"""Hostile and broken answers: whatever a server sends back (wrong types, missing keys, deep
nesting, odd links, huge numbers, non-JSON, JSON that is not an object, redirects with a body),
the client's typed calls and the catalog export end in a value of the right type or in a
``QlikError`` subclass; never a raw ValueError, TypeError, KeyError, AttributeError,
RecursionError or sqlite3 error. A redirect's body is never taken as the answer."""

from __future__ import annotations

import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qlik_catalog import (
    QlikCatalog,
    QlikError,
    QlikResponseError,
    QlikStatusError,
    RetryPolicy,
)
from qlik_catalog._base_client import refuse_redirect
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.models import DataProduct, DataStore, Space
from qlik_catalog.pagination import Page
from tests.wire import API, API_KEY, TENANT

pytestmark = pytest.mark.reliability

# Fixed example counts keep the run short (a few seconds each) and the same on every run.
CLIENT_EXAMPLES = 300
EXPORT_EXAMPLES = 40


def examples(count: int) -> settings:
    """Hypothesis settings for ``count`` examples, derandomized (the same run every time)."""
    return settings(
        max_examples=count,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@dataclass(frozen=True)
class Answer:
    """One answer a hostile server gives."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    def response(self) -> httpx.Response:
        headers = [("content-type", "application/json"), *self.headers]
        return httpx.Response(self.status, headers=headers, content=self.body)


# --- what a hostile server answers ----------------------------------------------------------

KEYS = ["id", "name", "type", "data", "links", "next", "self", "href", "total", "pages"]
KEYS += ["createdAt", "updatedAt", "tags", "tenantId", "errors", "traceId", "x"]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["2024-01-01T00:00:00Z", "not a date", "99999-99-99", "", "\x00"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner),
    max_leaves=12,
)
ODD_HREFS = [
    "https://evil.example/api/v1/data-stores?page=2",
    "http://acme.eu.qlikcloud.com/api/v1/data-stores?page=2",
    "//evil.example/x",
    "javascript:alert(1)",
    "/api/v1/data-stores?page=2",
    f"{API}/data-stores?page=2",
    "?page=2",
    "",
    "\x00",
]
STORE = {"id": "s1", "name": "store", "type": "t", "createdAt": "2024-01-01T00:00:00Z"}
PRODUCT = {
    "id": "p1",
    "qri": "qri:p1",
    "name": "product",
    "tags": [],
    "ownerId": "u1",
    "tenantId": "t1",
    "createdAt": "2024-01-01T00:00:00Z",
    "createdBy": "u1",
    "updatedAt": "2024-01-01T00:00:00Z",
    "updatedBy": "u1",
}


def mutated(doc: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """``doc`` with some keys given arbitrary values and some removed."""
    changes = st.dictionaries(st.sampled_from([*doc, "links", "x"]), json_values, max_size=3)
    removed = st.sets(st.sampled_from(list(doc)), max_size=3)
    return st.builds(
        lambda c, r: {k: v for k, v in {**doc, **c}.items() if k not in r}, changes, removed
    )


objects = st.one_of(mutated(STORE), mutated(PRODUCT), st.just(STORE), st.just(PRODUCT))
pages_json = st.fixed_dictionaries(
    {
        "data": st.lists(objects, max_size=3) | json_values,
        "links": st.fixed_dictionaries(
            {"next": st.fixed_dictionaries({"href": st.sampled_from(ODD_HREFS) | json_values})}
        )
        | json_values,
    },
    optional={
        "total": json_values | st.sampled_from([10**30, -1, 1.5, "7"]),
        # Small counts: a billion pages is another test's subject (the page-count bound).
        "pages": st.integers(min_value=-2, max_value=3) | json_values,
    },
)


def nested(depth: int, kind: str) -> bytes:
    """JSON nested ``depth`` levels deep, as arrays, or as objects inside a page's data."""
    if kind == "array":
        return b"[" * depth + b"]" * depth
    return b'{"data": [' + b'{"x": ' * depth + b"1" + b"}" * depth + b"]}"


json_bodies = st.one_of(
    objects, pages_json, json_values, st.lists(objects, max_size=2), st.just(None)
).map(lambda value: json.dumps(value).encode())
odd_bodies = st.one_of(
    st.builds(nested, st.sampled_from([30, 3000, 100_000]), st.sampled_from(["array", "obj"])),
    st.sampled_from(
        [
            b'{"id": "s1", "total": 1' + b"0" * 5000 + b"}",  # past int()'s digit limit
            b'{"id": "s1", "total": 1e999}',
            b'{"data": [], "total": -1e400, "pages": 1e308}',
            b"<html>Moved</html>",
            b'{"data": [{"id',
            b"\xff\xfe{}",
            b"",
            b"NaN",
        ]
    ),
    st.binary(max_size=16),
)
statuses = st.sampled_from([200, 200, 200, 201, 201, 202, 204, 206])
redirects = st.sampled_from([301, 302, 303, 307, 308])
answers = st.builds(
    Answer,
    statuses | redirects | st.sampled_from([400, 404, 409, 500]),
    json_bodies | odd_bodies,
    st.sampled_from(
        [
            (),
            (("location", "https://evil.example/steal?token=abc"),),
            (("location", "/api/v1/data-stores/s2"),),
            (("location", "http://[evil"),),  # not a URL: urlsplit raises on it
            (("location", "https://[::1/x"),),  # httpx itself cannot parse it
            (("x-trace-id", "trace-1"),),
        ]
    )
    # Any Location at all (header values are printable ASCII on the wire).
    | st.tuples(
        st.tuples(st.just("location"), st.text(st.characters(min_codepoint=32, max_codepoint=126)))
    ),
)

# --- the typed calls ------------------------------------------------------------------------

Call = Callable[[QlikCatalog], Awaitable[Any]]


async def list_all(pager: Any) -> list[Any]:
    return [item async for item in pager]


async def first_page(pager: Any) -> Any:
    return await pager


CALLS: dict[str, tuple[Call, type[Any]]] = {
    "data_stores.get": (lambda q: q.data_stores.get("s1"), DataStore),
    "data_stores.create": (
        lambda q: q.data_stores.create({"type": "t", "technicalName": "n"}),
        DataStore,
    ),
    "data_stores.delete": (lambda q: q.data_stores.delete("s1"), type(None)),
    "data_stores.list": (lambda q: list_all(q.data_stores.list()), list),
    "data_stores.list first page": (lambda q: first_page(q.data_stores.list()), Page),
    "data_stores.list_data_assets": (
        lambda q: list_all(q.data_stores.list_data_assets("s1")),
        list,
    ),
    "spaces.list": (lambda q: list_all(q.spaces.list()), list),
    "spaces.get": (lambda q: q.spaces.get("sp1"), Space),
    "data_products.get": (lambda q: q.data_products.get("p1"), DataProduct),
    "data_products.list": (lambda q: list_all(q.data_products.list()), list),
}


def hostile_client(answer: Answer, *, validate: bool = False) -> QlikCatalog:
    """A client whose every request gets ``answer`` (no retries: one answer is the point)."""
    return QlikCatalog(
        TENANT,
        api_key=API_KEY,
        transport=httpx.MockTransport(lambda request: answer.response()),
        clock=FakeClock(),
        retry=RetryPolicy(max_retries=0, jitter=False),
        validate_responses=validate,
    )


async def outcome(call: Call, answer: Answer, *, validate: bool = False) -> Any:
    """What ``call`` returns against ``answer``, or the QlikError it raises; any other
    exception fails the test (it propagates)."""
    async with hostile_client(answer, validate=validate) as qlik:
        try:
            return await call(qlik)
        except QlikError as exc:
            return exc


def check(name: str, answer: Answer, result: Any) -> None:
    """A value of the call's type, or a QlikError; never a redirect's body as the answer."""
    expected = CALLS[name][1]
    if isinstance(result, QlikError):
        if 300 <= answer.status < 400:
            assert isinstance(result, QlikResponseError), result
        return
    assert not 300 <= answer.status < 400, f"{name} returned a {answer.status}'s body: {result!r}"
    assert isinstance(result, expected), (name, result)


@examples(CLIENT_EXAMPLES)
@given(st.sampled_from(sorted(CALLS)), answers, st.booleans())
def test_typed_calls_raise_only_qlik_errors(name: str, answer: Answer, validate: bool) -> None:
    result = anyio.run(lambda: outcome(CALLS[name][0], answer, validate=validate))
    check(name, answer, result)


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize(
    "body",
    [
        nested(100_000, "array"),
        nested(100_000, "obj"),
        b'{"data": [], "links": {"next": {"href": 5}}}',
    ],
    ids=["deep array", "deep object", "href a number"],
)
@pytest.mark.parametrize("validate", [False, True], ids=["tolerant", "validating"])
async def test_the_escapes_found(name: str, body: bytes, validate: bool) -> None:
    """The answers that escaped as RecursionError / TypeError before: each is now a
    QlikResponseError (or a value, where the call ignores that part of the answer)."""
    result = await outcome(CALLS[name][0], Answer(200, body), validate=validate)
    check(name, Answer(200, body), result)
    if isinstance(result, QlikError):
        assert isinstance(result, QlikResponseError)
        assert result.status == 200


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_a_redirect_body_is_never_the_answer(name: str, status: int) -> None:
    seen: list[httpx.Request] = []
    good = {**STORE, **PRODUCT, "data": [STORE]}  # readable by every call, were it read

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"location": "https://evil.example/grab?access_token=tok123", "x-trace-id": "t9"}
        return httpx.Response(status, headers=headers, json=good)

    async with QlikCatalog(
        TENANT, api_key=API_KEY, transport=httpx.MockTransport(handler), clock=FakeClock()
    ) as qlik:
        with pytest.raises(QlikResponseError) as caught:
            await CALLS[name][0](qlik)
    error = caught.value
    assert error.status == status
    assert error.trace_id == "t9"
    assert "redirect to https://evil.example/grab" in str(error)
    assert "tok123" not in str(error)  # the Location's credential-looking query is redacted
    assert "traceId=t9" in str(error)
    assert all(request.url.host == "acme.eu.qlikcloud.com" for request in seen)  # not followed


async def test_a_redirect_to_no_url_is_a_response_error() -> None:
    """A Location that is not a URL at all was a raw ValueError (urlsplit's "Invalid IPv6
    URL") escaping from the client while it described the redirect."""
    answer = Answer(302, b"", (("location", "http://[evil?token=t0ken-123"),))
    result = await outcome(CALLS["data_stores.get"][0], answer)
    assert isinstance(result, QlikResponseError), result
    assert "answered 302, a redirect to (a URL that cannot be parsed)" in str(result)
    assert "t0ken-123" not in str(result)


async def test_the_redirect_hook_refuses_a_location_httpx_cannot_parse() -> None:
    """httpx parses a 3xx's Location before the client sees the answer, and raises on one it
    cannot parse; the response hook refuses the redirect before that."""
    answer = Answer(307, b"{}", (("location", "https://[::1/x"), ("x-trace-id", "t7")))
    async with httpx.AsyncClient(
        base_url=TENANT,
        transport=httpx.MockTransport(lambda request: answer.response()),
        event_hooks={"response": [refuse_redirect]},
    ) as http:
        with pytest.raises(QlikResponseError) as caught:
            await http.get("/api/v1/data-stores/s1")
    assert caught.value.status == 307
    assert caught.value.trace_id == "t7"
    assert "answered 307, a redirect to" in str(caught.value)


async def test_the_client_refuses_a_location_httpx_cannot_parse() -> None:
    """Without the hook on the client's own httpx client, httpx's parse of that Location
    failed first and the call ended as a QlikConnectionError, as if nothing had answered."""
    answer = Answer(302, b"", (("location", "https://[::1/x"),))
    result = await outcome(CALLS["data_stores.get"][0], answer)
    assert isinstance(result, QlikResponseError), result


async def test_an_error_status_with_a_broken_body_is_its_status_error() -> None:
    for body in (nested(100_000, "obj"), b'{"errors": 5, "traceId": {"a": 1}}', b"\xff"):
        result = await outcome(CALLS["data_stores.get"][0], Answer(404, body))
        assert isinstance(result, QlikStatusError), result
        assert result.status == 404


# --- the export -----------------------------------------------------------------------------


class OneHostileAnswer(httpx.AsyncBaseTransport):
    """The emulator answers every request but the ``at``-th, which gets ``answer``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, answer: Answer, at: int) -> None:
        self.inner, self.answer, self.at = inner, answer, at
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count == self.at:
            await request.aread()
            return self.answer.response()
        return await self.inner.handle_async_request(request)


_EXPORT_NUMBERS = itertools.count()


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-export")


def export_outcome(snapshots: Path, answer: Answer, at: int) -> tuple[Any, int]:
    """What exporting the small tenant ends in when its ``at``-th request gets ``answer``
    (the summary, or the QlikError raised; anything else propagates), and how many requests
    were sent."""
    emulator = Emulator(api_keys=[API_KEY])
    emulator.seed("small")
    transport = OneHostileAnswer(emulator.transport(), answer, at)
    # A file of its own for each example: a name from hash() (randomized per process) could
    # make two examples share a snapshot on one run and not on the next.
    out = snapshots / f"snap-{next(_EXPORT_NUMBERS)}.db"

    async def export() -> Any:
        async with QlikCatalog(
            IN_PROCESS_URL,
            api_key=API_KEY,
            transport=transport,
            clock=FakeClock(),
            retry=RetryPolicy(max_retries=0, jitter=False),
        ) as qlik:
            try:
                return await qlik.catalog.export(out)
            except QlikError as exc:
                return exc

    return anyio.run(export), transport.count


# The small tenant's export sends 5 requests (a first page of each kind): the hostile answer
# goes to one of them, or to none (a request number past the last).
@examples(EXPORT_EXAMPLES)
@given(answers | st.builds(Answer, statuses, odd_bodies), st.integers(min_value=1, max_value=6))
def test_export_raises_only_qlik_errors(snapshots: Path, answer: Answer, at: int) -> None:
    result, count = export_outcome(snapshots, answer, at)
    if 300 <= answer.status < 400 and count >= at:
        # The redirect was answered to one of the export's calls: the export must not have
        # stored its body as data, so it fails.
        assert isinstance(result, QlikResponseError), result


@pytest.mark.parametrize("at", [1, 3, 5])
@pytest.mark.parametrize(
    "body",
    [nested(100_000, "array"), nested(100_000, "obj"), b'{"data": [{"id": "x"}, 5]}'],
    ids=["deep array", "deep object", "an item not an object"],
)
def test_export_of_a_deep_or_odd_page(snapshots: Path, body: bytes, at: int) -> None:
    result, count = export_outcome(snapshots, Answer(200, body), at)
    assert count >= at
    assert isinstance(result, QlikResponseError), result
    assert result.status == 200


async def test_a_raw_debug_log_never_shows_credentials_echoed_in_headers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    answer = httpx.Response(200, json={"ok": True}, headers={"x-echo": f"Bearer {API_KEY}"})
    async with QlikCatalog(
        TENANT,
        api_key=API_KEY,
        transport=httpx.MockTransport(lambda request: answer),
        clock=FakeClock(),
    ) as qlik:
        with caplog.at_level("DEBUG", logger="qlik_catalog"):
            await qlik.request("GET", "/users/me", debug=True)
    assert "raw answer: 200" in caplog.text
    assert API_KEY not in caplog.text
