"""What the emulated tenant holds, in memory: every resource as the JSON Qlik would send, and
the plumbing every write uses (deterministic ids, timestamps, the list cache, users created on
first mention, the Items API's index). The rules that span APIs are in state.py."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

Doc = dict[str, Any]


class IdFactory:
    """Deterministic ids: the same seed and the same calls give the same ids."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def hex24(self) -> str:
        """A 24-hex id, the shape of Qlik's catalog and space ids."""
        return f"{self._random.getrandbits(96):024x}"

    def guid(self) -> str:
        """A GUID, the shape of data product ids."""
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))


def iso(moment: datetime) -> str:
    """Qlik's timestamp form: ``2024-05-01T10:00:00.000Z``."""
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


@dataclass
class TenantRecords:
    """Everything the emulated tenant holds. Collections map id -> the resource's JSON."""

    seed: int = 0
    tenant_id: str = "emulated-tenant"
    users: dict[str, Doc] = field(default_factory=dict)
    spaces: dict[str, Doc] = field(default_factory=dict)
    data_stores: dict[str, Doc] = field(default_factory=dict)
    data_assets: dict[str, Doc] = field(default_factory=dict)
    data_sets: dict[str, Doc] = field(default_factory=dict)
    data_products: dict[str, Doc] = field(default_factory=dict)
    changelogs: dict[str, list[Doc]] = field(default_factory=dict)
    apps: dict[str, Doc] = field(default_factory=dict)
    reports: dict[str, Doc] = field(default_factory=dict)
    data_files: dict[str, Doc] = field(default_factory=dict)
    items: dict[str, Doc] = field(default_factory=dict)
    # data set id -> how many more profile requests answer 202 before the profiles are ready
    profiles_pending: dict[str, int] = field(default_factory=dict)
    # How many 202s a new data set's profiles (and status polls of a new report) give first.
    profile_delay: int = 1
    report_delay: int = 1
    # How many polls a data quality computation (or batch) answers unfinished first.
    quality_delay: int = 1
    # data set id -> its latest computed quality: connectionId, at (timestamp), by (user id).
    quality_results: dict[str, Doc] = field(default_factory=dict)
    # computation id -> datasetId, connectionId, polls (how many it has answered), status.
    quality_computations: dict[str, Doc] = field(default_factory=dict)
    # batch computation id -> the ids of its computations, in the product's data set order.
    quality_batches: dict[str, list[str]] = field(default_factory=dict)
    # Seeded resources get timestamps from a fixed start so that a seed repeats exactly.
    fixed_time: datetime | None = None
    # Bumped by every write (the emulator bumps it after each non-GET request, and seeding
    # does): sorted list results are cached for one generation, so that paging through a large
    # collection costs a slice per page rather than a sort of the whole collection.
    generation: int = 0

    def __post_init__(self) -> None:
        self.ids = IdFactory(self.seed)
        self._lists: dict[Hashable, tuple[int, list[Doc]]] = {}
        # (resourceType, resourceId) -> item id: finding a resource's item by scanning every
        # item made seeding quadratic (100,000 data sets index 100,000 items).
        self._item_ids: dict[tuple[str, str], str] = {}

    def changed(self) -> None:
        """Mark the state as written: cached list results are no longer valid."""
        self.generation += 1

    def cached_list(self, key: Hashable, compute: Callable[[], list[Doc]]) -> list[Doc]:
        """``compute()``, reused while nothing has been written since it was computed."""
        hit = self._lists.get(key)
        if hit is not None and hit[0] == self.generation:
            return hit[1]
        if len(self._lists) > 256:  # one entry per (list, selection, sort) asked this generation
            self._lists.clear()
        docs = compute()
        self._lists[key] = (self.generation, docs)
        return docs

    def now(self) -> str:
        """The time to stamp a write with."""
        if self.fixed_time is not None:
            self.fixed_time += timedelta(seconds=1)
            return iso(self.fixed_time)
        return iso(datetime.now(UTC))

    def user(self, user_id: str, *, name: str | None = None, email: str | None = None) -> Doc:
        """The user ``user_id``, created on first mention."""
        found = self.users.get(user_id)
        if found is None:
            stamp = self.now()
            found = {
                "id": user_id,
                "tenantId": self.tenant_id,
                "name": name or user_id,
                "email": email or f"{user_id}@example.com",
                "status": "active",
                "subject": f"auth0|{user_id}",
                "createdAt": stamp,
                "lastUpdatedAt": stamp,
                "assignedRoles": [
                    {"id": "r1", "name": "TenantAdmin", "type": "default", "level": "admin"}
                ],
                "assignedGroups": [],
                "assignedScopes": [],
                "locale": "en",
            }
            self.users[user_id] = found
        return found

    def _item_of(self, resource_type: str, resource_id: str) -> Doc | None:
        """The item of a resource, if it has one, through the index of items."""
        if len(self._item_ids) != len(self.items):  # items written around the index: rebuild
            self._item_ids = {
                (item["resourceType"], item["resourceId"]): item_id
                for item_id, item in self.items.items()
            }
        item_id = self._item_ids.get((resource_type, resource_id))
        return None if item_id is None else self.items.get(item_id)

    def index_item(self, resource_type: str, resource: Doc, *, owner: str) -> None:
        """Keep the Items API's view of an app, data set or data product up to date."""
        resource_id = resource["id"] if resource_type != "app" else resource["attributes"]["id"]
        name = resource.get("name") if resource_type != "app" else resource["attributes"]["name"]
        existing = self._item_of(resource_type, resource_id)
        stamp = self.now()
        if existing is None:
            existing = {
                "id": self.ids.hex24(),
                "resourceType": resource_type,
                "resourceId": resource_id,
                "tenantId": self.tenant_id,
                "ownerId": owner,
                "creatorId": owner,
                "createdAt": stamp,
                "resourceCreatedAt": stamp,
            }
            self.items[existing["id"]] = existing
            self._item_ids[(resource_type, resource_id)] = existing["id"]
        if resource.get("description") is not None:  # a string in the types, never null
            existing["description"] = resource["description"]
        existing.update(
            {
                "name": name or "",
                "spaceId": resource.get("spaceId")
                if resource_type != "app"
                else resource["attributes"].get("spaceId"),
                "updaterId": owner,
                "updatedAt": stamp,
                "resourceUpdatedAt": stamp,
                "resourceLink": f"/{resource_type}/{resource_id}",
            }
        )

    def drop_item(self, resource_type: str, resource_id: str) -> None:
        """Remove the item of a deleted resource."""
        item = self._item_of(resource_type, resource_id)
        if item is not None:
            del self.items[item["id"]]
            del self._item_ids[(resource_type, resource_id)]
