"""The catalog snapshot: a SQLite file with one table per kind (the full JSON plus the columns
people query), the deletions seen by incremental exports, and the state that lets an
interrupted export resume. Also written as JSON Lines on request."""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from qlik_catalog._json import dumps_sorted, loads
from qlik_catalog.errors import QlikValueError

if TYPE_CHECKING:
    from qlik_catalog._fast_listing import ListedFields

Doc = dict[str, Any]


class Row(NamedTuple):
    """A catalog object as its table holds it: the columns people query, then its JSON (the
    text as read, or the object itself, encoded when the row is stored)."""

    id: str
    name: str | None
    technical_name: str | None
    store_id: str | None
    asset_id: str | None
    space_id: str | None
    created: str | None
    modified: str | None
    json: str | Doc

    def doc(self) -> Doc:
        """The object."""
        if isinstance(self.json, dict):
            return self.json
        doc: Doc = loads(self.json)
        return doc


def _text(value: Any) -> str | None:
    """A column's value: a string, or NULL for anything else (a hostile answer's object or
    number stays in the JSON, where it was, and cannot break the insert)."""
    return value if type(value) is str else None


def _ref_id(info: Any) -> str | None:
    return _text(info.get("id")) if isinstance(info, dict) else None


@dataclass(frozen=True)
class Kind:
    """One kind of catalog object and how its columns come out of its JSON."""

    table: str
    modified_field: str  # the last-modified timestamp Qlik keeps
    created_field: str

    def row(self, doc: Doc) -> Row:
        """The row of the object ``doc`` (its JSON encoded when it is stored)."""
        asset = doc.get("dataAssetInfo")
        asset_id = _ref_id(asset)
        # A data set names its store inside its asset's info.
        via_asset = asset.get("dataStoreInfo") if isinstance(asset, dict) else None
        store_id = _ref_id(via_asset if isinstance(via_asset, dict) else doc.get("dataStoreInfo"))
        return Row(
            str(doc["id"]),
            _text(doc.get("name")),
            _text(doc.get("technicalName")),
            store_id,
            asset_id,
            _text(doc.get("spaceId")),
            _text(doc.get(self.created_field)),
            _text(doc.get(self.modified_field)),
            doc,
        )

    def listed_row(self, fields: ListedFields, text: str) -> Row:
        """The row of a listed object read by :func:`qlik_catalog._json.read_listing`: the
        same columns as :meth:`row` gives for its decoded JSON, and the JSON as sent."""
        store_id = None if fields.dataStoreInfo is None else fields.dataStoreInfo.id
        asset = fields.dataAssetInfo
        asset_id = None if asset is None else asset.id
        if asset is not None and asset.dataStoreInfo is not None:
            store_id = asset.dataStoreInfo.id
        return Row(
            fields.id,
            fields.name,
            fields.technicalName,
            store_id,
            asset_id,
            fields.spaceId,
            getattr(fields, self.created_field, None),
            getattr(fields, self.modified_field, None),
            text,
        )


KINDS: dict[str, Kind] = {
    "spaces": Kind("spaces", "updatedAt", "createdAt"),
    "data_stores": Kind("data_stores", "lastModifiedTime", "createdTime"),
    "data_assets": Kind("data_assets", "lastModifiedTime", "createdTime"),
    "data_sets": Kind("data_sets", "lastModifiedTime", "createdTime"),
    "data_products": Kind("data_products", "updatedAt", "createdAt"),
}


@dataclass(frozen=True)
class FigureTable:
    """A table of figures about data sets (``export --with-quality``): one row per data set,
    the figures in columns and Qlik's JSON as it was sent (NULL: Qlik has no figure for it)."""

    name: str
    columns: tuple[str, ...]  # "name TYPE", between data_set_id and json
    figures: Callable[[Doc], tuple[Any, ...]]  # the columns' values out of Qlik's JSON

    def row(self, data_set_id: str, doc: Doc | None) -> tuple[Any, ...]:
        """(data_set_id, columns..., json)."""
        if doc is None:
            return (data_set_id, *([None] * len(self.columns)), None)
        return (
            data_set_id,
            *self.figures(doc),
            dumps_sorted(doc),
        )


def _quality_figures(doc: Doc) -> tuple[Any, ...]:
    counts = doc.get("quality")
    counts = counts if isinstance(counts, dict) else {}
    return (
        doc.get("connectionId"),
        doc.get("status"),
        *(counts.get(key) for key in ("valid", "invalid", "empty", "total", "updatedAt")),
    )


def _trust_figures(doc: Doc) -> tuple[Any, ...]:
    return (doc.get("score"), doc.get("previousScore"), doc.get("updatedAt"))


FIGURE_TABLES: dict[str, FigureTable] = {
    "data_quality": FigureTable(
        "data_quality",
        (
            "connection_id TEXT",
            "status TEXT",
            "valid INTEGER",
            "invalid INTEGER",
            "empty INTEGER",
            "total INTEGER",
            "updated_at TEXT",
        ),
        _quality_figures,
    ),
    "trust_scores": FigureTable(
        "trust_scores",
        ("score REAL", "previous_score REAL", "updated_at TEXT"),
        _trust_figures,
    ),
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS deletions (
    kind TEXT NOT NULL, id TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE IF NOT EXISTS done_pages (kind TEXT NOT NULL, page INTEGER NOT NULL,
    PRIMARY KEY (kind, page));
"""
_TABLE = """
CREATE TABLE IF NOT EXISTS {table} (
    id TEXT PRIMARY KEY, name TEXT, technical_name TEXT, store_id TEXT, asset_id TEXT,
    space_id TEXT, created TEXT, modified TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS {table}_store ON {table} (store_id);
CREATE INDEX IF NOT EXISTS {table}_asset ON {table} (asset_id);
"""


_FIGURE_TABLE = """
CREATE TABLE IF NOT EXISTS {name} (data_set_id TEXT PRIMARY KEY, {columns}, json TEXT);
"""


# Pages stored within this many seconds share a commit (see Snapshot.put_page).
COMMIT_EVERY = 0.5
# Pages that may wait for the writer thread of Snapshot.write_behind (a page of 100 data sets
# is about 120 KB of JSON): 16 stalled the event loop on a full queue for 0.5 to 1.2 s of an
# export of 100,000 data sets, when the writer fell behind for a moment; 64 absorb that
# (0.02 s), at about 10 MiB at most.
WRITE_BEHIND_PAGES = 64
# A page waiting for that thread: (kind, rows, page number or None).
_Queued = tuple[str, list[Row], int | None]


class Snapshot:
    """A snapshot file. Pages are committed at least every :data:`COMMIT_EVERY` seconds and
    every other write at once, so a crash loses at most the last half second of pages."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._committed = time.monotonic()
        self._closed = False
        self._queue: queue.Queue[_Queued | None] | None = None  # see write_behind
        self._writer_error: BaseException | None = None
        self._insert = {
            kind: f"INSERT OR REPLACE INTO {table.table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            for kind, table in KINDS.items()
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.path, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise QlikValueError(f"snapshot {self.path}: cannot open it ({exc})") from None
        try:
            # A write-ahead log and no fsync per commit: each commit is cheap and still atomic
            # (a killed process loses no committed page; a power cut at most the last commit).
            # 16 KiB pages for a new file (an existing one keeps its own): a data set's row
            # (about 1.2 KB) and its index entries take a third less of the writer's CPU to
            # store than at SQLite's default 4 KiB.
            self._db.execute("PRAGMA page_size=16384")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Checkpoints (the log copied into the file, with an fsync) were most of a bulk
            # export's commit time: the log may grow to 16 MiB between them (1,000 pages; the
            # last one, on close, is part of the export's wall time).
            self._db.execute("PRAGMA wal_autocheckpoint=1000")
            self._db.executescript(_SCHEMA)
            for kind in KINDS.values():
                self._db.executescript(_TABLE.format(table=kind.table))
            for figures in FIGURE_TABLES.values():
                self._db.executescript(
                    _FIGURE_TABLE.format(name=figures.name, columns=", ".join(figures.columns))
                )
            self._db.commit()
        except sqlite3.Error as exc:
            # Not a database (some other file), or one that cannot be written: a wrong --out.
            self._connection.close()
            raise QlikValueError(
                f"snapshot {self.path}: not a usable qlik-catalog snapshot ({exc})"
            ) from None

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection, once every page queued by :meth:`write_behind` is stored (so that
        what is read includes them, and the writer thread is idle while it is used)."""
        if self._queue is not None:
            self._queue.join()
            self._raise_writer_error()
        return self._connection

    def close(self) -> None:
        """Commit what is stored and close the file (again: nothing)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.commit()
        finally:
            self._connection.close()

    @contextmanager
    def write_behind(self, *, pages: int = WRITE_BEHIND_PAGES) -> Iterator[None]:
        """Within, :meth:`put_page` queues its page and returns: a thread of the snapshot's
        own encodes and stores it (SQLite leaves the GIL while it writes), so that an export's
        event loop is free to read the next answers. At most ``pages`` pages wait (then
        ``put_page`` waits for room: memory stays bounded whatever the tenant's pace). Every
        other use of the snapshot first waits until the queue is stored; a failure of the
        thread is raised there or at the next ``put_page``, and on leaving."""
        if self._queue is not None:
            yield  # already behind
            return
        waiting: queue.Queue[_Queued | None] = queue.Queue(maxsize=pages)
        writer = threading.Thread(
            target=self._write_queued, args=(waiting,), name="qlik-catalog-snapshot", daemon=True
        )
        writer.start()
        self._queue = waiting
        try:
            yield
        finally:
            self._queue = None
            waiting.put(None)  # after every page: the thread stores them all, then ends
            writer.join()
            self._raise_writer_error()

    def _write_queued(self, waiting: queue.Queue[_Queued | None]) -> None:
        while (item := waiting.get()) is not None:
            try:
                if self._writer_error is None:  # after a failure, the rest is not stored
                    self._store(*item)
            except BaseException as exc:  # handed to the loop's thread, raised there
                self._writer_error = exc
            finally:
                waiting.task_done()
        waiting.task_done()

    def _raise_writer_error(self) -> None:
        error, self._writer_error = self._writer_error, None
        if error is not None:
            raise error

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- meta -------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        """A value of the meta table."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, **values: str) -> None:
        """Set meta values (committed at once)."""
        self._db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )
        self.commit()

    # --- objects ----------------------------------------------------------------------------

    def put_page(self, kind: str, docs: Iterable[Doc], *, page: int | None = None) -> None:
        """Store a page of objects and mark the page done, for resuming (see
        :meth:`put_rows`)."""
        table = KINDS[kind]
        self.put_rows(kind, [table.row(doc) for doc in docs], page=page)

    def put_rows(self, kind: str, rows: list[Row], *, page: int | None = None) -> None:
        """Store a page of rows (of :meth:`Kind.row` or :meth:`Kind.listed_row`) and mark the
        page done, for resuming.

        Pages are committed together, at most :data:`COMMIT_EVERY` seconds apart (and by every
        other write, and on close): a commit per page was a sixth of an export's CPU. A page
        and its mark are in one transaction, so a killed export loses the pages of the last
        moments, and its resume reads exactly those again."""
        if self._queue is not None:
            self._raise_writer_error()
            self._queue.put((kind, rows, page))
            return
        self._store(kind, rows, page)

    def _store(self, kind: str, rows: list[Row], page: int | None) -> None:
        db = self._connection  # the caller is the only user: see write_behind
        # An object's JSON is encoded here, on the writer's thread when there is one.
        stored = [
            row if type(row.json) is str else row._replace(json=dumps_sorted(row.json))
            for row in rows
        ]
        db.executemany(self._insert[kind], stored)
        if page is not None:
            db.execute("INSERT OR IGNORE INTO done_pages VALUES (?, ?)", (kind, page))
        if time.monotonic() - self._committed >= COMMIT_EVERY:
            db.commit()
            self._committed = time.monotonic()

    def commit(self) -> None:
        """Commit what is stored so far."""
        self._db.commit()
        self._committed = time.monotonic()

    def differing(self, kind: str, docs: Iterable[Doc]) -> list[Doc]:
        """The objects of ``docs`` that the snapshot lacks or holds in another form: what an
        incremental export counts as changed (an object read again but unchanged is not)."""
        table = KINDS[kind]
        wanted = {str(doc["id"]): doc for doc in docs}
        stored: dict[str, str] = {}
        ids = list(wanted)
        # In chunks below SQLite's bound-parameter limit (999 on older builds).
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT id, json FROM {table.table} WHERE id IN ({marks})", chunk
            )
            stored.update((str(i), str(raw)) for i, raw in rows)
        # Compared in one encoder's form: a row written by another (msgspec, or the standard
        # library: see _json) differs in text, not in value.
        return [
            doc
            for i, doc in wanted.items()
            if (raw := stored.get(i)) is None or dumps_sorted(loads(raw)) != dumps_sorted(doc)
        ]

    def done_pages(self, kind: str) -> set[int]:
        """Pages of ``kind`` the running export has already stored."""
        rows = self._db.execute("SELECT page FROM done_pages WHERE kind = ?", (kind,))
        return {int(r[0]) for r in rows}

    def clear_progress(self) -> None:
        """Forget page progress (an export finished, or a new one starts)."""
        self._db.execute("DELETE FROM done_pages")
        self.commit()

    def reset(self) -> None:
        """Empty the snapshot: every object, deletion, page of progress and meta value (the
        tenant it came from included)."""
        for kind in KINDS.values():
            self._db.execute(f"DELETE FROM {kind.table}")
        for figures in FIGURE_TABLES.values():
            self._db.execute(f"DELETE FROM {figures.name}")
        self._db.execute("DELETE FROM meta")
        self._db.execute("DELETE FROM deletions")
        self._db.execute("DELETE FROM done_pages")
        self.commit()

    def ids(self, kind: str) -> set[str]:
        """Every id of ``kind`` in the snapshot."""
        return {str(r[0]) for r in self._db.execute(f"SELECT id FROM {KINDS[kind].table}")}

    def delete(self, kind: str, ids: Iterable[str], *, seen_at: str) -> None:
        """Remove objects and record their deletion."""
        id_list = list(ids)
        self._db.executemany(
            f"DELETE FROM {KINDS[kind].table} WHERE id = ?", [(i,) for i in id_list]
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO deletions VALUES (?, ?, ?)",
            [(kind, i, seen_at) for i in id_list],
        )
        self.commit()

    def drop(self, kind: str, ids: Iterable[str]) -> None:
        """Remove objects without recording a deletion (a full export reconciling what it
        stored against the tenant: the snapshot is a fresh picture, not a history)."""
        self._db.executemany(f"DELETE FROM {KINDS[kind].table} WHERE id = ?", [(i,) for i in ids])
        self.commit()

    def modified_times(self, kind: str) -> dict[str, str | None]:
        """id -> last-modified time of every object of ``kind`` (what a reconciliation
        compares with the tenant's listing)."""
        rows = self._db.execute(f"SELECT id, modified FROM {KINDS[kind].table}")
        return {str(i): None if m is None else str(m) for i, m in rows}

    def is_empty(self) -> bool:
        """Whether the snapshot holds no object of any kind."""
        return all(self.count(kind) == 0 for kind in KINDS)

    def deletions(self) -> list[tuple[str, str]]:
        """(kind, id) of every deletion recorded."""
        return [(str(k), str(i)) for k, i in self._db.execute("SELECT kind, id FROM deletions")]

    def newest_modified(self, kind: str) -> str | None:
        """The latest last-modified time of ``kind`` (the watermark of snapshots written before
        exports recorded their start time)."""
        row = self._db.execute(f"SELECT max(modified) FROM {KINDS[kind].table}").fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def objects(self, kind: str) -> Iterator[Doc]:
        """Every object of ``kind``, as the JSON Qlik sent."""
        for (raw,) in self._db.execute(f"SELECT json FROM {KINDS[kind].table} ORDER BY id"):
            yield loads(raw)

    def outlines(self, kind: str) -> Iterator[tuple[str, Any, Any, Any, Any]]:
        """(id, technical name, store id, asset id, space id) of every object of ``kind``:
        what deciding a slice needs, without decoding any JSON."""
        rows = self._db.execute(
            f"SELECT id, technical_name, store_id, asset_id, space_id FROM {KINDS[kind].table}"
        )
        for object_id, technical_name, store_id, asset_id, space_id in rows:
            yield str(object_id), technical_name, store_id, asset_id, space_id

    def count(self, kind: str) -> int:
        """How many objects of ``kind`` the snapshot holds."""
        row = self._db.execute(f"SELECT count(*) FROM {KINDS[kind].table}").fetchone()
        return int(row[0])

    # --- figures about data sets (export --with-quality) ------------------------------------

    def put_figures(self, table: str, figures: Iterable[tuple[str, Doc | None]]) -> None:
        """Replace the rows of the figure table ``table`` (one per data set id), in one
        commit."""
        figure_table = FIGURE_TABLES[table]
        marks = ", ".join("?" * (len(figure_table.columns) + 2))
        self._db.execute(f"DELETE FROM {figure_table.name}")
        self._db.executemany(
            f"INSERT INTO {figure_table.name} VALUES ({marks})",
            [figure_table.row(data_set_id, doc) for data_set_id, doc in figures],
        )
        self.commit()

    def figures(self, table: str) -> Iterator[tuple[str, Doc | None]]:
        """(data set id, Qlik's JSON or None) of every row of the figure table ``table``."""
        rows = self._db.execute(f"SELECT data_set_id, json FROM {FIGURE_TABLES[table].name}")
        for data_set_id, raw in rows.fetchall():
            yield str(data_set_id), None if raw is None else loads(raw)

    def drop_figures_of_gone_data_sets(self) -> None:
        """Remove the figures of data sets the snapshot no longer holds (deleted since the
        figures were read)."""
        for figure_table in FIGURE_TABLES.values():
            self._db.execute(
                f"DELETE FROM {figure_table.name} WHERE data_set_id NOT IN "
                f"(SELECT id FROM {KINDS['data_sets'].table})"
            )
        self.commit()

    def write_jsonl(self, path: str | Path) -> int:
        """Write every object as a JSON line ``{"kind": ..., "data": {...}}``, then every
        figure row as ``{"kind": "data_quality", "dataSetId": ..., "data": {...} or null}``;
        returns lines."""
        lines = 0
        with Path(path).open("w", encoding="utf-8") as out:
            for kind in KINDS:
                for doc in self.objects(kind):
                    out.write(json.dumps({"kind": kind, "data": doc}, sort_keys=True) + "\n")
                    lines += 1
            for table in FIGURE_TABLES:
                for data_set_id, figure in sorted(self.figures(table), key=lambda r: r[0]):
                    line = {"kind": table, "dataSetId": data_set_id, "data": figure}
                    out.write(json.dumps(line, sort_keys=True) + "\n")
                    lines += 1
        return lines
