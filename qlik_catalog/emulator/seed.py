"""Deterministic content for an emulated tenant: the same counts and seed give the same ids,
names and timestamps every time."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import UTC, datetime

from qlik_catalog.emulator.state import Doc, TenantState

STORE_TYPES = ("qix-datafiles", "snowflake", "postgresql", "amazon-s3")
FIELD_TYPES = ("STRING", "INTEGER", "DOUBLE", "DATE", "TIMESTAMP", "BOOLEAN")

# Named seeds for `qlik-catalog emulator --seed NAME` and the demo.
PRESETS: dict[str, dict[str, int]] = {
    "empty": {"stores": 0, "assets_per_store": 0, "sets_per_asset": 0, "products": 0},
    "small": {"stores": 3, "assets_per_store": 2, "sets_per_asset": 3, "products": 2},
    "demo": {"stores": 40, "assets_per_store": 5, "sets_per_asset": 12, "products": 25},
}


@dataclass(frozen=True)
class SeedSummary:
    """How many of each resource the seed created."""

    spaces: int
    users: int
    data_stores: int
    data_assets: int
    data_sets: int
    data_products: int
    apps: int
    data_files: int


def seed_tenant(
    state: TenantState,
    *,
    owner_id: str,
    stores: int = 3,
    assets_per_store: int = 2,
    sets_per_asset: int = 3,
    products: int = 2,
    users: int = 3,
    apps: int = 2,
    data_files: int = 4,
) -> SeedSummary:
    """Fill ``state`` with spaces, users, a store -> asset -> set tree, data products over the
    sets, apps and data files. Timestamps start at 2024-01-01T00:00:00Z. Seeding again adds
    more (numbered on from what is there), in the same three spaces."""
    for name, value in (
        ("stores", stores),
        ("assets_per_store", assets_per_store),
        ("sets_per_asset", sets_per_asset),
        ("products", products),
        ("users", users),
        ("apps", apps),
        ("data_files", data_files),
    ):
        if value < 0:
            raise ValueError(f"seed: {name} must be >= 0, not {value}")
    state.fixed_time = datetime(2024, 1, 1, tzinfo=UTC)
    # Seeding only allocates what the tenant keeps (no cycles to free), but the cyclic
    # collector would still walk the growing heap again and again: with it paused, 100,000
    # data sets seed in half the time. It is restored as it was, even on an error.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _seed(
            state,
            owner_id,
            stores,
            assets_per_store,
            sets_per_asset,
            products,
            users,
            apps,
            data_files,
        )
    finally:
        state.fixed_time = None
        if collecting:
            gc.enable()


def _stamped(state: TenantState, owner_id: str, doc: Doc) -> Doc:
    stamp = state.now()
    doc.update(
        {
            "tenantId": state.tenant_id,
            "ownerId": owner_id,
            "createdBy": owner_id,
            "createdTime": stamp,
            "lastModifiedBy": owner_id,
            "lastModifiedTime": stamp,
            "version": 1,
        }
    )
    return doc


def _seed_spaces(state: TenantState, owner_id: str) -> list[str]:
    """The three seeded spaces (one of each team type); seeding again reuses them."""
    space_ids: list[str] = []
    for name, kind in (("Sales", "shared"), ("Finance", "managed"), ("Lake", "data")):
        existing = [sp["id"] for sp in state.spaces.values() if sp["name"] == name]
        if existing:  # seeding again adds content, into the same spaces
            space_ids.append(existing[0])
            continue
        space_id = state.ids.hex24()
        stamp = state.now()
        state.spaces[space_id] = {
            "id": space_id,
            "name": name,
            "type": kind,
            "description": f"{name} space",
            "ownerId": owner_id,
            "tenantId": state.tenant_id,
            "createdAt": stamp,
            "createdBy": owner_id,
            "updatedAt": stamp,
            "meta": {
                "roles": [],
                "actions": ["create", "read", "update", "delete"],
                "assignableRoles": ["consumer"],
            },
        }
        space_ids.append(space_id)
    return space_ids


def _seed(
    state: TenantState,
    owner_id: str,
    stores: int,
    assets_per_store: int,
    sets_per_asset: int,
    products: int,
    users: int,
    apps: int,
    data_files: int,
) -> SeedSummary:
    state.user(owner_id, name="Emulator Admin")
    for u in range(users):
        state.user(f"user-{u + 1}", name=f"User {u + 1}")
    space_ids = _seed_spaces(state, owner_id)
    set_ids: list[str] = []
    first_store, first_product = len(state.data_stores), len(state.data_products)
    first_app, first_file = len(state.apps), len(state.data_files)
    for s in range(first_store, first_store + stores):
        store_type = STORE_TYPES[s % len(STORE_TYPES)]
        store = _stamped(
            state,
            owner_id,
            {
                "id": state.ids.hex24(),
                "name": f"Store {s + 1:03d}",
                "type": store_type,
                "technicalName": f"store_{s + 1:03d}",
                "uri": f"{store_type}://host/{s + 1}",
                "tags": ["seed"],
                "spaceId": space_ids[s % len(space_ids)],
                "description": f"Seeded {store_type} store",
                "properties": {},
            },
        )
        state.data_stores[store["id"]] = store
        store_info = {"id": store["id"], "name": store["name"], "type": store_type}
        for a in range(assets_per_store):
            asset = _stamped(
                state,
                owner_id,
                {
                    "id": state.ids.hex24(),
                    "name": f"Asset {s + 1:03d}.{a + 1}",
                    "appType": "QIX-DF",
                    "technicalName": f"asset_{s + 1:03d}_{a + 1}",
                    "spaceId": store["spaceId"],
                    "tags": [],
                    "properties": {},
                    "dataStoreInfo": dict(store_info),
                },
            )
            state.data_assets[asset["id"]] = asset
            for d in range(sets_per_asset):
                technical = f"table_{s + 1:03d}_{a + 1}_{d + 1}"
                data_set = _stamped(
                    state,
                    owner_id,
                    {
                        "id": state.ids.hex24(),
                        "name": technical.replace("_", " ").title(),
                        "type": "qix-datafiles",
                        "technicalName": f"{technical}.qvd",
                        "qri": f"qri:qdf:space://{store['spaceId']}#{technical}.qvd",
                        "secureQri": f"qri:qdf:space://{store['spaceId']}#{state.ids.hex24()}",
                        "spaceId": store["spaceId"],
                        "tags": [],
                        "properties": {},
                        "dataAssetInfo": {
                            "id": asset["id"],
                            "name": asset["name"],
                            "dataStoreInfo": dict(store_info),
                        },
                        "schema": {
                            "dataFields": [
                                {
                                    "name": f"field_{f + 1}",
                                    "index": f,
                                    "dataType": {
                                        "type": FIELD_TYPES[(s + a + d + f) % len(FIELD_TYPES)]
                                    },
                                    "nullable": f > 0,
                                    "primaryKey": f == 0,
                                }
                                for f in range(4)
                            ],
                            "loadOptions": {},
                        },
                        "operational": {
                            "rowCount": 1000 * (d + 1),
                            "size": 65536 * (d + 1),
                            "status": "ok",
                        },
                    },
                )
                state.data_sets[data_set["id"]] = data_set
                state.profiles_pending[data_set["id"]] = 0
                # Seeded data sets have a computed quality (and so a trust score), stamped
                # with the data set's own time: no extra tick of the seed's clock.
                state.record_quality(
                    data_set,
                    state.default_connection_id(data_set),
                    data_set["lastModifiedTime"],
                    owner_id,
                )
                state.index_item("dataset", data_set, owner=owner_id)
                set_ids.append(data_set["id"])
    for p in range(first_product, first_product + products):
        product_id = state.ids.guid()
        stamp = state.now()
        members = [set_ids[(p * 2 + i) % len(set_ids)] for i in range(2)] if set_ids else []
        product = {
            "id": product_id,
            "name": f"Product {p + 1:02d}",
            "qri": f"qri:dataproduct:{state.tenant_id}:{product_id}",
            "description": f"Seeded data product {p + 1}",
            "tags": ["seed"],
            "spaceId": space_ids[p % len(space_ids)],
            "ownerId": owner_id,
            "tenantId": state.tenant_id,
            "activated": p % 2 == 0,
            # Where it is published (the products module's target), empty when never activated.
            "activatedOn": ["qlik-cloud"] if p % 2 == 0 else [],
            "datasetIds": list(dict.fromkeys(members)),
            "glossaryIds": [],
            "keyContacts": [],
            "apiConsumableDatasetIds": [],
            "readMe": f"# Product {p + 1:02d}\n",
            "createdAt": stamp,
            "createdBy": owner_id,
            "updatedAt": stamp,
            "updatedBy": owner_id,
        }
        if product["activated"]:
            product["activatedAt"] = stamp
        state.data_products[product_id] = product
        state.changelogs[product_id] = [
            {
                "id": state.ids.hex24(),
                "createdAt": stamp,
                "createdBy": owner_id,
                "changes": [{"path": "/name", "value": product["name"], "operator": "add"}],
            }
        ]
        state.index_item("dataproduct", product, owner=owner_id)
    for i in range(first_app, first_app + apps):
        app_id = state.ids.guid()
        stamp = state.now()
        app = {
            "attributes": {
                "id": app_id,
                "name": f"App {i + 1}",
                "ownerId": owner_id,
                "owner": owner_id,
                "spaceId": space_ids[i % len(space_ids)],
                "createdDate": stamp,
                "modifiedDate": stamp,
                "published": False,
            },
            "privileges": ["read", "update", "delete"],
            "create": [],
        }
        state.apps[app_id] = app
        state.index_item("app", app, owner=owner_id)
    for i in range(first_file, first_file + data_files):
        file_id = state.ids.guid()
        stamp = state.now()
        state.data_files[file_id] = {
            "id": file_id,
            "name": f"file_{i + 1}.csv",
            "baseName": f"file_{i + 1}.csv",
            "size": 1024 * (i + 1),
            "ownerId": owner_id,
            "spaceId": space_ids[i % len(space_ids)],
            "folder": False,
            "createdDate": stamp,
            "modifiedDate": stamp,
            "contentUpdatedDate": stamp,
            "actions": ["read", "update", "delete"],
        }
    state.changed()
    return SeedSummary(
        spaces=len(state.spaces),
        users=len(state.users),
        data_stores=len(state.data_stores),
        data_assets=len(state.data_assets),
        data_sets=len(state.data_sets),
        data_products=len(state.data_products),
        apps=len(state.apps),
        data_files=len(state.data_files),
    )
