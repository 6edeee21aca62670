// Checks a value against a schema of the contract (see contract.mjs for the vocabulary).
//
// check(schema, value, types, path) returns a list of problems, each "path: what", e.g.
// "data.data[3].links: missing". It is strict on purpose: a property the official type does not
// declare is a problem (unless the type has additionalProperties), because an emulator that
// answers more than Qlik does lets a client come to depend on fields a real tenant never sends.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function child(path, key) {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof Blob !== "undefined" && value instanceof Blob) return "binary";
  return typeof value;
}

function short(value) {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// A schema with nothing to check: `unknown`, `any`, `object` in the .d.ts.
function isAny(schema) {
  return Object.keys(schema).every((key) => key === "nullable");
}

export function resolve(schema, types) {
  let current = schema;
  let nullable = Boolean(schema.nullable);
  const seen = new Set();
  while (current.$ref) {
    if (seen.has(current.$ref)) throw new Error(`circular type alias ${current.$ref}`);
    seen.add(current.$ref);
    const target = types[current.$ref];
    if (!target) throw new Error(`the contract has no type ${current.$ref}`);
    current = target;
    nullable = nullable || Boolean(current.nullable);
  }
  return nullable && !current.nullable ? { ...current, nullable: true } : current;
}

// `A & B` of object types is one object with the properties of both: each member alone would
// call the other's properties undeclared. `X & unknown` is X.
function mergeAllOf(schema, types) {
  const members = schema.allOf.map((s) => resolve(s, types)).filter((s) => !isAny(s));
  if (members.length === 0) return {};
  if (members.length === 1) return { ...members[0], nullable: schema.nullable || members[0].nullable };
  if (!members.every((s) => s.type === "object" && !s.nullable)) return null;
  const merged = { type: "object", properties: {}, required: [] };
  for (const member of members) {
    Object.assign(merged.properties, member.properties);
    merged.required.push(...member.required);
    if (member.additionalProperties !== undefined) merged.additionalProperties = member.additionalProperties;
  }
  if (schema.nullable) merged.nullable = true;
  return merged;
}

export function check(schema, value, types, path = "data") {
  const problems = [];
  visit(schema, value, types, path, problems);
  return problems;
}

function visit(rawSchema, value, types, path, problems) {
  if (rawSchema === true || rawSchema === undefined) return;
  const schema = resolve(rawSchema, types);
  if (isAny(schema)) return;
  if (value === undefined) {
    problems.push(`${path}: missing`);
    return;
  }
  if (value === null) {
    if (!schema.nullable && schema.type !== "null") problems.push(`${path}: null, but the official type is not nullable`);
    return;
  }
  if (schema.allOf) {
    const merged = mergeAllOf(schema, types);
    if (merged) visit(merged, value, types, path, problems);
    else for (const member of schema.allOf) visit(member, value, types, path, problems);
    return;
  }
  if (schema.anyOf) {
    // The closest alternative is one of the value's own kind with the fewest problems inside.
    let best = null;
    for (const branch of schema.anyOf) {
      const found = [];
      visit(branch, value, types, path, found);
      if (found.length === 0) return;
      const atRoot = found.some((p) => p.startsWith(`${path}: `));
      if (!atRoot && (best === null || found.length < best.length)) best = found;
    }
    problems.push(...(best ?? [`${path}: ${kindOf(value)} ${short(value)} matches none of the official type's alternatives`]));
    return;
  }
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      problems.push(`${path}: ${short(value)} is not one of ${schema.enum.map(short).join(", ")}`);
    }
    return;
  }
  const actual = kindOf(value);
  switch (schema.type) {
    case "string":
    case "boolean":
    case "binary":
      if (actual !== schema.type) problems.push(`${path}: ${actual} ${short(value)}, not ${schema.type}`);
      return;
    case "number":
      if (actual !== "number" || !Number.isFinite(value)) problems.push(`${path}: ${actual} ${short(value)}, not number`);
      return;
    case "null":
      problems.push(`${path}: ${actual} ${short(value)}, not null`);
      return;
    case "void":
      // Callers decide what an answer without a declared body may carry (see run.mjs).
      problems.push(`${path}: ${actual} ${short(value)}, but the official type declares no body`);
      return;
    case "function":
      return;
    case "array":
      if (actual !== "array") {
        problems.push(`${path}: ${actual} ${short(value)}, not array`);
        return;
      }
      value.forEach((item, index) => visit(schema.items, item, types, `${path}[${index}]`, problems));
      return;
    case "object": {
      if (actual !== "object") {
        problems.push(`${path}: ${actual} ${short(value)}, not object`);
        return;
      }
      for (const name of schema.required ?? []) {
        if (value[name] === undefined) problems.push(`${child(path, name)}: missing`);
      }
      const extra = schema.additionalProperties;
      for (const [name, item] of Object.entries(value)) {
        const declared = Object.hasOwn(schema.properties ?? {}, name);
        if (declared) visit(schema.properties[name], item, types, child(path, name), problems);
        else if (extra === undefined || extra === false) problems.push(`${child(path, name)}: not in the official type`);
        else visit(extra, item, types, child(path, name), problems);
      }
      return;
    }
    default:
      throw new Error(`${path}: the validator does not know schema ${JSON.stringify(schema)}`);
  }
}
