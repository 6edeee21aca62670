// The validator's own checks: node --test conformance/
import assert from "node:assert/strict";
import test from "node:test";
import { check } from "./validate.mjs";

const types = {
  Role: { type: "object", properties: { id: { type: "string" }, level: { enum: ["admin", "user"] } }, required: ["id", "level"] },
  User: {
    type: "object",
    properties: {
      id: { type: "string" },
      roles: { type: "array", items: { $ref: "Role" } },
      note: { type: "string", nullable: true },
      ids: { $ref: "Ids" },
    },
    required: ["id"],
  },
  Ids: { type: "array", items: { type: "string" }, nullable: true },
  Page: { type: "object", properties: { data: { type: "array", items: { $ref: "User" } } }, required: [] },
  Extra: { type: "object", properties: {}, required: [], additionalProperties: { type: "number" } },
};

test("a conforming value has no problems", () => {
  const user = { id: "u1", roles: [{ id: "r", level: "admin" }], note: null, ids: null };
  assert.deepEqual(check({ $ref: "User" }, user, types), []);
});

test("every problem comes with its JSON path", () => {
  const page = { data: [{ id: "a" }, { id: 3, roles: [{ level: "root" }], note: 1, more: true }] };
  assert.deepEqual(check({ $ref: "Page" }, page, types), [
    "data.data[1].id: number 3, not string",
    "data.data[1].roles[0].id: missing",
    'data.data[1].roles[0].level: "root" is not one of "admin", "user"',
    "data.data[1].note: number 1, not string",
    "data.data[1].more: not in the official type",
  ]);
});

test("null only where the type is nullable", () => {
  assert.deepEqual(check({ $ref: "Role" }, null, types), ["data: null, but the official type is not nullable"]);
  assert.deepEqual(check({ $ref: "Ids" }, null, types), []);
});

test("additionalProperties allows and checks undeclared properties", () => {
  assert.deepEqual(check({ $ref: "Extra" }, { a: 1, b: "x" }, types), ['data.b: string "x", not number']);
});

test("allOf joins object members; unknown members add nothing", () => {
  const schema = {
    allOf: [{ $ref: "Role" }, { type: "object", properties: { more: { type: "boolean" } }, required: ["more"] }, {}],
  };
  assert.deepEqual(check(schema, { id: "r", level: "user", more: true }, types), []);
  assert.deepEqual(check({ allOf: [{ $ref: "User" }, {}] }, { id: "u", x: 1 }, types), ["data.x: not in the official type"]);
});

test("anyOf passes when one branch does, else reports the closest", () => {
  const schema = { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
  assert.deepEqual(check(schema, ["a"], types), []);
  assert.deepEqual(check(schema, ["a", 2], types), ["data[1]: number 2, not string"]);
});

test("anyOf of other kinds only names the value", () => {
  const schema = { anyOf: [{ type: "string" }, { type: "number" }] };
  assert.deepEqual(check(schema, true, types), ["data: boolean true matches none of the official type's alternatives"]);
});
