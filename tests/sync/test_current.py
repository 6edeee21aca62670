"""The current catalog in outlines: a snapshot read as a dict export would be, full objects
read only for what is compared (a chunk at a time), plans and copies the same either way."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import make_plan, parse_catalog
from qlik_catalog.sync.copy import catalog_from_current, catalog_from_objects
from qlik_catalog.sync.current import CHUNK, DocsCurrent, Outline, SnapshotCurrent, label_of
from qlik_catalog.sync.kinds import BY_NAME, KINDS, Kind
from qlik_catalog.sync.pull import catalog_document, document_of, read_snapshot
from qlik_catalog.sync.snapshot import Doc
from tests.sync.test_plan_apply import fast

STORES = BY_NAME["data_stores"]
SETS = BY_NAME["data_sets"]


class Counted(DocsCurrent):
    """A :class:`DocsCurrent` that records the ids of every read of full objects."""

    def __init__(self, objects: dict[str, list[Doc]]) -> None:
        super().__init__(objects)
        self.reads: list[tuple[str, list[str]]] = []

    def _read(self, kind: Kind, ids: Sequence[str]) -> dict[str, Doc]:
        self.reads.append((kind.name, list(ids)))
        return super()._read(kind, ids)


async def exported(tmp_path: Path) -> tuple[Emulator, Path]:
    emulator = Emulator()
    emulator.seed("small")
    path = tmp_path / "snapshot.db"
    async with fast(emulator) as qlik:
        await qlik.catalog.export(path)
    return emulator, path


async def test_a_snapshot_gives_the_outlines_and_objects_of_its_dicts(tmp_path: Path) -> None:
    _, path = await exported(tmp_path)
    objects = read_snapshot(path)
    in_memory = DocsCurrent(objects)
    with SnapshotCurrent(path) as current:
        for kind in KINDS:
            assert current.outlines(kind) == in_memory.outlines(kind), kind.name
            assert current.in_creation_order(kind) == in_memory.in_creation_order(kind)
            ids = [doc["id"] for doc in objects[kind.name]]
            assert len(ids) > 0
            assert dict(current.docs(kind, reversed(ids))) == {
                d["id"]: d for d in objects[kind.name]
            }
        assert current.spaces() == objects["spaces"]


async def test_plans_copies_and_pulls_are_the_same_from_a_snapshot(tmp_path: Path) -> None:
    _, path = await exported(tmp_path)
    objects = read_snapshot(path)
    # A file that renames a store, drops the rest (pruned) and adds one.
    [store, *_] = objects["data_stores"]
    desired = parse_catalog(
        {
            "dataStores": [
                {"technicalName": store["technicalName"], "name": "Renamed"},
                {"technicalName": "new_store", "type": "s3"},
            ]
        }
    )
    with SnapshotCurrent(path) as current:
        from_snapshot = make_plan(desired, current, prune=True)
        copied = catalog_from_current(current)
        document = document_of(current)
    from_dicts = make_plan(desired, objects, prune=True)
    assert from_snapshot.as_dict() == from_dicts.as_dict()
    assert from_snapshot.existing_ids == from_dicts.existing_ids
    assert from_snapshot.counts()["delete"] > 0
    assert copied == catalog_from_objects(objects)
    assert document == catalog_document(objects)


def test_only_the_objects_matched_are_read_in_full_a_chunk_at_a_time() -> None:
    stores = [
        {"id": f"s{i:04}", "technicalName": f"store_{i}", "name": f"S{i}", "version": 1}
        for i in range(CHUNK * 2 + 10)
    ]
    current = Counted({"data_stores": stores})
    desired = parse_catalog({"dataStores": [{"technicalName": "store_7", "name": "Seven"}]})
    plan = make_plan(desired, current)
    [update] = plan.changes
    assert (update.id, update.diff[0].old, update.diff[0].new) == ("s0007", "S7", "Seven")
    assert current.reads == [("data_stores", ["s0007"])]
    # A prune reads every object it deletes (its version goes in the plan), in chunks.
    current.reads.clear()
    pruned = make_plan(desired, current, prune=True)
    assert pruned.counts() == {"create": 0, "update": 1, "delete": len(stores) - 1}
    deleted = [ids for kind, ids in current.reads[1:] if kind == "data_stores"]
    assert [len(ids) for ids in deleted] == [CHUNK, CHUNK, 9]
    assert all(c.stamp == {"version": 1} for c in pruned.changes)


def test_an_object_is_named_by_its_key_else_its_name_else_its_id() -> None:
    assert label_of(STORES, {"id": "s1", "technicalName": "lake", "name": "Lake"}) == "lake"
    assert label_of(STORES, {"id": "s1", "technicalName": "", "name": "Lake"}) == "Lake"
    assert label_of(STORES, {"id": "s1", "technicalName": None}) == "s1"
    [outline] = DocsCurrent({"data_stores": [{"id": "s1", "technicalName": None}]}).outlines(STORES)
    # Matched as the text of its key field (as before), named by its id.
    assert (outline.key, outline.label) == ("None", "s1")


def test_children_are_found_by_parent_in_export_order() -> None:
    sets = [
        {"id": f"d{i}", "technicalName": f"t{i}", "dataAssetInfo": {"id": f"a{i % 2}"}}
        for i in range(5)
    ]
    current = DocsCurrent({"data_sets": sets})
    assert [o.id for o in current.children(SETS, "a0")] == ["d0", "d2", "d4"]
    assert [o.id for o in current.children(SETS, "a1")] == ["d1", "d3"]
    assert current.children(SETS, "nope") == []
    # Parents are held once, however many children name them.
    first, second = current.children(SETS, "a0")[:2]
    assert first.parent is second.parent


def test_a_selection_keeps_the_ids_given_and_reads_through_the_whole() -> None:
    stores = [
        {"id": f"s{i}", "technicalName": f"t{i}", "createdTime": f"2024-0{9 - i}"} for i in range(4)
    ]
    whole = Counted({"data_stores": stores, "spaces": [{"id": "sp"}]})
    part = whole.selected({"data_stores": {"s1", "s3"}})
    assert [o.id for o in part.outlines(STORES)] == ["s1", "s3"]
    assert [o.id for o in part.in_creation_order(STORES)] == ["s3", "s1"]
    assert dict(part.docs(STORES, ["s3"])) == {"s3": stores[3]}
    assert whole.reads == [("data_stores", ["s3"])]
    assert part.spaces() == [{"id": "sp"}]


def test_an_outline_reads_back_as_what_the_scope_rule_needs() -> None:
    outline = Outline("d1", "orders", "orders", "a1", "sp1")
    assert outline.as_doc(SETS) == {
        "id": "d1",
        "technicalName": "orders",
        "spaceId": "sp1",
        "dataAssetInfo": {"id": "a1"},
    }
    assert SETS.parent_id(outline.as_doc(SETS)) == "a1"
