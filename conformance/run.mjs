// The conformance run: Qlik's own client, @qlik/api, drives a tenant (the emulator, on loopback)
// through every operation that qlik-catalog wraps, and every answer is checked against the
// official types read from @qlik/api's .d.ts files (contract.mjs).
//
// Usage: QLIK_HOST=http://127.0.0.1:8080 QLIK_API_KEY=... node conformance/run.mjs [--contract FILE]
// (run.sh starts an emulator and does this). Exit 0 when every call passed and every operation
// in scope was called, 1 otherwise.
//
// In scope: every @qlik/api function whose method and path are also in the bundled spec
// (generated/qlik_catalog_api/openapi.json), computed here so that the list follows the specs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setDefaultHostConfig } from "@qlik/api/auth";
import { MODULES, readContract } from "./contract.mjs";
import { check, resolve } from "./validate.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const SPEC = path.join(here, "..", "generated", "qlik_catalog_api", "openapi.json");
const METHODS = ["get", "put", "post", "patch", "delete"];

// --- set-up -----------------------------------------------------------------------------------

function option(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const host = process.env.QLIK_HOST;
const apiKey = process.env.QLIK_API_KEY;
if (!host || !apiKey) {
  console.error("run.mjs: set QLIK_HOST (e.g. http://127.0.0.1:8080) and QLIK_API_KEY");
  process.exit(2);
}
setDefaultHostConfig({ authType: "apikey", host, apiKey });

const contractFile = option("--contract");
const contract = contractFile ? JSON.parse(fs.readFileSync(contractFile, "utf8")) : readContract();
const spec = JSON.parse(fs.readFileSync(option("--spec") ?? SPEC, "utf8"));

const api = {};
for (const name of MODULES) api[name] = await import(`@qlik/api/${name}`);

// Path parameters are named differently by @qlik/api and the specs ({id} vs {itemId}).
function operationKey(method, template) {
  return `${method.toUpperCase()} ${template.replace(/\{[^}]*\}/g, "{}").replace(/\/$/, "")}`;
}

const specOperations = new Map();
for (const [template, item] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    if (item[method]) specOperations.set(operationKey(method, template), { method, template, ...item[method] });
  }
}

// label ("data-stores getDataStore") -> the function's contract entry
const inScope = new Map();
const coveredKeys = new Set();
for (const [moduleName, module] of Object.entries(contract.modules)) {
  for (const [fn, op] of Object.entries(module.functions)) {
    const key = operationKey(op.method, op.path);
    if (specOperations.has(key)) {
      inScope.set(`${moduleName} ${fn}`, { moduleName, fn, op, key });
      coveredKeys.add(key);
    }
  }
}

// --- calls and their checks -------------------------------------------------------------------

const called = new Set();
let calls = 0;
let passed = 0;
let failed = 0;
const stopped = [];

function report(ok, text, details = []) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "ok  " : "FAIL"}  ${text}${details.length ? `: ${details[0]}` : ""}`);
  for (const line of details.slice(1)) console.log(`      ${line}`);
}

function bodyText(data) {
  if (data === undefined || data === "") return "(no body)";
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}

function isJson(headers) {
  return /json/i.test(headers?.get?.("content-type") ?? "");
}

// An answer the official type gives no body (`data: void`) may be empty, or carry content the
// types cannot describe (e.g. export-documentation's Markdown); a JSON document there is not
// in the official type.
function checkAnswer(schema, data, headers, types) {
  if (resolve(schema, types).type === "void") {
    if (data === undefined || data === "" || !isJson(headers)) return [];
    return [`data: ${bodyText(data)}, but the official type declares no body`];
  }
  return check(schema, data, types, "data");
}

function statusSchema(table, status) {
  return table[String(status)] ?? table.number;
}

class NotReady extends Error {}

// A value an earlier call should have produced; without it, the rest of the step cannot run.
function need(value, what) {
  if (value === undefined || value === null || value === "") throw new NotReady(what);
  return value;
}

// Calls an @qlik/api function with {path: [...], query, body}, passed in the function's own
// argument order. `refuse` makes it a negative call: the body must break the official type
// (checked here, so the test cannot go stale), and the tenant must answer 400 with Qlik's
// error body. Returns {status, data} of a successful answer, else null.
async function call(label, { path: pathArgs = [], query, body } = {}, { refuse } = {}) {
  const entry = inScope.get(label);
  const [moduleName, fn] = label.split(" ");
  const official = contract.modules[moduleName]?.functions[fn];
  if (!official) throw new Error(`run.mjs bug: @qlik/api has no function ${label}`);
  if (!entry) {
    // The scenario calls only operations the SDK wraps: one missing from the specs was lost.
    failed += 1;
    calls += 1;
    console.log(`FAIL  ${label}: not in the bundled spec (an operation the SDK wraps was lost)`);
    return null;
  }
  const { op } = entry;
  const types = contract.modules[moduleName].types;
  const hasQuery = "queryRequired" in op;
  const hasBody = op.body !== null;
  const impl = api[moduleName][fn];
  if (impl.length - 1 !== op.params.length + (hasQuery ? 1 : 0) + (hasBody ? 1 : 0)) {
    throw new Error(`run.mjs bug: ${label} takes ${impl.length} arguments, the contract says otherwise`);
  }
  if (pathArgs.length !== op.params.length) {
    throw new Error(`run.mjs bug: ${label} takes path parameters ${op.params.join(", ")}`);
  }
  const args = [...pathArgs];
  if (hasQuery) args.push(query ?? {});
  if (hasBody) args.push(body);

  calls += 1;
  called.add(label);
  const title = refuse ? `${label} (refused body)` : label;

  // Our own arguments must be what the official types accept (or, for `refuse`, must not be):
  // otherwise a failure would be the runner's, not the tenant's.
  const queryProblems = hasQuery
    ? check({ type: "object", properties: op.query, required: op.queryRequired }, query ?? {}, types, "query")
    : [];
  const bodyProblems = hasBody && (body !== undefined || op.bodyRequired) ? check(op.body, body, types, "body") : [];
  if (queryProblems.length || (!refuse && bodyProblems.length)) {
    report(false, title, [`run.mjs bug: the request breaks the official type`, ...queryProblems, ...bodyProblems]);
    return null;
  }
  if (refuse && bodyProblems.length === 0) {
    report(false, title, [`run.mjs bug: the official type accepts the body meant to be refused`]);
    return null;
  }

  let status;
  let data;
  let headers;
  let thrown = false;
  try {
    ({ status, data, headers } = await impl(...args, { noCache: true }));
  } catch (error) {
    if (typeof error?.status !== "number") {
      report(false, title, [`no answer: ${error?.message ?? error}`]);
      return null;
    }
    ({ status, data, headers } = error);
    thrown = true;
  }

  if (refuse) {
    const why = `refused: ${bodyProblems.join("; ")}`;
    if (status !== 400) {
      report(false, `${title} ${status}`, [`expected 400 for a body the official type refuses (${why})`, `body: ${bodyText(data)}`]);
      return null;
    }
    const problems = [];
    const schema = statusSchema(op.errors, 400);
    if (!schema) problems.push(`400 is not an error status of the official type`);
    else problems.push(...check(schema, data, types, "data"));
    if (!Array.isArray(data?.errors) || data.errors.length === 0) {
      problems.push(`data.errors: ${data?.errors === undefined ? "missing" : "empty or not an array"} (Qlik's error bodies carry an errors array)`);
    }
    // The tenant's reason, to see that the 400 is for the broken field and not another.
    const detail = data?.errors?.[0]?.detail ?? data?.errors?.[0]?.title;
    const reasons = `(${why}${detail ? `; tenant: ${detail}` : ""})`;
    if (problems.length) report(false, `${title} 400`, [...problems, reasons]);
    else report(true, `${title} 400 ${reasons}`);
    return null;
  }

  const schema = statusSchema(op.answers, status);
  if (thrown || schema === undefined) {
    const expected = Object.keys(op.answers).join(" or ");
    report(false, `${label} ${status}`, [
      thrown ? `answered ${status}, expected ${expected}` : `${status} is not a success status of the official type (${expected})`,
      `body: ${bodyText(data)}`,
    ]);
    return null;
  }
  const problems = checkAnswer(schema, data, headers, types);
  report(problems.length === 0, `${label} ${status}`, problems);
  return { status, data };
}

// A body for PUT: what a client sends back after a read, i.e. the declared, writable fields.
function writable(moduleName, typeName, doc) {
  const type = contract.modules[moduleName].types[typeName];
  const readOnly = new Set(type.readOnly ?? []);
  return Object.fromEntries(
    Object.entries(doc ?? {}).filter(([name]) => Object.hasOwn(type.properties, name) && !readOnly.has(name)),
  );
}

const ctx = {};
const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function step(name, body) {
  try {
    await body();
  } catch (error) {
    stopped.push(name);
    if (error instanceof NotReady) {
      console.log(`FAIL  step "${name}" stopped: needs ${error.message}, which an earlier call did not give`);
    } else {
      // The remaining steps still run; the error is the runner's, so it is shown whole.
      console.log(`FAIL  step "${name}" stopped by an error in run.mjs: ${error?.stack ?? error}`);
    }
  }
}

// Polls an asynchronous resource (profiles, reports) a few times, each poll a checked call.
async function poll(label, request, done, times = 5) {
  let answer = null;
  for (let i = 0; i < times; i += 1) {
    answer = await call(label, request);
    if (!answer || done(answer)) return answer;
  }
  return answer;
}

// --- the scenario -----------------------------------------------------------------------------

console.log(`conformance: @qlik/api ${contract.version} against ${host}`);
for (const [key, specOp] of specOperations) {
  if (!coveredKeys.has(key)) {
    console.log(
      `skip  ${specOp.method.toUpperCase()} ${specOp.template} (${specOp.operationId}): ` +
        `the official client @qlik/api ${contract.version} has no function for it`,
    );
  }
}

await step("users", async () => {
  await call("users getUsers", { query: { limit: 5 } });
  const me = await call("users getMyUser");
  ctx.userId = me?.data?.id;
  await call("users getUser", { path: [need(ctx.userId, "the id of getMyUser")], query: {} });
});

await step("spaces", async () => {
  const list = await call("spaces getSpaces", { query: { limit: 10 } });
  ctx.otherSpaceId = list?.data?.data?.[0]?.id;
  ctx.spaceName = `conformance ${runId}`;
  const created = await call("spaces createSpace", {
    body: { name: ctx.spaceName, type: "shared", description: "made by the conformance run" },
  });
  ctx.spaceId = need(created?.data?.id, "the id of the created space");
  await call("spaces getSpace", { path: [ctx.spaceId] });
  await call("spaces patchSpace", {
    path: [ctx.spaceId],
    body: [{ op: "replace", path: "/description", value: "patched by the conformance run" }],
  });
  await call("spaces updateSpace", {
    path: [ctx.spaceId],
    body: { name: `${ctx.spaceName} renamed`, description: "updated by the conformance run" },
  });
});

// Stores, assets and sets are built in the new space, two of each below the store, so that the
// batch and nested deletes at the end each remove something real.
await step("data stores", async () => {
  await call("data-stores getDataStores", { query: { limit: 5 } });
  const spaceId = need(ctx.spaceId, "the created space");
  const created = await call("data-stores createDataStore", {
    body: {
      name: `Conformance store ${runId}`,
      type: "postgresql",
      technicalName: `conformance_store_${runId}`,
      description: "made by the conformance run",
      spaceId,
      tags: ["conformance"],
      properties: {},
    },
  });
  ctx.storeId = need(created?.data?.id, "the id of the created data store");
  await call("data-stores getDataStore", { path: [ctx.storeId], query: {} });
  await call("data-stores patchDataStore", {
    path: [ctx.storeId],
    body: [{ op: "replace", path: "/description", value: "patched by the conformance run" }],
  });
  const current = await call("data-stores getDataStore", { path: [ctx.storeId], query: {} });
  const doc = need(current?.data, "the data store as read back");
  await call("data-stores updateDataStore", {
    path: [ctx.storeId],
    body: { ...writable("data-stores", "DataStore", doc), description: "updated by the conformance run" },
  });
});

function assetBody(suffix) {
  return {
    name: `Conformance asset ${runId}${suffix}`,
    appType: "QIX-DF",
    technicalName: `conformance_asset_${runId}${suffix}`,
    // JSON Patch's replace needs the member to exist (RFC 6902), and the patch below replaces it.
    description: "made by the conformance run",
    spaceId: ctx.spaceId,
    dataStoreInfo: { id: ctx.storeId },
    tags: ["conformance"],
  };
}

function setBody(assetId, suffix) {
  const technicalName = `conformance_${runId}${suffix}.qvd`;
  return {
    name: `Conformance set ${runId}${suffix}`,
    technicalName,
    description: "made by the conformance run",
    type: "qix-datafiles",
    qri: `qri:qdf:space://${ctx.spaceId}#${technicalName}`,
    secureQri: `qri:qdf:space://${ctx.spaceId}#conformance${runId}${suffix}`,
    spaceId: ctx.spaceId,
    dataAssetInfo: { id: assetId },
    schema: {
      dataFields: [
        { name: "id", dataType: { type: "INTEGER" }, primaryKey: true, nullable: false },
        { name: "label", dataType: { type: "STRING" }, nullable: true },
      ],
      loadOptions: {},
    },
  };
}

await step("data assets", async () => {
  need(ctx.storeId, "the created data store");
  const created = await call("data-assets createDataAsset", { body: assetBody("") });
  ctx.assetId = need(created?.data?.id, "the id of the created data asset");
  await call("data-assets getDataAsset", { path: [ctx.assetId], query: {} });
  await call("data-assets patchDataAsset", {
    path: [ctx.assetId],
    body: [{ op: "replace", path: "/description", value: "patched by the conformance run" }],
  });
  const current = await call("data-assets getDataAsset", { path: [ctx.assetId], query: {} });
  const doc = need(current?.data, "the data asset as read back");
  await call("data-assets updateDataAsset", {
    path: [ctx.assetId],
    body: { ...writable("data-assets", "DataAsset", doc), description: "updated by the conformance run" },
  });
  const second = await call("data-assets createDataAsset", { body: assetBody("_b") });
  ctx.secondAssetId = second?.data?.id;
});

await step("data sets", async () => {
  need(ctx.assetId, "the created data asset");
  const created = await call("data-sets createDataSet", { body: setBody(ctx.assetId, "") });
  ctx.setId = need(created?.data?.id, "the id of the created data set");
  await call("data-sets getDataSet", { path: [ctx.setId], query: {} });
  await call("data-sets patchDataSet", {
    path: [ctx.setId],
    body: [{ op: "replace", path: "/description", value: "patched by the conformance run" }],
  });
  const current = await call("data-sets getDataSet", { path: [ctx.setId], query: {} });
  const doc = need(current?.data, "the data set as read back");
  await call("data-sets updateDataSet", {
    path: [ctx.setId],
    body: { ...writable("data-sets", "DataSet", doc), description: "updated by the conformance run" },
  });
  // 202 while the profile is computed, then 200.
  await poll("data-sets getDataSetProfiles", { path: [ctx.setId], query: {} }, (a) => a.status === 200);
  const second = await call("data-sets createDataSet", { body: setBody(ctx.assetId, "_b") });
  ctx.secondSetId = second?.data?.id;
});

await step("data store listings", async () => {
  const storeId = need(ctx.storeId, "the created data store");
  await call("data-stores getDataStoreDataAssets", { path: [storeId], query: { limit: 10 } });
  await call("data-stores getDataStoreDataAssetDataSets", {
    path: [storeId, need(ctx.assetId, "the created data asset")],
    query: { limit: 10 },
  });
});

await step("data products", async () => {
  const setId = need(ctx.setId, "the created data set");
  const name = `Conformance product ${runId}`;
  const created = await call("data-governance/data-products createDataProduct", {
    body: {
      name,
      description: "made by the conformance run",
      spaceId: need(ctx.spaceId, "the created space"),
      datasetIds: [setId],
      tags: ["conformance"],
      ...(ctx.userId ? { keyContacts: [{ userId: ctx.userId, role: "steward" }] } : {}),
    },
  });
  const id = need(created?.data?.id, "the id of the created data product");
  await call("data-governance/data-products getDataProduct", { path: [id] });
  await call("data-governance/data-products patchDataProduct", {
    path: [id],
    body: [{ op: "replace", path: "/description", value: "patched by the conformance run" }],
  });
  // Qlik asks for the product's name as a confirmation.
  await call("data-governance/data-products activateDataProduct", { path: [id], body: { name } });
  await call("data-governance/data-products deactivateDataProduct", { path: [id] });
  await call("data-governance/data-products exportDocumentationDataProduct", { path: [id] });
  await call("data-governance/data-products moveDataProduct", {
    path: [id],
    body: { spaceId: need(ctx.otherSpaceId, "a listed space") },
  });
  await call("data-governance/data-products getDataProductChangelogs", { path: [id], query: { limit: 20 } });
  await call("data-governance/data-products generateProviderUrlDataProducts", { query: { dataSetId: setId } });
  const batch = await call("data-governance/data-products computeDatasetsDataQualityDataProduct", { path: [id] });
  ctx.batchComputationId = batch?.data?.batchComputationId;
  await call("data-governance/data-products deleteDataProduct", { path: [id] });
});

// Data quality: a computation of the created data set polled to its end, the data product's
// batch polled to its end, then the results; trust scores of the set and a seeded one.
await step("data qualities and trust scores", async () => {
  const setId = need(ctx.setId, "the created data set");
  const started = await call("data-governance/data-qualities createDataQualityComputation", {
    body: { datasetId: setId, sampleMode: "ABSOLUTE", sampleSize: 500 },
  });
  const computationId = need(started?.data?.computationId, "the computationId of the computation");
  await poll("data-governance/data-qualities getDataQualityComputation", { path: [computationId] }, (a) =>
    ["SUCCEEDED", "FAILED", "PROFILE_FAILED"].includes(a.data?.status),
  );
  await poll(
    "data-governance/data-qualities getDataQualitiesBatchComputation",
    { path: [need(ctx.batchComputationId, "the batch of the data product")] },
    (a) => a.data?.status === "FINISHED",
  );
  await call("data-governance/data-qualities getDataQualityGlobalResults", { query: { datasetId: setId } });
  await call("data-governance/data-qualities filterDataQualitiesGlobalResults", { body: { datasetIds: [setId] } });
  await call("data-governance/data-qualities filterDataQualitiesFieldQualities", {
    body: { datasets: [{ datasetId: setId }] },
  });
  await call("data-governance/trust-scores filterDatasetsTrustScore", {
    body: { datasetIds: [setId, ...(ctx.secondSetId ? [ctx.secondSetId] : [])], recomputeUsage: false },
  });
});

await step("items and apps", async () => {
  const items = await call("items getItems", { query: { resourceType: "app", limit: 5 } });
  const apps = items?.data?.data ?? [];
  const first = need(apps[0], "an app item from getItems");
  await call("items getItem", { path: [need(first.id, "the id of an item")] });
  ctx.appId = need(first.resourceId, "the resourceId of an app item");
  // The last app is deleted below; a tenant with one app reports on it before it goes.
  ctx.doomedAppId = apps[apps.length - 1]?.resourceId;
  await call("apps getAppInfo", { path: [ctx.appId] });
});

await step("reports", async () => {
  const created = await call("reports createReport", {
    body: {
      type: "sense-data-1.0",
      senseDataTemplate: { appId: need(ctx.appId, "an app id"), id: "conformance-visualization" },
      output: { type: "xlsx", outputId: "conformance" },
    },
  });
  const requestId = need(created?.data?.requestId, "the requestId of the report");
  await poll("reports getReportStatus", { path: [requestId] }, (a) =>
    ["done", "failed", "aborted"].includes(a.data?.status),
  );
  await call("reports getReportOutputs", { path: [requestId], query: { limit: 10 } });
});

await step("delete an app", async () => {
  await call("apps deleteApp", { path: [need(ctx.doomedAppId, "an app id")] });
});

await step("data file connections", async () => {
  const connections = await call("data-files getDataFilesConnections", { query: { limit: 5 } });
  const connectionId = need(connections?.data?.data?.[0]?.id, "a connection from getDataFilesConnections");
  await call("data-files getDataFileConnection", { path: [connectionId] });
});

await step("data files", async () => {
  // Without a connection Qlik lists the personal space only; the seeded files are in spaces.
  const list = await call("data-files getDataFiles", { query: { includeAllSpaces: true, limit: 5 } });
  const files = list?.data?.data ?? [];
  const first = need(files[0]?.id, "a data file from getDataFiles");
  await call("data-files getDataFile", { path: [first] });
  await call("data-files deleteDataFile", { path: [first] });
  await call("data-files deleteDataFiles", { body: { delete: [{ id: need(files[1]?.id, "a second data file") }] } });
});

// Bodies the official types refuse, each otherwise valid, so that a 400 is for the broken field.
await step("refused bodies", async () => {
  const spaceId = need(ctx.spaceId, "the created space");
  const { technicalName, ...storeWithout } = {
    name: `Refused store ${runId}`,
    type: "postgresql",
    technicalName: "refused",
    spaceId,
  };
  await call("data-stores createDataStore", { body: storeWithout }, { refuse: true });
  // A misspelt field: the types have no such property, so the tenant must not take it silently.
  await call(
    "data-stores createDataStore",
    { body: { ...storeWithout, technicalName: "refused", nmae: "typo" } },
    { refuse: true },
  );
  await call(
    "data-assets createDataAsset",
    { body: { ...assetBody("_refused"), appType: 42 } },
    { refuse: true },
  );
  const { dataAssetInfo, ...setWithout } = setBody(need(ctx.assetId, "the created data asset"), "_refused");
  await call("data-sets createDataSet", { body: setWithout }, { refuse: true });
  await call(
    "data-governance/data-products createDataProduct",
    { body: { description: "a data product without a name", spaceId } },
    { refuse: true },
  );
  await call(
    "reports createReport",
    { body: { type: "sense-data-1.0", senseDataTemplate: { appId: ctx.appId ?? "app", id: "viz" } } },
    { refuse: true },
  );
});

// Children first: the tenant refuses to delete a data store that still holds data assets.
await step("batch deletes", async () => {
  const storeId = need(ctx.storeId, "the created data store");
  const assetId = need(ctx.assetId, "the created data asset");
  await call("data-sets deleteDataSets", { body: { ids: [need(ctx.setId, "the created data set")] } });
  // Removes the second data set, the one left below the asset.
  await call("data-stores deleteDataStoreDataAssetDataSets", { path: [storeId, assetId] });
  await call("data-assets deleteDataAssets", { body: { ids: [assetId] } });
  // Removes the second data asset.
  await call("data-stores deleteDataStoreDataAssets", { path: [storeId] });
  await call("data-stores deleteDataStores", { body: { ids: [storeId] } });
  await call("spaces deleteSpace", { path: [need(ctx.spaceId, "the created space")] });
});

// --- the verdict --------------------------------------------------------------------------------

const missing = [...inScope.keys()].filter((label) => !called.has(label));
const covered = inScope.size - missing.length;
const halted = stopped.length ? `; ${stopped.length} step(s) stopped early` : "";
console.log(
  `conformance: ${calls} calls, ${passed} passed, ${failed} failed; ` +
    `${covered} of ${inScope.size} operations covered${halted}`,
);
if (missing.length) {
  console.log(`never called (${missing.length}):`);
  for (const label of missing) console.log(`  ${label}  (${inScope.get(label).key})`);
}
process.exit(failed > 0 || missing.length > 0 || stopped.length > 0 ? 1 : 0);
