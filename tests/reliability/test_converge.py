"""Exports that converge on a tenant that changes under them: kill and resume with creates,
edits and deletes in between, incrementals killed half-way, edits during an export, deletes
during a numbered listing, another tenant's snapshot, and a full re-export that fails."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import anyio
import pytest

from qlik_catalog import (
    AuthenticationError,
    QlikCatalog,
    QlikConnectionError,
    QlikValueError,
    RetryPolicy,
)
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import Snapshot
from qlik_catalog.sync.export import partial_path
from tests.sync.snapshots import assert_exact

pytestmark = pytest.mark.reliability

SETS = "getDataStoreDataAssetDataSets"


def seeded(**options: object) -> Emulator:
    """A tenant of 1,000 data sets (ten pages), stamped one second apart in creation order."""
    emulator = Emulator(**options)  # type: ignore[arg-type]
    emulator.seed(stores=2, assets_per_store=5, sets_per_asset=100, products=3)
    return emulator


def set_ids(emulator: Emulator) -> list[str]:
    """The data set ids in creation order (the order of the export's numbered listing)."""
    docs = sorted(emulator.state.data_sets.values(), key=lambda d: str(d["createdTime"]))
    return [str(d["id"]) for d in docs]


def edit(emulator: Emulator, set_id: str, name: str) -> None:
    """Rename a data set as the tenant would (stamped now), between two requests."""
    doc = dict(emulator.state.data_sets[set_id], name=name)
    emulator.state.save_data_set(doc, "someone-else", created=False)
    emulator.state.changed()


def create(emulator: Emulator, like: str, name: str) -> None:
    """Create a data set (id ``0...0``) in the same asset as ``like``, as the tenant would
    (stamped now), between two requests."""
    doc = dict(emulator.state.data_sets[like], id="0" * 24, name=name)
    emulator.state.save_data_set(doc, "someone-else", created=True)
    emulator.state.changed()


def delete(emulator: Emulator, ids: list[str]) -> None:
    """Delete data sets as the tenant would, between two requests."""
    emulator.state.delete_data_sets(ids)
    emulator.state.changed()


class AfterFirstSetsPage:
    """A progress callback that runs ``action`` once, as soon as the export has read a page of
    data sets (100): between two page reads of that listing."""

    def __init__(self, action: Callable[[], None]) -> None:
        self.action = action
        self.done = False

    def __call__(self, kind: str, items: int, total: int | None) -> None:
        if kind == "data_sets" and items >= 100 and not self.done:
            self.done = True
            self.action()


def drop_set_calls_after(emulator: Emulator, calls: int) -> None:
    """Drop the connection of every data sets listing call after the first ``calls``."""
    rule = emulator.inject(operations=[SETS], drop_rate=1.0)
    seen = {"calls": 0}

    def applies(operation_id: str, method: str) -> bool:
        seen["calls"] += operation_id == SETS
        return operation_id == SETS and seen["calls"] > calls

    rule.applies = applies  # type: ignore[method-assign]


async def test_kill_and_resume_with_creates_edits_and_deletes_ends_equal_to_the_tenant(
    tmp_path: Path,
) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    drop_set_calls_after(emulator, 4)
    async with emulator.client(retry=RetryPolicy(max_retries=0), concurrency=1) as qlik:
        with pytest.raises(QlikConnectionError):
            await qlik.catalog.export(out)
        emulator.faults.clear()
        # The interrupted export's file (beside ``out``; before issue 16, ``out`` itself).
        work = partial_path(out) if partial_path(out).exists() else out
        with Snapshot(work) as snapshot:
            stored = sorted(snapshot.ids("data_sets"))
        assert 0 < len(stored) < 1000
        # Meanwhile: a stored set is edited, stored and unstored ones deleted, a set created,
        # a stored store deleted (with its assets and sets), a product deleted.
        edit(emulator, stored[0], "Edited meanwhile")
        delete(emulator, [stored[1], stored[2], set_ids(emulator)[-1]])
        create(emulator, like=stored[3], name="Created meanwhile")
        await qlik.data_products.delete(next(iter(emulator.state.data_products)))
        summary = await qlik.catalog.export(out)
    assert summary.resumed
    assert_exact(out, emulator)
    assert not partial_path(out).exists()


async def test_an_incremental_killed_half_way_loses_no_edit(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    async with emulator.client(retry=RetryPolicy(max_retries=0)) as qlik:
        await qlik.catalog.export(out)
        with Snapshot(out) as snapshot:
            watermark = snapshot.get_meta("watermark")
        # 150 edits, one second apart: two pages of the newest-first listing.
        emulator.state.fixed_time = datetime.now(UTC)
        for set_id in set_ids(emulator)[:150]:
            edit(emulator, set_id, "Edited")
        emulator.state.fixed_time = None
        # Ten pages of ids, then the first newest-first page; the second is dropped.
        drop_set_calls_after(emulator, 11)
        with pytest.raises(QlikConnectionError):
            await qlik.catalog.export(out, incremental=True)
        with Snapshot(out) as snapshot:
            assert snapshot.get_meta("watermark") == watermark  # it did not complete
        emulator.faults.clear()
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.changed["data_sets"] == 50  # the 100 newest were stored before the kill
    assert_exact(out, emulator)


async def test_an_incremental_cancelled_half_way_keeps_its_watermark(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        with Snapshot(out) as snapshot:
            watermark = snapshot.get_meta("watermark")
        emulator.state.fixed_time = datetime.now(UTC)
        for set_id in set_ids(emulator)[:150]:
            edit(emulator, set_id, "Edited")
        emulator.state.fixed_time = None
        with anyio.CancelScope() as scope:
            # Cancelled (as by Ctrl-C) as the second newest-first page is asked for.
            # (The rule's latency is the await where the cancellation lands.)
            rule = emulator.inject(operations=[SETS], latency=0.05)
            seen = {"calls": 0}

            def applies(operation_id: str, method: str) -> bool:
                seen["calls"] += operation_id == SETS
                if seen["calls"] == 12:
                    scope.cancel()
                return seen["calls"] == 12

            rule.applies = applies  # type: ignore[method-assign]
            await qlik.catalog.export(out, incremental=True)
        assert scope.cancelled_caught
        emulator.faults.clear()
        with Snapshot(out) as snapshot:
            assert snapshot.get_meta("watermark") == watermark
            assert snapshot.get_meta("status") == "complete"
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.changed["data_sets"] == 50
    assert_exact(out, emulator)


async def test_an_edit_during_an_export_after_its_page_was_stored_is_picked_up_next_time(
    tmp_path: Path,
) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    ids = set_ids(emulator)

    def edit_two() -> None:
        emulator.state.fixed_time = datetime.now(UTC)  # one second apart, in this order
        edit(emulator, ids[0], "Edited after its page was stored")  # page 1: stored
        edit(emulator, ids[-1], "Edited before its page was read")  # page 10: not yet
        emulator.state.fixed_time = None

    progress = AfterFirstSetsPage(edit_two)
    async with emulator.client(concurrency=1) as qlik:
        await qlik.catalog.export(out, progress=progress)
        assert progress.done
        with Snapshot(out) as snapshot:
            first = next(d for d in snapshot.objects("data_sets") if d["id"] == ids[0])
        assert first["name"] != "Edited after its page was stored"  # stale, as expected
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.changed["data_sets"] == 1
    assert_exact(out, emulator)


async def test_deletes_during_a_numbered_listing_lose_no_live_item(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    ids = set_ids(emulator)
    doomed = ids[10:20]  # on page 1: every later item moves ten places up
    progress = AfterFirstSetsPage(lambda: delete(emulator, doomed))
    async with emulator.client(concurrency=2) as qlik:
        await qlik.catalog.export(out, progress=progress)
    assert progress.done
    assert_exact(out, emulator)
    with Snapshot(out) as snapshot:
        assert snapshot.count("data_sets") == 990


async def test_deletes_during_an_incrementals_id_listing_record_no_live_item_as_deleted(
    tmp_path: Path,
) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    ids = set_ids(emulator)
    doomed = ids[10:20]
    progress = AfterFirstSetsPage(lambda: delete(emulator, doomed))
    async with emulator.client(concurrency=2) as qlik:
        await qlik.catalog.export(out)
        summary = await qlik.catalog.export(out, incremental=True, progress=progress)
    assert progress.done
    assert summary.deleted["data_sets"] == 10
    with Snapshot(out) as snapshot:
        assert {i for kind, i in snapshot.deletions() if kind == "data_sets"} == set(doomed)
    assert_exact(out, emulator)


async def test_resume_and_incremental_from_another_tenant_are_refused(tmp_path: Path) -> None:
    ours, theirs = seeded(tenant_id="tenant-ours"), seeded(tenant_id="tenant-theirs")
    out = tmp_path / "catalog.db"
    async with ours.client() as qlik:
        await qlik.catalog.export(out)
    async with theirs.client() as qlik:
        with pytest.raises(QlikValueError, match=r"tenant-ours.*tenant-theirs"):
            await qlik.catalog.export(out, incremental=True)
    drop_set_calls_after(ours, 4)
    async with ours.client(retry=RetryPolicy(max_retries=0), concurrency=1) as qlik:
        with pytest.raises(QlikConnectionError):
            await qlik.catalog.export(out)
    async with theirs.client() as qlik:
        with pytest.raises(QlikValueError, match=r"tenant-ours.*tenant-theirs"):
            await qlik.catalog.export(out)
    # Another URL is refused before any call.
    other = QlikCatalog(
        "http://other.emulator.localhost", transport=ours.transport(), api_key=ours.api_key
    )
    async with other:
        served = ours.requests_served
        with pytest.raises(QlikValueError, match=r"tenant\.emulator\.localhost.*other\.emulator"):
            await other.catalog.export(out, incremental=True)
        assert ours.requests_served == served
    assert_exact(out, ours)  # the complete snapshot is still ours alone
    with Snapshot(out) as snapshot:
        assert snapshot.get_meta("tenant_id") == "tenant-ours"


async def test_a_failed_full_re_export_leaves_the_last_good_snapshot(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
    before = out.read_bytes()
    async with emulator.client(api_key="revoked") as qlik:
        with pytest.raises(AuthenticationError):
            await qlik.catalog.export(out)
    assert out.read_bytes() == before
    assert_exact(out, emulator)
    assert not partial_path(out).exists()  # it stored nothing: nothing to resume


async def test_a_failed_first_export_leaves_no_empty_snapshot(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    async with emulator.client(api_key="revoked") as qlik:
        with pytest.raises(AuthenticationError):
            await qlik.catalog.export(out)
    assert os.listdir(tmp_path) == []


async def test_a_delete_and_a_create_during_a_numbered_listing_lose_no_live_item(
    tmp_path: Path,
) -> None:
    # Together they keep the total and the count of ids the pages give: only the created
    # object (which comes last, the listing being sorted by creation time) shows the shift.
    emulator = seeded()
    out = tmp_path / "catalog.db"
    ids = set_ids(emulator)

    def delete_and_create() -> None:
        delete(emulator, [ids[10]])  # on page 1: ids[100] moves onto it, unread
        create(emulator, like=ids[11], name="Created")

    progress = AfterFirstSetsPage(delete_and_create)
    async with emulator.client(concurrency=1) as qlik:
        await qlik.catalog.export(out, progress=progress)
    assert progress.done
    assert_exact(out, emulator)


async def test_a_delete_during_an_incrementals_newest_first_listing_loses_no_edit(
    tmp_path: Path,
) -> None:
    emulator = seeded()
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        # 150 edits, one second apart: the newest-first listing's first page and half its
        # second.
        emulator.state.fixed_time = datetime.now(UTC)
        edited = set_ids(emulator)[:150]
        for set_id in edited:
            edit(emulator, set_id, "Edited")
        emulator.state.fixed_time = None
        doomed = edited[-1]  # the newest: on the first page, read by then
        # As the second newest-first page is asked for (after ten pages of ids and the first),
        # a set of the first page is deleted: the oldest edit left on the second moves onto
        # the first, and the watermark moves past it.
        rule = emulator.inject(operations=[SETS], latency=0.0)
        seen = {"calls": 0}

        def applies(operation_id: str, method: str) -> bool:
            seen["calls"] += operation_id == SETS
            if operation_id == SETS and seen["calls"] == 12:
                delete(emulator, [doomed])
            return False

        rule.applies = applies  # type: ignore[method-assign]
        summary = await qlik.catalog.export(out, incremental=True)
        assert seen["calls"] >= 12  # the delete happened
        emulator.faults.clear()
        with Snapshot(out) as snapshot:
            got = {d["id"]: d for d in snapshot.objects("data_sets")}
        # Every live set as the tenant has it (the deleted one is found by the next
        # incremental's id listing).
        for set_id, doc in emulator.state.data_sets.items():
            assert got[set_id] == doc, set_id
        assert summary.changed["data_sets"] == 150  # the deleted one was stored first
        await qlik.catalog.export(out, incremental=True)
    assert_exact(out, emulator)
