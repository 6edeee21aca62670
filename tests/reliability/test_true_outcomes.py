"""Every outcome of an apply is true of the tenant afterwards, also when a change's answer is
lost: the connection dropped after the request went out and the tenant carried it out (a
create that happened is a success with its id, a delete retried into a 404 is done, a patch
read back is done), or before it reached the tenant (then the change stays failed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio
import httpx

from qlik_catalog import QlikCatalog
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.retry import RetryPolicy
from qlik_catalog.sync import parse_catalog
from qlik_catalog.sync.apply import ApplyReport
from qlik_catalog.sync.kinds import BY_NAME
from qlik_catalog.sync.plan import Change, Plan
from tests.sync.test_plan_apply import CATALOG

Matcher = Callable[[httpx.Request], bool]


class LostAnswers(httpx.AsyncBaseTransport):
    """Lets the emulator carry out every request, then loses the answer of the first ``times``
    requests each matcher picks, as a connection dropped after the request went out does
    (with ``carried_out=False``, dropped on the way there: the tenant never sees them)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *rules: tuple[Matcher, int],
        carried_out: bool = True,
    ) -> None:
        self.inner = inner
        self.matchers = [matches for matches, _ in rules]
        self.remaining = [times for _, times in rules]
        self.carried_out = carried_out
        self.lost: list[str] = []

    def loses(self, request: httpx.Request) -> bool:
        for index, matches in enumerate(self.matchers):
            if self.remaining[index] > 0 and matches(request):
                self.remaining[index] -= 1
                return True
        return False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self.carried_out and self.loses(request):
            self.lost.append(f"{request.method} {request.url.path}")
            raise httpx.ReadError("connection dropped on the way", request=request)
        response = await self.inner.handle_async_request(request)
        if self.carried_out and self.loses(request):
            self.lost.append(f"{request.method} {request.url.path}")
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection dropped after the request went out", request=request)
        return response


class Hangs(httpx.AsyncBaseTransport):
    """Lets the emulator carry out every request; the first ``picks`` chooses then never
    answers (``reached`` is set once the tenant has carried it out)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, picks: Matcher) -> None:
        self.inner = inner
        self.picks = picks
        self.reached = anyio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not self.reached.is_set() and self.picks(request):
            self.reached.set()
            await anyio.sleep_forever()
        return response


def section(name: str) -> list[dict[str, Any]]:
    """A section of the catalog the sync tests apply."""
    entries: list[dict[str, Any]] = json.loads(json.dumps(CATALOG[name]))
    return entries


def requests_to(method: str, path: str, *, exact: bool = True) -> Matcher:
    """Requests of ``method`` to ``path`` (or under it, with ``exact=False``)."""

    def matches(request: httpx.Request) -> bool:
        found = request.url.path
        return request.method == method and (
            found == path if exact else found.startswith(path + "/")
        )

    return matches


def client(
    emulator: Emulator, lost: httpx.AsyncBaseTransport, retry: RetryPolicy | None = None
) -> QlikCatalog:
    """A client whose answers pass through ``lost`` (pacing on a fake clock)."""
    return QlikCatalog(
        IN_PROCESS_URL, api_key=emulator.api_key, transport=lost, clock=FakeClock(), retry=retry
    )


def objects(emulator: Emulator, kind: str) -> dict[str, dict[str, Any]]:
    """The emulated tenant's objects of ``kind`` (as named in sync.kinds), by id."""
    found: dict[str, dict[str, Any]] = getattr(emulator.state, kind)
    return found


def planned_value(emulator: Emulator, change: Change, op: dict[str, Any]) -> Any:
    """What ``op`` sets, with a members marker turned into the ids of the keys it lists
    (sync keys data sets by technical name in these catalogs)."""
    members = BY_NAME[change.kind].members
    value = op.get("value")
    if members is None or not isinstance(value, dict) or members.marker not in value:
        return value
    by_name = {d["technicalName"]: i for i, d in objects(emulator, members.kind).items()}
    return sorted(by_name[k] for k in value[members.marker])


def holds(emulator: Emulator, change: Change, id: str | None) -> bool:
    """Whether the tenant holds what ``change`` was to make it hold."""
    kind = BY_NAME[change.kind]
    docs = objects(emulator, change.kind)
    if change.action == "delete":
        return change.id not in docs
    if id is None or id not in docs:
        return False
    doc = docs[id]
    if change.action == "create":
        assert change.entry is not None
        return all(doc.get(k) == v for k, v in change.entry.fields.items())
    for op in change.ops:
        if op["op"] == "test":
            continue
        wanted, found = planned_value(emulator, change, op), doc.get(op["path"].lstrip("/"))
        if (sorted(found or []) if isinstance(wanted, list) else found) != wanted:
            return False
    return kind.key_field in doc


def assert_report_is_true(emulator: Emulator, plan: Plan, report: ApplyReport) -> None:
    """Every succeeded change holds in the tenant, and no failed one does."""
    assert len(report.outcomes) == len(plan.changes)
    for change, outcome in zip(plan.changes, report.outcomes, strict=True):
        assert (outcome.kind, outcome.key, outcome.action) == (
            change.kind,
            change.key,
            change.action,
        )
        assert holds(emulator, change, outcome.id) is outcome.ok, outcome
        if change.action == "create" and not outcome.ok:
            key = BY_NAME[change.kind].key_field
            assert change.entry is not None
            wanted = change.entry.fields.get(key, change.key)
            assert not [d for d in objects(emulator, change.kind).values() if d.get(key) == wanted]


async def test_creates_whose_answers_were_lost_are_successes_with_their_ids() -> None:
    emulator = Emulator()
    emulator.seed("small")
    lost = LostAnswers(
        emulator.transport(),
        (requests_to("POST", "/api/v1/data-stores"), 1),
        (requests_to("POST", "/api/v1/data-sets"), 2),
        (requests_to("POST", "/api/data-governance/data-products"), 1),
    )
    desired = parse_catalog(CATALOG)
    async with client(emulator, lost) as qlik:
        plan = await qlik.catalog.plan(desired)
        report = await qlik.catalog.apply(plan)
        assert len(lost.lost) == 4, lost.lost
        assert report.ok, [o for o in report.outcomes if not o.ok]
        assert_report_is_true(emulator, plan, report)
        assert (await qlik.catalog.plan(desired)).is_empty  # nothing left over, nothing twice
    names = [d["technicalName"] for d in emulator.state.data_sets.values()]
    assert sorted(n for n in names if n in {f"t{i}" for i in range(5)}) == [
        f"t{i}" for i in range(5)
    ]
    [product] = [p for p in emulator.state.data_products.values() if p["name"] == "P"]
    # The product's data sets go in by a patch after its create: done although its answer
    # was lost.
    assert {emulator.state.data_sets[i]["technicalName"] for i in product["datasetIds"]} == {
        "t0",
        "t1",
    }


async def test_deletes_retried_into_a_404_are_done() -> None:
    emulator = Emulator()
    emulator.seed("small")
    small = parse_catalog(
        {
            "dataStores": section("dataStores"),
            "dataAssets": section("dataAssets"),
            "dataSets": section("dataSets")[:1],
            "dataProducts": [{"name": "P", "dataSets": ["t0"]}],
        }
    )
    lost = LostAnswers(
        emulator.transport(),
        (requests_to("DELETE", "/api/v1/data-sets"), 2),
        (requests_to("DELETE", "/api/data-governance/data-products", exact=False), 1),
    )
    async with client(emulator, lost) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        plan = await qlik.catalog.plan(small, prune=True)
        deletes = [c for c in plan.changes if c.action == "delete"]
        assert {c.kind for c in deletes} >= {"data_sets", "data_products"}
        report = await qlik.catalog.apply(plan)
        assert len(lost.lost) == 3
        assert report.ok, [o for o in report.outcomes if not o.ok]
        assert_report_is_true(emulator, plan, report)
        assert (await qlik.catalog.plan(small, prune=True)).is_empty


async def test_a_lost_delete_not_retried_is_done_when_the_object_is_gone() -> None:
    emulator = Emulator()
    emulator.seed("small")
    lost = LostAnswers(emulator.transport(), (requests_to("DELETE", "/api/v1/data-sets"), 1))
    fewer = parse_catalog(
        {
            "dataStores": section("dataStores"),
            "dataAssets": section("dataAssets"),
            "dataSets": section("dataSets")[:1],
        }
    )
    async with client(emulator, lost, RetryPolicy(max_retries=0)) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        plan = await qlik.catalog.plan(fewer, prune=True)
        report = await qlik.catalog.apply(plan)
    assert lost.lost
    assert report.ok, [o for o in report.outcomes if not o.ok]
    assert_report_is_true(emulator, plan, report)


async def test_an_update_whose_answer_was_lost_is_read_back() -> None:
    emulator = Emulator()
    emulator.seed("small")
    lost = LostAnswers(
        emulator.transport(), (requests_to("PATCH", "/api/v1/data-stores", exact=False), 1)
    )
    async with client(emulator, lost) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        report = await qlik.catalog.apply(plan)
    assert lost.lost == [
        f"PATCH /api/v1/data-stores/{next(c.id for c in plan.changes if c.action == 'update')}"
    ]
    assert report.ok, [o for o in report.outcomes if not o.ok]
    assert_report_is_true(emulator, plan, report)


async def test_a_create_that_never_reached_the_tenant_stays_failed(tmp_path: Any) -> None:
    emulator = Emulator()
    emulator.seed("small")
    # Dropped before the emulator carries it out: nothing is made.
    emulator.inject(operations=["createDataStore"], drop_rate=1.0, times=1)
    lost = LostAnswers(emulator.transport())
    async with client(emulator, lost) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        report = await qlik.catalog.apply(plan, report=tmp_path / "report.json")
    store = next(o for o in report.outcomes if o.key == "wh")
    assert not store.ok
    assert "QlikConnectionError" in (store.error or "")
    assert_report_is_true(emulator, plan, report)
    written = json.loads((tmp_path / "report.json").read_text())
    assert written == report.as_dict() | {"seconds": written["seconds"]}


async def test_a_lost_create_is_not_taken_for_an_object_someone_else_made_since_the_plan() -> None:
    emulator = Emulator()
    emulator.seed("small")
    # The store's create is lost before the tenant sees it; meanwhile someone else made a
    # store with the same technical name and other values.
    lost = LostAnswers(
        emulator.transport(), (requests_to("POST", "/api/v1/data-stores"), 1), carried_out=False
    )
    async with client(emulator, lost) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        async with emulator.client(clock=FakeClock()) as other:
            theirs = await other.data_stores.create({"technicalName": "wh", "type": "s3"})
        report = await qlik.catalog.apply(plan)
    assert lost.lost == ["POST /api/v1/data-stores"]
    store = next(o for o in report.outcomes if o.key == "wh")
    assert not store.ok
    assert store.id != theirs.id
    assert "QlikConnectionError" in (store.error or "")
    [kept] = [d for d in objects(emulator, "data_stores").values() if d["technicalName"] == "wh"]
    assert kept["type"] == "s3"  # theirs, untouched


async def test_a_lost_answer_to_the_patch_after_a_create_is_read_back() -> None:
    emulator = Emulator()
    emulator.seed("small")
    # A product's data sets go in by a patch right after its create: that patch's answer is
    # lost, and the product holds them all the same.
    lost = LostAnswers(
        emulator.transport(),
        (requests_to("PATCH", "/api/data-governance/data-products", exact=False), 1),
    )
    async with client(emulator, lost) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        report = await qlik.catalog.apply(plan)
    assert len(lost.lost) == 1, lost.lost
    assert report.ok, [o for o in report.outcomes if not o.ok]
    assert_report_is_true(emulator, plan, report)


async def test_a_change_cut_off_by_an_interruption_is_not_reported_as_not_done(
    tmp_path: Any,
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    hangs = Hangs(emulator.transport(), requests_to("POST", "/api/v1/data-stores"))
    path = tmp_path / "report.json"
    async with client(emulator, hangs) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))

        async def apply() -> None:
            await qlik.catalog.apply(plan, report=path)

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(apply)
            await hangs.reached.wait()
            tasks.cancel_scope.cancel()
    outcomes = {o["key"]: o for o in json.loads(path.read_text())["outcomes"]}
    # The store's create was carried out, its answer never came: "not done" would be false.
    assert [d for d in objects(emulator, "data_stores").values() if d["technicalName"] == "wh"]
    assert not outcomes["wh"]["ok"]
    assert outcomes["wh"]["error"].startswith("not known whether done: the apply was interrupted")
    # Never sent: not done, truly.
    assert outcomes["db"]["error"] == "not done: the apply was interrupted (CancelledError)"


class LostThenRefused(httpx.AsyncBaseTransport):
    """The first request ``picks`` chooses is carried out and its answer lost; the next one
    it chooses cannot connect (nothing reaches the tenant)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, picks: Matcher) -> None:
        self.inner = inner
        self.picks = picks
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.picks(request):
            self.seen += 1
            if self.seen == 2:
                raise httpx.ConnectError("connection refused", request=request)
            if self.seen == 1:
                await (await self.inner.handle_async_request(request)).aclose()
                raise httpx.ReadError("connection dropped after the request went out")
        return await self.inner.handle_async_request(request)


async def test_a_create_retried_into_a_refused_connection_is_settled_by_reading() -> None:
    # Under retry_on_all_errors a create is retried after a lost answer: the last attempt
    # not connecting does not mean the first one made nothing.
    emulator = Emulator()
    emulator.seed("small")
    transport = LostThenRefused(emulator.transport(), requests_to("POST", "/api/v1/data-stores"))
    retry = RetryPolicy(max_retries=1, retry_on_all_errors=True)
    async with client(emulator, transport, retry) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        report = await qlik.catalog.apply(plan)
    assert transport.seen >= 2
    assert report.ok, [o for o in report.outcomes if not o.ok]
    assert_report_is_true(emulator, plan, report)
