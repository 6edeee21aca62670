"""A slice of the tenant in a snapshot: ``export --space/--store/--kind``.

The export reads the whole catalog as usual (the nested ``*`` routes list every data asset and
data set in ceil(N/100) calls; no route lists a space's data sets, and a store slice of a
large share of the tenant would cost more by store id), and, once complete, the snapshot keeps
only what the scope holds (:class:`~qlik_catalog.sync.scope.ScopeIndex`, the rule of plans and
pulls): the objects of the kinds named, in the spaces named, under the stores that match,
plus what those refer to (a data set's asset and store, a product's data sets, even of a kind
left out), so that every reference in the snapshot resolves. Of the spaces it keeps those
named (all, when none are). The scope is recorded in the snapshot's meta (``scope``) and in the
export's summary, and ``pull --from-snapshot`` of a sliced snapshot declares it in the file,
so that plans and prunes of that file stay inside the slice. An interrupted sliced export
resumes like any other: the slice is cut when it completes.

An incremental export lists every id of the tenant and would take each object outside the
slice for one created since, so a sliced snapshot is exported in full each time (for about the
same calls: an incremental lists every id anyway) and ``--incremental`` with a slice, or on a
sliced snapshot, is refused.
"""

from __future__ import annotations

import json
from typing import Any

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync.kinds import KINDS
from qlik_catalog.sync.scope import Scope, ScopeIndex
from qlik_catalog.sync.snapshot import Doc, Snapshot

__all__ = ["recorded_scope", "refuse_incremental_slice", "scope_of_snapshot", "slice_snapshot"]


def slice_snapshot(snapshot: Snapshot, scope: Scope) -> dict[str, Any]:
    """Drop every object of ``snapshot`` that ``scope`` does not hold, record the scope, and
    return it as recorded (space names resolved to ids). Raises :class:`QlikValueError` for a
    space the snapshot does not have (nothing is dropped then)."""
    current = {kind.name: list(_outlines(snapshot, kind.name)) for kind in KINDS}
    spaces = list(snapshot.objects("spaces"))
    index = ScopeIndex(scope, current, spaces)
    keep = {
        kind.name: {str(doc["id"]) for doc in current[kind.name] if index.holds(kind, doc)}
        for kind in KINDS
    }
    # What the kept objects refer to, products first: their data sets, then the data sets'
    # assets, then the assets' stores.
    for kind in reversed(KINDS):
        for doc in current[kind.name]:
            if str(doc["id"]) not in keep[kind.name]:
                continue
            parent_id = kind.parent_id(doc)
            if kind.parent is not None and parent_id is not None:
                keep[kind.parent.kind].add(parent_id)
            if kind.members is not None:
                keep[kind.members.kind].update(kind.member_ids(doc))
    for kind in KINDS:
        snapshot.drop(kind.name, snapshot.ids(kind.name) - keep[kind.name])
    if index.space_ids:
        snapshot.drop("spaces", snapshot.ids("spaces") - index.space_ids)
    recorded = {
        **scope.as_dict(),
        **({"space_ids": sorted(index.space_ids)} if scope.spaces else {}),
    }
    snapshot.set_meta(scope=json.dumps(recorded, sort_keys=True))
    return recorded


def recorded_scope(snapshot: Snapshot) -> dict[str, Any] | None:
    """The scope a sliced snapshot was cut to, as recorded (None: the whole tenant)."""
    raw = snapshot.get_meta("scope")
    if raw is None:
        return None
    loaded = json.loads(raw)
    return loaded if isinstance(loaded, dict) else None


def scope_of_snapshot(snapshot: Snapshot) -> Scope | None:
    """The :class:`Scope` a sliced snapshot was cut to (None: the whole tenant)."""
    recorded = recorded_scope(snapshot)
    if recorded is None:
        return None
    stores = recorded.get("stores") or []
    groups = [stores] if stores and all(isinstance(p, str) for p in stores) else stores
    kinds = recorded.get("kinds")
    return Scope(
        spaces=frozenset(recorded.get("spaces") or ()),
        stores=tuple(tuple(group) for group in groups),
        kinds=None if kinds is None else frozenset(kinds),
    )


def refuse_incremental_slice(snapshot: Snapshot, scope: Scope | None) -> None:
    """Refuse ``--incremental`` with a slice, or on a sliced snapshot."""
    sliced = recorded_scope(snapshot)
    if scope is None and sliced is None:
        return
    which = "a slice" if sliced is None else f"{snapshot.path}, a slice ({shown_scope(sliced)})"
    raise QlikValueError(
        f"an incremental export cannot update {which}: export the slice in full (about the "
        "same calls: an incremental lists every id of the tenant anyway)"
    )


def shown_scope(recorded: dict[str, Any]) -> str:
    """A recorded scope for people: ``spaces Finance; stores fin_*``."""
    return "; ".join(
        f"{key} {', '.join(map(str, value))}"
        for key, value in recorded.items()
        if key != "space_ids"
    )


def _outlines(snapshot: Snapshot, kind: str) -> list[Doc]:
    """What the scope rule reads of ``kind``'s objects: their ids, keys, spaces and parents
    from the snapshot's columns (a product: its JSON, for the data sets it lists)."""
    if kind == "data_products":
        return list(snapshot.objects(kind))
    return [
        {
            "id": object_id,
            "technicalName": technical_name,
            "spaceId": space_id,
            "dataStoreInfo": {"id": store_id},
            "dataAssetInfo": {"id": asset_id},
        }
        for object_id, technical_name, store_id, asset_id, space_id in snapshot.outlines(kind)
    ]
