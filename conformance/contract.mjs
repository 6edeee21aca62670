// The official contract of the Qlik APIs that qlik-catalog wraps, read from @qlik/api.
//
// @qlik/api's modules are generated from Qlik's own OpenAPI specs: each `<api>.js` holds the
// method and path of every operation (the `invokeFetch(...)` call of its function) and each
// `<api>.d.ts` its types (parameters, body, answers per status). This script joins the two into
// one JSON document that `make spec-drift` compares with openapi/ and that the conformance run
// checks the emulator's answers against.
//
// Usage: node contract.mjs [--out contract.json]
//
// Schemas use a small JSON-Schema-like vocabulary:
//   {"$ref": "Name"}, {"type": "string"|"number"|"boolean"|"null"|"void"|"binary"},
//   {"enum": [...]}, {"type": "array", "items": S},
//   {"type": "object", "properties": {...}, "required": [...], "readOnly": [...],
//    "additionalProperties": S | true | false}, {"anyOf": [...]}, {} (unknown).
// `X | null` becomes X with "nullable": true.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
// The package's "exports" hide its package.json, so it is found beside this script.
const apiRoot = path.join(here, "node_modules", "@qlik", "api");

// The twelve APIs the SDK wraps, by the @qlik/api module that holds each.
export const MODULES = [
  "data-stores",
  "data-assets",
  "data-sets",
  "data-governance/data-products",
  "spaces",
  "users",
  "apps",
  "reports",
  "data-files",
  "items",
  "data-governance/data-qualities",
  "data-governance/trust-scores",
];

function parse(file) {
  const text = fs.readFileSync(file, "utf8");
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

function literalValue(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    return -literalValue(node.operand);
  }
  return undefined;
}

function propName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`unsupported property name ${name.getText()}`);
}

// Method and path of every function, from the invokeFetch(api, {...}) call in its body.
function readCalls(jsFile) {
  const calls = {};
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      let found;
      const find = (inner) => {
        if (
          ts.isCallExpression(inner) &&
          ts.isIdentifier(inner.expression) &&
          inner.expression.text === "invokeFetch"
        ) {
          found = inner;
          return;
        }
        ts.forEachChild(inner, find);
      };
      ts.forEachChild(node, find);
      if (found) {
        const props = {};
        for (const prop of found.arguments[1].properties) {
          if (ts.isPropertyAssignment(prop)) {
            const value = literalValue(prop.initializer);
            props[propName(prop.name)] = value === undefined ? prop.initializer : value;
          } else if (ts.isShorthandPropertyAssignment(prop)) {
            props[prop.name.text] = prop.name.text;
          }
        }
        const vars = props.pathVariables;
        const pathVariables = {};
        if (vars && typeof vars === "object" && ts.isObjectLiteralExpression(vars)) {
          for (const prop of vars.properties) {
            pathVariables[propName(prop.name)] = (prop.initializer ?? prop.name).getText();
          }
        }
        calls[node.name.text] = {
          method: String(props.method).toUpperCase(),
          path: props.pathTemplate,
          pathVariables,
          contentType: typeof props.contentType === "string" ? props.contentType : null,
        };
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(jsFile));
  return calls;
}

function nullable(schema) {
  return { ...schema, nullable: true };
}

// A TypeScript type node as a schema.
function schemaOf(node) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { type: "number" };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: "boolean" };
    case ts.SyntaxKind.NullKeyword:
      return { type: "null" };
    case ts.SyntaxKind.VoidKeyword:
    case ts.SyntaxKind.UndefinedKeyword:
      return { type: "void" };
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return {};
    default:
      break;
  }
  if (ts.isParenthesizedTypeNode(node)) return schemaOf(node.type);
  if (ts.isLiteralTypeNode(node)) {
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { type: "null" };
    return { enum: [literalValue(node.literal)] };
  }
  if (ts.isArrayTypeNode(node)) return { type: "array", items: schemaOf(node.elementType) };
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const args = node.typeArguments ?? [];
    if (name === "Record") return { type: "object", properties: {}, required: [], additionalProperties: schemaOf(args[1]) };
    if (name === "Array") return { type: "array", items: schemaOf(args[0]) };
    if (name === "Headers") return {};
    // BodyInit: the DOM type of raw upload bodies (importApp, uploadDataFile, ...).
    if (["DownloadableBlob", "Blob", "BlobPart", "BodyInit"].includes(name)) return { type: "binary" };
    return { $ref: name };
  }
  if (ts.isTypeLiteralNode(node)) return objectOf(node.members);
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map(schemaOf);
    const isNull = (s) => s.type === "null";
    const rest = parts.filter((s) => !isNull(s));
    if (rest.length > 0 && rest.every((s) => s.enum)) {
      const merged = { enum: rest.flatMap((s) => s.enum) };
      return rest.length < parts.length ? nullable(merged) : merged;
    }
    const one = rest.length === 1 ? rest[0] : { anyOf: rest };
    return rest.length < parts.length ? nullable(one) : one;
  }
  if (ts.isIntersectionTypeNode(node)) return { allOf: node.types.map(schemaOf) };
  if (ts.isFunctionTypeNode(node) || ts.isTypeQueryNode(node)) return { type: "function" };
  throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
}

function objectOf(members) {
  const schema = { type: "object", properties: {}, required: [], readOnly: [] };
  for (const member of members) {
    if (ts.isIndexSignatureDeclaration(member)) {
      schema.additionalProperties = schemaOf(member.type);
      continue;
    }
    if (!ts.isPropertySignature(member)) continue;
    const name = propName(member.name);
    schema.properties[name] = member.type ? schemaOf(member.type) : {};
    if (!member.questionToken) schema.required.push(name);
    if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword)) schema.readOnly.push(name);
  }
  if (schema.readOnly.length === 0) delete schema.readOnly;
  return schema;
}

// Answers of one status set: {data: T; headers; status: 200 | 204} (or a union of such).
function answersOf(schema, types) {
  const out = {};
  const objects = schema.anyOf ?? [schema];
  for (const entry of objects) {
    const resolved = entry.$ref ? types[entry.$ref] : entry;
    const statusSchema = resolved.properties.status;
    const statuses = statusSchema.enum ?? ["number"];
    for (const status of statuses) out[String(status)] = resolved.properties.data;
  }
  return out;
}

function readModule(name) {
  const calls = readCalls(path.join(apiRoot, `${name}.js`));
  const source = parse(path.join(apiRoot, `${name}.d.ts`));
  const types = {};
  const declared = [];
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) types[statement.name.text] = schemaOf(statement.type);
    if (ts.isFunctionDeclaration(statement) && statement.name) declared.push(statement);
  }
  const functions = {};
  for (const fn of declared) {
    const fname = fn.name.text;
    if (fname === "clearCache") continue;
    const call = calls[fname];
    if (!call) throw new Error(`${name}: ${fname} has no invokeFetch call`);
    const params = fn.parameters.filter((p) => p.name.getText() !== "options");
    const op = { ...call, params: [], query: {}, body: null, bodyRequired: false };
    for (const param of params) {
      const pname = param.name.getText();
      const schema = schemaOf(param.type);
      if (pname === "query") {
        op.query = schema.properties;
        op.queryRequired = schema.required;
      } else if (pname === "body") {
        op.body = schema;
        op.bodyRequired = !param.questionToken;
      } else {
        op.params.push(pname);
      }
    }
    const returned = fn.type.typeArguments[0].typeName.getText();
    op.answers = answersOf(types[returned], types);
    const errorName = returned.replace(/HttpResponse$/, "HttpError");
    op.errors = types[errorName] ? answersOf(types[errorName], types) : {};
    functions[fname] = op;
  }
  // Answer wrappers are not part of the API's own types.
  for (const key of Object.keys(types)) {
    if (/Http(Response|Error)$|API$/.test(key)) delete types[key];
  }
  return { functions, types };
}

export function readContract() {
  const pkg = JSON.parse(fs.readFileSync(path.join(apiRoot, "package.json"), "utf8"));
  const modules = {};
  for (const name of MODULES) modules[name] = readModule(name);
  return { package: "@qlik/api", version: pkg.version, modules };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const contract = readContract();
  const outIndex = process.argv.indexOf("--out");
  const text = JSON.stringify(contract, null, 1) + "\n";
  if (outIndex > 0) {
    const out = path.resolve(process.argv[outIndex + 1]);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
  } else {
    process.stdout.write(text);
  }
}
