"""The emulator answers in the shapes of Qlik's official types (``@qlik/api`` 2.19.0): the fields
they always carry, on seeded objects too, and each API's own error body.

``make conformance`` checks every operation with Qlik's own client; these tests pin the cases
that once differed, with plain httpx so that nothing but the emulator is under test.
"""

from __future__ import annotations

import httpx

from qlik_catalog import QlikCatalog
from tests.narrow import present


async def test_seeded_and_listed_spaces_carry_links_and_meta(http: httpx.AsyncClient) -> None:
    listed = (await http.get("/api/v1/spaces")).json()
    assert listed["meta"]["count"] == len(listed["data"]) > 0
    assert listed["meta"]["personalSpace"] == {
        "actions": ["create", "read"],
        "resourceType": "space",
    }
    assert listed["links"]["self"]["href"]
    for space in listed["data"]:  # seeded: none was created through the API
        base = f"http://tenant.emulator.localhost/api/v1/spaces/{space['id']}"
        assert space["links"] == {
            "self": {"href": base},
            "assignments": {"href": f"{base}/assignments"},
        }
        got = (await http.get(f"/api/v1/spaces/{space['id']}")).json()
        assert got["links"] == space["links"]
        assert {"id", "name", "tenantId"} <= set(got)


async def test_users_carry_role_levels_and_their_own_link(http: httpx.AsyncClient) -> None:
    me = (await http.get("/api/v1/users/me")).json()
    assert me["assignedRoles"] == [
        {"id": "r1", "name": "TenantAdmin", "type": "default", "level": "admin"}
    ]
    assert me["links"] == {
        "self": {"href": f"http://tenant.emulator.localhost/api/v1/users/{me['id']}"}
    }
    listed = (await http.get("/api/v1/users")).json()
    assert all(user["links"]["self"]["href"].endswith(user["id"]) for user in listed["data"])
    assert all(role["level"] for user in listed["data"] for role in user["assignedRoles"])


async def test_items_carry_actions_collections_favourite_links_and_meta(
    http: httpx.AsyncClient,
) -> None:
    listed = (await http.get("/api/v1/items", params={"resourceType": "dataset"})).json()
    assert listed["data"]
    for item in listed["data"]:
        assert item["actions"]
        assert item["collectionIds"] == []
        assert item["isFavorited"] is False
        assert item["links"]["self"]["href"].endswith(f"/api/v1/items/{item['id']}")
        assert item["meta"] == {
            "actions": item["actions"],
            "collections": [],
            "isFavorited": False,
            "tags": [],
        }
        assert "resourceAttributes" in item
        assert "resourceCustomAttributes" in item
        assert item.get("description", "") is not None  # a string in the types, never null


async def test_an_apps_answer_has_no_space_id_among_its_attributes(
    http: httpx.AsyncClient,
) -> None:
    items = (await http.get("/api/v1/items", params={"resourceType": "app"})).json()["data"]
    app = (await http.get(f"/api/v1/apps/{items[0]['resourceId']}")).json()
    assert app["attributes"]["id"] == items[0]["resourceId"]
    assert "spaceId" not in app["attributes"]


async def test_report_outputs_always_carry_self_next_and_prev(qlik: QlikCatalog) -> None:
    items = (await qlik.items.list(resource_type="app")).items
    request_id = await qlik.reports.create(
        {
            "type": "sense-image-1.0",
            "output": {"type": "image", "outputId": "chart"},
            "senseImageTemplate": {
                "appId": items[0].resource_id,
                "visualization": {"id": "v", "widthPx": 800, "heightPx": 600},
            },
        }
    )
    answer = await qlik.request("GET", f"/reports/{request_id}/outputs", response_type="json")
    assert answer["links"]["next"] == {"href": None}
    assert answer["links"]["prev"] == {"href": None}
    assert answer["links"]["self"]["href"]
    assert "location" not in answer["data"][0]  # not done yet: no location (never null)
    status = await qlik.reports.wait(request_id)
    assert [r.output_id for r in present(status.results)] == ["chart"]
    result = (await qlik.request("GET", f"/reports/{request_id}/status", response_type="json"))[
        "results"
    ][0]
    assert set(result) == {"outputId", "location"}  # no outputType: not in the types


async def test_each_api_sends_its_own_error_body(http: httpx.AsyncClient) -> None:
    catalog = await http.get("/api/v1/data-assets/nope")
    users = await http.get("/api/v1/users/nope")
    items = await http.get("/api/v1/items/nope")
    spaces = await http.get("/api/v1/spaces/nope")
    for answer in (catalog, users, items, spaces):
        assert answer.status_code == 404
        assert answer.headers["x-trace-id"]
    (entry,) = catalog.json()["errors"]
    assert entry["status"] == "404"  # a string in the catalog's types
    assert catalog.json()["traceId"] == catalog.headers["x-trace-id"]
    (entry,) = users.json()["errors"]
    assert entry["status"] == 404  # a number in users'
    assert set(items.json()) == {"errors"}  # no traceId in items' type
    assert "status" not in items.json()["errors"][0]
    assert "status" not in spaces.json()["errors"][0]
    assert spaces.json()["traceId"] == spaces.headers["x-trace-id"]


async def test_request_bodies_with_a_field_the_types_lack_are_refused(
    http: httpx.AsyncClient,
) -> None:
    store = {"name": "S", "type": "postgresql", "technicalName": "s_closed"}
    for body, field in (
        ({**store, "nmae": "typo"}, "nmae"),
        ({"name": "Ops", "type": "shared", "colour": "red"}, "colour"),
    ):
        path = "/api/v1/data-stores" if "technicalName" in body else "/api/v1/spaces"
        answer = await http.post(path, json=body)
        assert answer.status_code == 400, answer.text
        assert f"'{field}' was unexpected" in answer.json()["errors"][0]["detail"]
    # Nested objects are closed too; free-form ones (properties) stay open.
    answer = await http.post(
        "/api/v1/data-stores",
        json={**store, "properties": {"anything": 1}, "dataStoreInfo": {"id": "x"}},
    )
    assert answer.status_code == 400
    assert "'dataStoreInfo' was unexpected" in answer.text


async def test_server_set_fields_may_be_sent_back_and_are_ignored(
    http: httpx.AsyncClient,
) -> None:
    created = await http.post(
        "/api/v1/data-stores",
        json={
            "name": "S",
            "type": "postgresql",
            "technicalName": "s_echo",
            "properties": {"anything": 1},
            "tenantId": "forged",
            "createdBy": "someone",
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["tenantId"] != "forged"
    assert created.json()["createdBy"] != "someone"
