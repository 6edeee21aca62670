"""The snapshot's writes: pages committed together by time, the write-behind thread of an
export (bounded, ordered, its failures raised), and rows compared by value."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from qlik_catalog.sync import snapshot as snapshot_module
from qlik_catalog.sync.snapshot import Doc, Row, Snapshot


def data_set(i: int, **fields: Any) -> Doc:
    doc: Doc = {"id": f"ds-{i}", "name": f"set {i}", "lastModifiedTime": "2026-01-01T00:00:00Z"}
    return doc | fields


def stored_ids(path: Path) -> set[str]:
    """What another connection sees: only what is committed."""
    with sqlite3.connect(path) as other:
        return {row[0] for row in other.execute("SELECT id FROM data_sets")}


def test_pages_share_a_commit_until_commit_every_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.db"
    snapshot = Snapshot(path)
    snapshot.put_page("data_sets", [data_set(1)], page=1)
    snapshot.put_page("data_sets", [data_set(2)], page=2)
    assert snapshot.count("data_sets") == 2  # its own connection sees them at once
    assert stored_ids(path) == set()  # not committed yet: a commit per page was the cost
    monkeypatch.setattr(snapshot_module, "COMMIT_EVERY", 0.0)
    snapshot.put_page("data_sets", [data_set(3)], page=3)
    assert stored_ids(path) == {"ds-1", "ds-2", "ds-3"}
    monkeypatch.setattr(snapshot_module, "COMMIT_EVERY", 3600.0)
    snapshot.put_page("data_sets", [data_set(4)], page=4)
    snapshot.close()  # close commits the rest
    assert stored_ids(path) == {"ds-1", "ds-2", "ds-3", "ds-4"}
    with Snapshot(path) as again:
        assert again.done_pages("data_sets") == {1, 2, 3, 4}
    snapshot.close()  # a second close does nothing


def test_a_page_and_its_done_mark_are_in_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    snapshot = Snapshot(path)
    snapshot.put_page("data_sets", [data_set(1)], page=7)
    with sqlite3.connect(path) as other:
        assert list(other.execute("SELECT * FROM done_pages")) == []
    snapshot.commit()
    with sqlite3.connect(path) as other:
        assert list(other.execute("SELECT * FROM done_pages")) == [("data_sets", 7)]
    snapshot.close()


def test_write_behind_stores_every_page_in_order_before_any_read(tmp_path: Path) -> None:
    with Snapshot(tmp_path / "s.db") as snapshot, snapshot.write_behind(pages=2):
        for n in range(50):
            # The same object in every page, changed each time: the last page read wins.
            snapshot.put_page("data_sets", [data_set(n), data_set(0, name=f"v{n}")], page=n)
        assert snapshot.count("data_sets") == 50  # the read waited for the queue
        assert snapshot.done_pages("data_sets") == set(range(50))
        assert {d["id"]: d["name"] for d in snapshot.objects("data_sets")}["ds-0"] == "v49"
        snapshot.put_page("data_sets", [data_set(99)])
    with Snapshot(tmp_path / "s.db") as again:
        assert again.count("data_sets") == 51


def test_write_behind_puts_wait_for_room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """At most ``pages`` pages wait: memory stays bounded when the disk is slower than the
    tenant."""
    release = threading.Event()
    stored: list[int | None] = []
    with Snapshot(tmp_path / "s.db") as snapshot:
        real_store = snapshot._store

        def slow_store(kind: str, rows: list[Row], page: int | None) -> None:
            assert release.wait(10)
            stored.append(page)
            real_store(kind, rows, page)

        monkeypatch.setattr(snapshot, "_store", slow_store)
        with snapshot.write_behind(pages=2):
            puts = 0

            def put_four() -> None:
                nonlocal puts
                for n in range(4):
                    snapshot.put_page("data_sets", [data_set(n)], page=n)
                    puts += 1

            producer = threading.Thread(target=put_four)
            producer.start()
            producer.join(0.5)
            # One page taken by the writer (stuck), two waiting: the fourth put waits.
            assert producer.is_alive()
            assert puts == 3
            release.set()
            producer.join(10)
            assert not producer.is_alive()
        assert stored == [0, 1, 2, 3]
        assert snapshot.count("data_sets") == 4


def test_a_failure_of_the_writer_is_raised_and_later_pages_are_not_stored(
    tmp_path: Path,
) -> None:
    with Snapshot(tmp_path / "s.db") as snapshot:
        with snapshot.write_behind():
            snapshot.put_page("data_sets", [data_set(1)], page=1)
            # Its JSON is encoded in the thread, which fails there.
            snapshot.put_page("data_sets", [{"id": "ds-2", "owner": object()}], page=2)
            snapshot.put_page("data_sets", [data_set(3)], page=3)
            with pytest.raises(TypeError, match="object"):
                snapshot.count("data_sets")  # raised here, once the queue is stored
        assert snapshot.done_pages("data_sets") == {1}
        assert snapshot.ids("data_sets") == {"ds-1"}


def test_a_failure_of_the_writer_is_raised_on_leaving(tmp_path: Path) -> None:
    with Snapshot(tmp_path / "s.db") as snapshot:
        behind = snapshot.write_behind()
        behind.__enter__()
        snapshot.put_page("data_sets", [{"id": "ds-1", "owner": object()}], page=1)
        with pytest.raises(TypeError, match="object"):
            behind.__exit__(None, None, None)
        snapshot.put_page("data_sets", [data_set(2)], page=2)  # usable again afterwards
        assert snapshot.ids("data_sets") == {"ds-2"}


def test_rows_written_by_the_other_encoder_are_not_taken_for_changes(tmp_path: Path) -> None:
    """A snapshot written by the standard library (an older version, or no msgspec) holds
    ``\\u00e9`` and ``1e+16`` where msgspec writes ``é`` and ``1e16``: an incremental export
    compares values, so an unchanged object is not counted as changed."""
    doc = data_set(1, name="café", size=1e16)
    with Snapshot(tmp_path / "s.db") as snapshot:
        snapshot.put_page("data_sets", [doc])
        snapshot.commit()
    with sqlite3.connect(tmp_path / "s.db") as other:
        other.execute(
            "UPDATE data_sets SET json = ? WHERE id = 'ds-1'",
            (json.dumps(doc, sort_keys=True, separators=(",", ":")),),
        )
    with Snapshot(tmp_path / "s.db") as snapshot:
        assert snapshot.differing("data_sets", [doc]) == []
        changed = data_set(1, name="café!", size=1e16)
        assert snapshot.differing("data_sets", [changed, data_set(2)]) == [changed, data_set(2)]


def test_a_new_snapshot_has_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    with Snapshot(tmp_path / "new.db") as snapshot:
        snapshot.put_page("data_sets", [data_set(1)])
    with sqlite3.connect(tmp_path / "new.db") as db:
        assert db.execute("PRAGMA page_size").fetchone() == (16384,)
    with sqlite3.connect(tmp_path / "old.db") as db:
        db.execute("CREATE TABLE t (x)")  # a file made at SQLite's default page size
    with Snapshot(tmp_path / "old.db") as snapshot:
        snapshot.put_page("data_sets", [data_set(2)])
        assert snapshot.ids("data_sets") == {"ds-2"}
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("PRAGMA page_size").fetchone() == (4096,)
