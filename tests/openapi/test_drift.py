"""``openapi/drift.py``: what it reports between a spec and an official contract, and what not."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.openapi.spec_tools import openapi_script


def drift() -> ModuleType:
    return openapi_script("drift")


def spec_doc(**schemas: Any) -> dict[str, Any]:
    """A bundled spec with one get and one create of a thing."""
    ref = {"$ref": "#/components/schemas/Thing"}
    return {
        "paths": {
            "/api/v1/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True}],
                "get": {
                    "operationId": "getThing",
                    "parameters": [{"name": "fields", "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": ref}}},
                        "401": {"description": "no"},
                        "429": {"description": "slow down"},
                    },
                },
            },
            "/api/v1/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingRequest"}
                            }
                        }
                    },
                    "responses": {"201": {"content": {"application/json": {"schema": ref}}}},
                },
            },
        },
        "components": {"schemas": schemas, "responses": {}, "parameters": {}},
    }


def contract(thing: dict[str, Any], *, query: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "package": "@qlik/api",
        "version": "9.9.9",
        "modules": {
            "things": {
                "functions": {
                    "getThing": {
                        "method": "GET",
                        "path": "/api/v1/things/{thing-id}",
                        "params": ["thingId"],
                        "query": query if query is not None else {"fields": {"type": "array"}},
                        "body": None,
                        "answers": {"200": {"$ref": "Thing"}},
                        "errors": {"404": {}},
                    },
                    "createThing": {
                        "method": "POST",
                        "path": "/api/v1/things",
                        "params": [],
                        "query": {},
                        "body": {"$ref": "Thing"},
                        "answers": {"201": {"$ref": "Thing"}},
                        "errors": {},
                    },
                },
                "types": {"Thing": thing},
            }
        },
    }


THING: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "kind": {"enum": ["a", "b"]},
    },
    "required": ["name"],
    "readOnly": ["id"],
}


def ours(required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required or [],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "kind": {"type": "string"},
            **extra,
        },
    }


def test_an_aligned_spec_has_no_drift_but_a_missing_error_status() -> None:
    doc = spec_doc(
        Thing=ours(), ThingRequest=ours(["name"], kind={"type": "string", "enum": ["a", "b"]})
    )
    lines = drift().compare(doc, contract(THING))
    # 401 and 429 are never reported; the comma-joined `fields` string matches `string[]`;
    # the answer is tolerant (the get takes `fields`); a request may carry a read-only field.
    assert sorted(lines) == [
        "things Thing.id: read-only in the types, not in the spec",
        "things getThing: error status 404 in the types, not in the spec",
    ]


def test_request_fields_enums_and_required_are_compared() -> None:
    request = {
        "type": "object",
        "properties": {"nmae": {"type": "string"}, "kind": {"type": "number"}},
    }
    lines = drift().compare(spec_doc(Thing=ours(), ThingRequest=request), contract(THING))
    assert "things Thing (request).name: in the types, not in the spec" in lines
    assert "things Thing (request).nmae: in the spec, not in the types" in lines
    assert "things Thing (request).kind: number in the spec, string in the types" in lines
    # `id` is read-only in the types: a request schema may leave it out.
    assert not [line for line in lines if "(request).id" in line]


def test_always_present_answer_fields_are_reported_unless_a_projection_strips_them() -> None:
    doc = spec_doc(
        Thing=ours(), ThingRequest=ours(["name"], kind={"type": "string", "enum": ["a", "b"]})
    )
    tolerant = drift().compare(doc, contract(THING))
    strict = drift().compare(doc, contract(THING, query={}))
    line = "things Thing.name: always present in the types, optional in the spec"
    assert line not in tolerant
    assert line in strict
    assert "things getThing: query parameter fields in the spec, not in the types" in strict


def test_operations_missing_on_either_side_are_reported() -> None:
    doc = spec_doc(Thing=ours(), ThingRequest=ours(["name"]))
    doc["paths"]["/api/v1/extra"] = {"get": {"operationId": "getExtra", "responses": {}}}
    official = contract(THING)
    official["modules"]["things"]["functions"]["deleteThing"] = {
        "method": "DELETE",
        "path": "/api/v1/things/{thing-id}",
        "params": ["thingId"],
        "query": {},
        "body": None,
        "answers": {"204": {"type": "void"}},
        "errors": {},
    }
    lines = drift().compare(doc, official)
    assert (
        "things deleteThing (DELETE /api/v1/things/{thing-id}): operation not in the spec" in lines
    )
    assert "getExtra (GET /api/v1/extra): operation not in the types" in lines


def test_main_fails_on_unexplained_and_stale_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = drift()
    path = tmp_path / "contract.json"
    path.write_text(json.dumps(contract(THING)), encoding="utf-8")
    monkeypatch.setattr(
        module, "bundle", lambda: spec_doc(Thing=ours(), ThingRequest=ours(["name"]))
    )
    explained = tmp_path / "explained.yaml"
    monkeypatch.setattr(module, "EXPLAINED", explained)

    explained.write_text("[]", encoding="utf-8")
    assert module.main(["--contract", str(path)]) == 1
    out = capsys.readouterr().out
    assert "things getThing: error status 404 in the types, not in the spec" in out

    explained.write_text(
        "- {match: 'things *', reason: the things API is odd}\n"
        "- {match: 'nothing matches this', reason: stale}\n",
        encoding="utf-8",
    )
    assert module.main(["--contract", str(path)]) == 1
    assert (
        "stale explanation (matches no difference): nothing matches this" in capsys.readouterr().out
    )

    explained.write_text("- {match: 'things *', reason: the things API is odd}\n", encoding="utf-8")
    assert module.main(["--contract", str(path), "--all"]) == 0
    assert "explained: the things API is odd" in capsys.readouterr().out


def test_a_union_in_the_types_is_met_by_one_of_its_kinds_only() -> None:
    union = {
        **THING,
        "properties": {
            **THING["properties"],
            "name": {"anyOf": [{"type": "string"}, {"type": "number"}]},
        },
    }
    ok = drift().compare(spec_doc(Thing=ours(), ThingRequest=ours(["name"])), contract(union))
    assert not [line for line in ok if ".name:" in line]
    request = ours(["name"], name={"type": "boolean"})
    lines = drift().compare(spec_doc(Thing=ours(), ThingRequest=request), contract(union))
    assert (
        "things Thing (request).name: boolean in the spec, one of number/string in the types"
        in lines
    )


def test_a_request_body_optional_in_the_spec_but_required_in_the_types_is_reported() -> None:
    doc = spec_doc(Thing=ours(), ThingRequest=ours(["name"]))
    official = contract(THING)
    official["modules"]["things"]["functions"]["createThing"]["bodyRequired"] = True
    lines = drift().compare(doc, official)
    assert "things createThing: the request body is required in the types, not in the spec" in lines
    doc["paths"]["/api/v1/things"]["post"]["requestBody"]["required"] = True
    assert not [line for line in drift().compare(doc, official) if "request body is" in line]


def test_one_explanation_may_name_several_lines(tmp_path: Path) -> None:
    explained = tmp_path / "explained.yaml"
    explained.write_text(
        "- match: ['a *', 'b *']\n  reason: both\n- {match: 'c', reason: one}\n", encoding="utf-8"
    )
    pairs = drift().load_explained(explained)
    assert pairs == [("a *", "both"), ("b *", "both"), ("c", "one")]
    assert drift().explain("b 2", pairs) == "both"
    assert drift().explain("d", pairs) is None
