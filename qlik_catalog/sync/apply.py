"""Applying a :class:`Plan`: creates and updates kind by kind in creation order (each kind's
changes concurrently, within the client's rate limits), then deletes in deletion order (see
:mod:`qlik_catalog.sync.kinds`).
Every change gets an outcome in the report; a failure never stops the others, and a child
whose parent could not be created fails with that reason. Re-running plan and apply finishes
whatever a failed or interrupted run left.

Every outcome is true of the tenant afterwards:

- an update of a kind whose PATCH takes no version test (data products) reads the object first
  and is refused, nothing written, when it changed since the plan (read-compare-write: the
  window left is one round trip, as small as the API allows);
- when a change's answer is lost (the connection dropped after the request went out, or a
  timeout), the tenant is read to settle it: a create that happened is a success with the id
  it made (found by its key in its parent), an update whose values are there is a success, and
  a delete is done when the object is gone (also when a retry of it answers 404).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from qlik_catalog.batch import BatchResult, run_batch
from qlik_catalog.errors import (
    ChangedSincePlanError,
    ConflictError,
    NotAppliedError,
    NotFoundError,
    QlikConnectionError,
    QlikValueError,
)
from qlik_catalog.sync.catalog_file import Entry
from qlik_catalog.sync.kinds import (
    BY_NAME,
    CREATE_ORDER,
    DELETE_ORDER,
    KINDS,
    Kind,
    KindResource,
    field_of,
    pointer,
)
from qlik_catalog.sync.plan import Change, Plan

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

logger = logging.getLogger("qlik_catalog")


@dataclass
class Outcome:
    """What happened to one planned change: ``key`` as in the plan, ``id`` the tenant's id of
    the object (the new one for a create), ``source_id`` the source's id in a copy."""

    kind: str
    key: str
    action: str
    ok: bool
    id: str | None = None
    error: str | None = None
    source_id: str | None = None
    # True for a change refused because its object moved since the plan (nothing written).
    conflict: bool | None = None

    @classmethod
    def of(
        cls,
        change: Change,
        ok: bool,
        id: str | None,
        error: str | None = None,
        *,
        conflict: bool = False,
    ) -> Outcome:
        """The outcome of ``change``."""
        return cls(
            change.kind,
            change.key,
            change.action,
            ok,
            id,
            error,
            change.source_id,
            conflict or None,
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class ApplyReport:
    """Every change's outcome, in plan order."""

    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every change succeeded."""
        return all(o.ok for o in self.outcomes)

    def counts(self) -> dict[str, int]:
        """Succeeded and failed changes."""
        failed = sum(not o.ok for o in self.outcomes)
        return {"succeeded": len(self.outcomes) - failed, "failed": failed}

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {
            "counts": self.counts(),
            "seconds": round(self.seconds, 3),
            "outcomes": [o.as_dict() for o in self.outcomes],
        }

    def write(self, path: str | Path) -> None:
        """Write the report as JSON."""
        Path(path).write_text(json.dumps(self.as_dict(), indent=2) + "\n", encoding="utf-8")


async def apply_plan(
    qlik: QlikCatalog,
    plan: Plan,
    *,
    report_path: str | Path | None = None,
    concurrency: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ApplyReport:
    """Carry out ``plan`` and return (and optionally write) the report of every change.

    ``report_path`` is checked before the first change (its directory must exist and be
    writable): a :class:`~qlik_catalog.errors.QlikValueError` then, rather than a report lost
    after the changes were made."""
    if report_path is not None:
        check_report_path(report_path)
    run = _Run(qlik, plan, concurrency or qlik.concurrency, progress)
    try:
        for kind in CREATE_ORDER:
            await run.phase(kind, ("create", "update"))
        for kind in DELETE_ORDER:
            await run.phase(kind, ("delete",))
    except BaseException as exc:
        # Cancelled or interrupted: the report still names every change before it propagates.
        run.finish(f"the apply was interrupted ({type(exc).__name__})", report_path)
        raise
    return run.finish(None, report_path)


def check_report_path(path: str | Path) -> None:
    """Raise :class:`~qlik_catalog.errors.QlikValueError` unless a report can be written to
    ``path``: a file (new or writable) in a writable directory that exists."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise QlikValueError(
            f"report {str(target)!r}: the directory {str(folder)!r} does not exist"
        )
    if target.is_dir():
        raise QlikValueError(f"report {str(target)!r} is a directory")
    if target.exists() and not os.access(target, os.W_OK):
        raise QlikValueError(f"report {str(target)!r} is not writable")
    if not target.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise QlikValueError(
            f"report {str(target)!r}: the directory {str(folder)!r} is not writable"
        )


class _Run:
    """One apply: the ids known so far (matched at planning time, or created since) and every
    outcome, recorded the moment it is known so that an interruption loses none."""

    def __init__(
        self,
        qlik: QlikCatalog,
        plan: Plan,
        concurrency: int,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.qlik = qlik
        self.plan = plan
        self.concurrency = concurrency
        self.progress = progress
        self.started = time.monotonic()
        self.ids = {k.name: dict(plan.existing_ids.get(k.name, {})) for k in KINDS}
        self.results: dict[int, Outcome] = {}
        # Changes sent and not settled yet: cut off by an interruption, they may have been made.
        self.in_flight: set[int] = set()

    async def phase(self, kind: Kind, actions: tuple[str, ...]) -> None:
        """Carry out the changes of ``kind`` with one of ``actions``, concurrently."""
        indexes = [
            i
            for i, c in enumerate(self.plan.changes)
            if c.kind == kind.name and c.action in actions
        ]
        if indexes and actions == ("delete",):
            await self.deletes(kind, indexes)
        elif indexes:
            await run_batch(indexes, self.one, concurrency=self.concurrency)

    async def one(self, index: int) -> None:
        """Carry out one change and record its outcome."""
        change = self.plan.changes[index]
        # Left in flight (no ``finally``) when a cancellation cuts it off: see ``cut_off``.
        self.in_flight.add(index)
        try:
            new_id = await self.carry_out(BY_NAME[change.kind], change) or change.id
        except Exception as error:  # an outcome, never the end of the apply
            self.failed(index, error)
            return
        if change.action != "delete" and new_id:
            self.ids[change.kind][change.key] = new_id
        self.record(index, Outcome.of(change, True, new_id))

    def failed(self, index: int, error: Exception) -> None:
        """Record the failure of change ``index``."""
        change = self.plan.changes[index]
        failure = f"{type(error).__name__}: {error}"
        # A 409 to an update led by a version test: the object moved since the plan.
        conflict = isinstance(error, ChangedSincePlanError) or (
            isinstance(error, ConflictError) and change.action == "update"
        )
        if conflict and not isinstance(error, ChangedSincePlanError):
            failure = (
                f"conflict: the {BY_NAME[change.kind].label} changed since the plan (its "
                f"version moved); nothing was written: plan again ({failure})"
            )
        # A create that made its object and then failed names the object it made.
        id = change.id or self.ids[change.kind].get(change.key)
        self.record(index, Outcome.of(change, False, id, failure, conflict=conflict))

    async def deletes(self, kind: Kind, indexes: list[int]) -> None:
        """Carry out the deletes of ``kind`` together: through the kind's batch delete
        (``delete_many``: 100 ids per request, the requests concurrent), so that 1,000
        deletes of data sets take 10 calls, not 1,000. A saved plan's deletes are first
        checked one by one (each object as the plan read it: that read is per object); each
        delete still gets its own outcome."""
        resource = kind.resource_of(self.qlik)
        ready = list(indexes)
        if self.plan.saved_from is not None:
            ready = []

            async def check(index: int) -> None:
                change = self.plan.changes[index]
                assert change.id is not None
                try:
                    if change.stamp and not await self.unchanged(kind, resource, change, change.id):
                        self.record(index, Outcome.of(change, True, change.id))  # gone already
                        return
                except Exception as error:  # an outcome, never the end of the apply
                    self.failed(index, error)
                    return
                ready.append(index)

            await run_batch(indexes, check, concurrency=self.concurrency)
        by_id: dict[str, list[int]] = {}
        for index in sorted(ready):
            change_id = self.plan.changes[index].id
            assert change_id is not None
            by_id.setdefault(change_id, []).append(index)
        if not by_id:
            return
        self.in_flight.update(ready)  # sent together: cut off, none is known to be done
        result = await resource.delete_many(list(by_id), concurrency=self.concurrency)

        async def settle(object_id: str) -> None:
            await self.settle_delete(resource, object_id, by_id[object_id], result)

        await run_batch(list(by_id), settle, concurrency=self.concurrency)

    async def settle_delete(
        self,
        resource: KindResource,
        object_id: str,
        indexes: list[int],
        result: BatchResult[str, None],
    ) -> None:
        """Record the outcome of the deletes ``indexes`` of ``object_id`` from ``result``."""
        error = result.failed.get(object_id)
        if error is not None and not await self.deleted_anyway(resource, object_id, error):
            for index in indexes:
                self.failed(index, error)
            return
        for index in indexes:
            self.record(index, Outcome.of(self.plan.changes[index], True, object_id))

    async def still_as_planned(
        self, kind: Kind, resource: KindResource, indexes: list[int]
    ) -> list[int]:
        """The deletes of a saved plan whose objects are as the plan read them; the others get
        their outcome here (a conflict, or done when the object is gone already)."""
        ready: list[int] = []

        async def check(index: int) -> None:
            change = self.plan.changes[index]
            assert change.id is not None
            try:
                if change.stamp and not await self.unchanged(kind, resource, change, change.id):
                    self.record(index, Outcome.of(change, True, change.id))  # gone already
                    return
            except Exception as error:  # an outcome, never the end of the apply
                self.failed(index, error)
                return
            ready.append(index)

        await run_batch(indexes, check, concurrency=self.concurrency)
        return ready

    async def deleted_anyway(self, resource: KindResource, id: str, error: Exception) -> bool:
        """Whether a delete that failed with ``error`` left the object gone all the same: a
        404 (a retry after a lost answer, or someone else's delete), or a lost answer after
        which the object is no longer there."""
        if isinstance(error, NotFoundError):
            logger.info("delete of %s answered 404: it is gone", id)
            return True
        if isinstance(error, QlikConnectionError):
            try:
                gone = await self.gone(resource, id)
            except Exception:  # the read failed too: the delete's own error is reported
                return False
            if gone:
                logger.info("delete of %s: the answer was lost; read back, it is gone", id)
            return gone
        return False

    def record(self, index: int, outcome: Outcome) -> None:
        """Keep an outcome and tell ``progress``."""
        self.results[index] = outcome
        self.in_flight.discard(index)
        if self.progress is not None:
            self.progress(len(self.results), len(self.plan.changes))

    async def carry_out(self, kind: Kind, change: Change) -> str | None:
        """Send one create or update; the id of what it created or updated."""
        resource = kind.resource_of(self.qlik)
        if change.action == "create":
            assert change.entry is not None
            if self.plan.saved_from is not None:
                await self.key_still_free(kind, change.entry)
            return await self.create(kind, resource, change.key, change.entry)
        assert change.id is not None
        assert change.action == "update"  # deletes go through ``deletes``
        await self.update(kind, resource, change, change.id)
        return change.id

    async def key_still_free(self, kind: Kind, entry: Entry) -> None:
        """Refuse the create of a saved plan when an object with its key (in its parent) was
        made since the plan: creating another would make a duplicate."""
        parent_id = None
        if kind.parent is not None:
            parent_id = self.ids[kind.parent.kind].get(entry.parent or "")
            if parent_id is None:
                return  # its parent is still to be made (or failed): nothing can hold its key
        key = str(entry.fields.get(kind.key_field, entry.key))
        known = set(self.ids[kind.name].values())
        taken = [d for d in await kind.find(self.qlik, key, parent_id) if d["id"] not in known]
        if taken:
            raise ChangedSincePlanError(
                f"conflict: a {kind.label} with its key {key!r} was made since the plan "
                f"({taken[0]['id']}); nothing was created: plan again"
            )

    async def unchanged(self, kind: Kind, resource: KindResource, change: Change, id: str) -> bool:
        """Whether the object a saved plan deletes is as the plan read it (False: it is gone);
        a :class:`ChangedSincePlanError` when it moved since."""
        try:
            if kind.guard_read is not None:  # the JSON as Qlik sends it, as the plan read it
                current = await kind.guard_read(self.qlik, id)
            else:
                current = (await resource.get(id)).to_dict()
        except NotFoundError:
            return False
        moved = sorted(k for k, v in change.stamp.items() if current.get(k) != v)
        if moved:
            raise ChangedSincePlanError(
                f"conflict: the {kind.label} changed since the plan ({', '.join(moved)}); "
                "it was not deleted: plan again"
            )
        # Deleting it deletes what is inside it; its own version does not move when something
        # is added inside, so what is inside is listed again: all of it must be in the plan.
        planned = set(change.takes) | self.deleted_by_plan()
        added = [pair for pair in await self.inside_now(kind, id) if pair not in planned]
        if added:
            named = ", ".join(f"{k} {key}" for k, key in added[:5])
            raise ChangedSincePlanError(
                f"conflict: the {kind.label} holds what the plan did not know ({named}); it "
                "was not deleted, so as not to delete that too: plan again"
            )
        return True

    def deleted_by_plan(self) -> set[tuple[str, str]]:
        """The objects the plan deletes, as ``(kind, key)``."""
        return {(c.kind, c.key) for c in self.plan.changes if c.action == "delete"}

    async def inside_now(self, kind: Kind, id: str) -> list[tuple[str, str]]:
        """What object ``id`` of ``kind`` holds on the tenant now (its assets, their data
        sets...), as ``(kind, key)``, read through each child kind's listing."""
        found: list[tuple[str, str]] = []
        for child in KINDS:
            if child.parent is None or child.parent.kind != kind.name or child.list_in is None:
                continue
            async for item in child.list_in(self.qlik, id):
                doc = item.to_dict()
                if child.parent_id(doc) != id:
                    continue
                key = str(doc.get(child.key_field) or doc.get("name") or doc["id"])
                found.append((child.name, key))
                found += await self.inside_now(child, str(doc["id"]))
        return found

    async def update(self, kind: Kind, resource: KindResource, change: Change, id: str) -> None:
        """Patch one object, unless it changed since the plan read it."""
        ops = [self.resolved(kind, op) for op in change.ops]
        if kind.guard_read is not None and change.expected:
            current = await kind.guard_read(self.qlik, id)
            changed = sorted(k for k, v in change.expected.items() if current.get(k) != v)
            if changed:
                raise ChangedSincePlanError(
                    f"conflict: the {kind.label} changed since the plan ({', '.join(changed)});"
                    " nothing was written, so as not to overwrite that change: plan again"
                )
        await self.patch(kind, resource, id, ops)

    async def patch(
        self, kind: Kind, resource: KindResource, id: str, ops: list[dict[str, Any]]
    ) -> None:
        """Send a patch; when its answer is lost, done if its values are there."""
        try:
            await resource.patch(id, ops)
        except QlikConnectionError:
            current_doc = (await resource.get(id)).to_dict()
            if not all(
                current_doc.get(field_of(str(op["path"]))) == op.get("value")
                for op in ops
                if op.get("op") != "test"
            ):
                raise
            logger.info(
                "%s %s: the patch's answer was lost; read back, it was made", kind.label, id
            )

    async def gone(self, resource: KindResource, id: str) -> bool:
        """Whether the object ``id`` no longer exists (read to settle a lost answer)."""
        try:
            await resource.get(id)
        except NotFoundError:
            return True
        return False

    async def create(self, kind: Kind, resource: KindResource, key: str, entry: Entry) -> str:
        """Create the object planned as ``key``, then patch in what its create call does not
        take."""
        takes = kind.create_fields
        body = {k: v for k, v in entry.fields.items() if takes is None or k in takes}
        later = [
            {"op": "replace", "path": pointer(k), "value": v}
            for k, v in sorted(entry.fields.items())
            if k not in body
        ]
        # References are resolved before the create, so that a missing parent or member
        # leaves nothing half made.
        if kind.parent is not None:
            body[kind.parent.info_field] = {"id": self.parent_id(kind, entry)}
        if kind.members is not None and entry.members:
            value = self.ids_of(kind.members.kind, entry.members)
            later.append({"op": "replace", "path": pointer(kind.members.doc_field), "value": value})
        try:
            new_id = str((await resource.create(body)).id)
        except QlikConnectionError as lost:
            new_id = await self.made_anyway(kind, entry, body, lost)
        # Known from here on: a failure below still names the object made (see ``one``).
        self.ids[kind.name][key] = new_id
        if later:
            try:
                await self.patch(kind, resource, new_id, later)
            except Exception as error:
                fields = ", ".join(field_of(str(op["path"])) for op in later)
                raise NotAppliedError(
                    f"created as {new_id}, but setting {fields} failed:"
                    f" {type(error).__name__}: {error}; plan again to finish it"
                ) from error
        return new_id

    async def made_anyway(
        self, kind: Kind, entry: Entry, body: dict[str, Any], lost: QlikConnectionError
    ) -> str:
        """The id of what a create of ``body`` whose answer was ``lost`` made, found by its key
        in its parent among the objects this apply does not know and holding every value it
        sent; ``lost`` itself when there is none (nothing was made)."""
        never_sent = isinstance(lost.__cause__, httpx.ConnectError | httpx.ConnectTimeout)
        # Under retry_on_all_errors an earlier attempt may have reached the tenant before the
        # last one could not connect: only the tenant can tell then.
        if never_sent and not self.qlik.retry.retry_on_all_errors:
            raise lost  # it never reached the tenant: whatever has its key is not its doing
        parent_id = self.parent_id(kind, entry) if kind.parent is not None else None
        key = str(entry.fields.get(kind.key_field, entry.key))
        known = set(self.ids[kind.name].values())
        # An object someone else made with the same key since the plan is not this create's
        # doing (its request may have been lost before the tenant carried it out): only one
        # holding what was sent is taken, so that the success reported is true of the tenant.
        sent = {k: v for k, v in body.items() if k not in kind.reference_fields}
        found = [
            d
            for d in await kind.find(self.qlik, key, parent_id)
            if d["id"] not in known and all(d.get(k) == v for k, v in sent.items())
        ]
        if not found:
            raise lost
        if len(found) > 1:
            raise NotAppliedError(
                f"its answer was lost ({lost}) and {len(found)} {kind.label}s with its key exist"
                " that the plan did not know: which one it made cannot be told"
            )
        logger.info("%s %r: the create's answer was lost; read back, it was made", kind.label, key)
        return str(found[0]["id"])

    def parent_id(self, kind: Kind, entry: Entry) -> str:
        """The id of ``entry``'s parent, which must exist by now."""
        assert kind.parent is not None
        parent_id = self.ids[kind.parent.kind].get(entry.parent or "")
        if parent_id is None:
            raise NotAppliedError(f"its parent {entry.parent!r} was not created")
        return parent_id

    def resolved(self, kind: Kind, op: dict[str, Any]) -> dict[str, Any]:
        """``op`` with its members' keys (a planned marker) turned into ids."""
        value = op.get("value")
        if kind.members is None or not isinstance(value, dict) or kind.members.marker not in value:
            return op
        return {**op, "value": self.ids_of(kind.members.kind, value[kind.members.marker])}

    def ids_of(self, kind_name: str, keys: list[str]) -> list[str]:
        """The ids of objects of ``kind_name`` by key, all of which must exist by now."""
        ids = self.ids[kind_name]
        missing = [k for k in keys if k not in ids]
        if missing:
            label = BY_NAME[kind_name].label
            raise NotAppliedError(f"{label}(s) {', '.join(missing)} do not exist")
        return [ids[k] for k in keys]

    def finish(self, interrupted: str | None, path: str | Path | None) -> ApplyReport:
        """The report of every change (written to ``path`` if given); a change never reached,
        or cut off, is failed: a re-run redoes it."""
        outcomes = [
            self.results.get(index) or self.cut_off(index, change, interrupted)
            for index, change in enumerate(self.plan.changes)
        ]
        report = ApplyReport(outcomes, time.monotonic() - self.started)
        if path is not None:
            report.write(path)
        return report

    def cut_off(self, index: int, change: Change, interrupted: str | None) -> Outcome:
        """The outcome of a change without one when the apply ended: never sent, it was not
        done; sent and cut off before its answer, whether it was made is not known (saying
        "not done" could be false)."""
        if index in self.in_flight:
            error = f"not known whether done: {interrupted} before its answer; plan again"
        else:
            error = f"not done: {interrupted}"
        id = change.id or self.ids[change.kind].get(change.key)
        return Outcome.of(change, False, id, error)
