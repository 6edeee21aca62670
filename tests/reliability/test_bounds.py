"""Bounds in the client: a server that trickles, an answer that never ends or inflates without
end, and a listing that claims a billion pages all end in a typed error, soon and in bounded
memory."""

from __future__ import annotations

import asyncio
import gzip
import struct
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest

from qlik_catalog import (
    QlikCatalog,
    QlikResponseError,
    QlikTimeoutError,
    QlikValueError,
    RateLimits,
    RetryPolicy,
)
from qlik_catalog.transport import (
    DEADLINE_EXTENSION,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_REQUEST_DEADLINE,
    MAX_RESPONSE_SIZE_EXTENSION,
)
from tests.wire import API, TENANT

STORE = b'{"id": "s1", "name": "one"}'
NO_RETRY = RetryPolicy(max_retries=0)


class Trickle:
    """A raw HTTP/1.1 server on loopback that answers one byte at a time, ``gap`` seconds
    apart: in the headers (``in_headers``) or in a body it announces as long."""

    def __init__(
        self, *, gap: float = 0.05, in_headers: bool = False, slow: int | None = None
    ) -> None:
        self.slow = slow  # only the first ``slow`` connections trickle (None: all of them)
        self.gap = gap
        self.in_headers = in_headers
        self.connections = 0
        self.handlers: set[asyncio.Task[None]] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self.handlers.add(task)
        try:
            await reader.readuntil(b"\r\n\r\n")
            if self.slow is not None and self.connections > self.slow:
                length = str(len(STORE)).encode()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\n")
                writer.write(STORE)
                await writer.drain()
                return
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            head += b"Content-Length: 100000\r\n\r\n"
            if not self.in_headers:
                writer.write(head)
                head = b""
            for byte in head + b" " * 100000:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(self.gap)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client hung up, or the test is over: a cancelled handler ends quietly
        finally:
            writer.close()


@asynccontextmanager
async def serving(server: Trickle) -> AsyncIterator[str]:
    """The loopback URL of ``server`` while the block runs."""
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        listener.close()
        for handler in server.handlers:
            handler.cancel()
        await asyncio.gather(*server.handlers, return_exceptions=True)


def loopback(url: str, **options: object) -> QlikCatalog:
    return QlikCatalog(
        url,
        api_key="k",
        rate_limits=RateLimits(enabled=False),
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
async def test_a_trickling_server_ends_in_a_timeout_within_the_deadline(in_headers: bool) -> None:
    server = Trickle(in_headers=in_headers)
    async with serving(server) as url:
        qlik = loopback(url, request_deadline=0.5, timeout=5, retry=NO_RETRY)
        async with qlik:
            assert qlik.data_stores  # imported now, not inside the timed call
            start = time.monotonic()
            with anyio.fail_after(5), pytest.raises(QlikTimeoutError) as caught:
                await qlik.data_stores.get("s1")
            elapsed = time.monotonic() - start
    assert 0.45 <= elapsed < 2.5  # each read came within 5 s: only the deadline stops it
    assert caught.value.method == "GET"
    assert "data-stores/s1" in str(caught.value.url)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "deadline of 0.5 s" in str(caught.value.__cause__)


async def test_the_deadline_holds_the_whole_request_retries_included() -> None:
    # Two retries allowed, but the first attempt used the deadline up: no time for another.
    retry = RetryPolicy(max_retries=2, backoff_base=0.01, jitter=False)
    get_server, post_server = Trickle(), Trickle()
    async with serving(get_server) as get_url, serving(post_server) as post_url:
        async with loopback(get_url, request_deadline=1.0, retry=retry) as qlik:
            assert qlik.data_stores  # imported now, not inside the timed call
            start = time.monotonic()
            with anyio.fail_after(10), pytest.raises(QlikTimeoutError):
                await qlik.data_stores.get("s1")
            elapsed = time.monotonic() - start
        async with loopback(post_url, request_deadline=0.3, retry=retry) as qlik:
            with anyio.fail_after(5), pytest.raises(QlikTimeoutError):
                await qlik.data_stores.create({"type": "qix-datafiles", "technicalName": "t"})
    assert elapsed < 2.0  # one deadline, not one per attempt (that would be 3 s and more)
    assert get_server.connections == 1
    assert post_server.connections == 1


async def test_a_retry_that_fits_in_the_deadline_is_made() -> None:
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ReadError("reset", request=request)
        return httpx.Response(200, content=STORE)

    retry = RetryPolicy(max_retries=2, backoff_base=0.01, jitter=False)
    transport = httpx.MockTransport(flaky)
    async with QlikCatalog(
        TENANT, api_key="k", transport=transport, retry=retry, request_deadline=5
    ) as qlik:
        assert (await qlik.data_stores.get("s1")).id == "s1"
    assert len(calls) == 2


async def test_one_request_can_set_its_own_bounds() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.3)
        return httpx.Response(200, content=b'{"id": "s1", "name": "' + b"x" * 5000 + b'"}')

    transport = httpx.MockTransport(slow)
    url = f"{API}/data-stores/s1"
    async with QlikCatalog(
        TENANT, api_key="k", transport=transport, request_deadline=0.1, max_response_size=1024
    ) as qlik:
        with pytest.raises(QlikTimeoutError):
            await qlik.send({"method": "GET", "url": url}, retry=NO_RETRY)
        with pytest.raises(QlikResponseError, match="max_response_size=1024"):
            await qlik.send({"method": "GET", "url": url, "extensions": {DEADLINE_EXTENSION: 5}})
        # A large download: no deadline and no size limit for this one request.
        free = {DEADLINE_EXTENSION: None, MAX_RESPONSE_SIZE_EXTENSION: None}
        response = await qlik.send({"method": "GET", "url": url, "extensions": free})
        for bad in ({DEADLINE_EXTENSION: -1}, {MAX_RESPONSE_SIZE_EXTENSION: "big"}):
            with pytest.raises(QlikValueError):
                await qlik.send({"method": "GET", "url": url, "extensions": bad})
    assert len(response.content) > 5000


async def test_an_attempt_past_its_deadline_gives_its_connection_back() -> None:
    server = Trickle(slow=1)
    pool = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=1))
    async with (
        serving(server) as url,
        loopback(url, request_deadline=0.5, retry=NO_RETRY, transport=pool) as qlik,
    ):
        with anyio.fail_after(5):
            with pytest.raises(QlikTimeoutError):
                await qlik.data_stores.get("s1")
            store = await qlik.data_stores.get("s1")  # the one connection is free again
    assert store.id == "s1"
    assert server.connections == 2


async def test_the_deadline_holds_a_slow_answer_whatever_the_read_timeout() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.4)
        return httpx.Response(200, content=STORE)

    transport = httpx.MockTransport(slow)
    async with QlikCatalog(TENANT, api_key="k", transport=transport, request_deadline=0.1) as q:
        with pytest.raises(QlikTimeoutError):
            await q.data_stores.get("s1", retry=NO_RETRY, timeout=10)
    async with QlikCatalog(TENANT, api_key="k", transport=transport, request_deadline=2) as q:
        assert (await q.data_stores.get("s1")).id == "s1"


class Chunks(httpx.AsyncByteStream):
    """A body sent as it is produced, in the given raw chunks (never read ahead)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += len(chunk)
            yield chunk


def gzip_bomb(mebibytes: int, raw_chunk: int = 16 * 1024) -> list[bytes]:
    """A valid gzip stream of ``mebibytes`` MiB of zeros (about 1 KB per MiB), cut into
    ``raw_chunk``-byte network chunks. Built fast: after a full flush the compressor starts
    afresh, so every further MiB compresses to the same bytes."""
    block = bytes(1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(block, crc)
    last_block = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    trailer = struct.pack("<II", crc, (mebibytes * len(block)) & 0xFFFFFFFF)
    packed = first + again * (mebibytes - 1) + last_block + trailer
    return [packed[start : start + raw_chunk] for start in range(0, len(packed), raw_chunk)]


def test_the_bomb_is_a_valid_gzip_stream() -> None:
    assert len(gzip.decompress(b"".join(gzip_bomb(3)))) == 3 * 1024 * 1024


def answering(stream: Chunks, **headers: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=stream)

    return httpx.MockTransport(handler)


async def test_a_gzip_bomb_is_refused_before_it_inflates() -> None:
    bomb = Chunks(iter(gzip_bomb(1024)))  # 1 GiB of zeros, about 1 MB on the wire
    transport = answering(bomb, **{"content-encoding": "gzip"})
    tracemalloc.start()
    try:
        async with QlikCatalog(TENANT, api_key="k", transport=transport) as qlik:
            with pytest.raises(QlikResponseError) as caught:
                await qlik.data_stores.get("s1")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "more than 64 MiB" in str(caught.value)
    assert "max_response_size=67108864" in str(caught.value)
    assert caught.value.status == 200
    assert bomb.sent < 200 * 1024  # stopped reading soon after the limit
    assert peak < 300 * 1024 * 1024


async def test_an_answer_over_the_limit_is_refused_and_one_under_it_read() -> None:
    big = Chunks(iter([b"[" + b" " * 4096] * 300))  # 1.2 MB, no end in sight
    async with QlikCatalog(
        TENANT, api_key="k", transport=answering(big), max_response_size=1024 * 1024
    ) as qlik:
        with pytest.raises(QlikResponseError, match=r"more than 1 MiB"):
            await qlik.data_stores.get("s1")
    assert big.sent <= 1024 * 1024 + 8192
    small = Chunks(iter([gzip.compress(STORE)]))
    transport = answering(small, **{"content-encoding": "gzip"})
    async with QlikCatalog(TENANT, api_key="k", transport=transport, max_response_size=27) as q:
        assert (await q.data_stores.get("s1")).name == "one"  # 27 bytes decompressed: fits


async def test_the_size_limit_holds_through_an_injected_http_client() -> None:
    big = Chunks(iter([b" " * 4096] * 100))
    async with (
        httpx.AsyncClient(transport=answering(big)) as http,
        QlikCatalog(TENANT, api_key="k", http_client=http, max_response_size=10_000) as qlik,
    ):
        with pytest.raises(QlikResponseError, match="max_response_size=10000"):
            await qlik.data_stores.get("s1")
    assert big.sent < 20_000


async def test_either_bound_can_be_turned_off() -> None:
    big = Chunks(iter([b'{"id": "s1", "name": "', b"x" * 2_000_000, b'"}']))
    async with QlikCatalog(
        TENANT,
        api_key="k",
        transport=answering(big),
        max_response_size=None,
        request_deadline=None,
    ) as qlik:
        store = await qlik.data_stores.get("s1")
    assert len(str(store.name)) == 2_000_000


def test_the_bounds_are_on_by_default_and_checked() -> None:
    assert DEFAULT_REQUEST_DEADLINE == 120.0
    assert DEFAULT_MAX_RESPONSE_SIZE == 64 * 1024 * 1024
    for bad in (0, -1, float("inf"), float("nan"), True):
        with pytest.raises(QlikValueError, match="request_deadline"):
            QlikCatalog(TENANT, api_key="k", request_deadline=bad)
    for bad_size in (0, -5, 1.5, True):
        with pytest.raises(QlikValueError, match="max_response_size"):
            QlikCatalog(TENANT, api_key="k", max_response_size=bad_size)  # type: ignore[arg-type]


class Billion:
    """A numbered listing whose first page claims a billion pages; ``total`` is what it
    claims to hold. Pages past ``real`` come back empty."""

    def __init__(self, total: int, real: int = 3) -> None:
        self.total = total
        self.real = real
        self.requests = 0
        self.most_tasks = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.most_tasks = max(self.most_tasks, len(asyncio.all_tasks()))
        number = int(request.url.params.get("page", "1"))
        data = [{"id": f"s{number}"}] if number <= self.real else []
        body = {
            "data": data,
            "total": self.total,
            "pages": 10**9,
            "links": {"next": {"href": f"{API}/data-stores?page={number + 1}"}},
        }
        return httpx.Response(200, json=body)


def counted(tenant: Billion) -> QlikCatalog:
    return QlikCatalog(
        TENANT,
        api_key="k",
        transport=httpx.MockTransport(tenant),
        rate_limits=RateLimits(enabled=False),
    )


async def test_a_billion_pages_for_a_few_items_is_a_clear_error_at_once() -> None:
    tenant = Billion(total=3)
    tracemalloc.start()
    try:
        with anyio.fail_after(5):
            async with counted(tenant) as qlik:
                with pytest.raises(QlikResponseError) as caught:
                    await qlik.data_stores.list(limit=1).each_page(lambda p: None, concurrency=8)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "1000000000 pages for a total of 3 items at 1 per page" in str(caught.value)
    assert tenant.requests == 1
    assert peak < 300 * 1024 * 1024


async def test_a_billion_pages_that_agree_with_the_total_are_fetched_by_a_few_workers() -> None:
    tenant = Billion(total=10**9, real=40)  # consistent counts; the listing ends after 40
    got: list[int] = []
    tracemalloc.start()
    try:
        with anyio.fail_after(10):
            async with counted(tenant) as qlik:
                await qlik.data_stores.list(limit=1).each_page(
                    lambda page: got.append(page.number or 0), concurrency=4
                )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sorted(got)[:40] == list(range(1, 41))
    assert tenant.requests <= 41 + 4  # the first empty page ends it; in flight may finish
    assert tenant.most_tasks <= 4 + 3  # the workers, the test and the loop's own: not 10**9
    assert peak < 300 * 1024 * 1024
