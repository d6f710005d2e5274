#!/usr/bin/env node
// Turns Cloud Carbon Footprint's own billing-estimate tests into sero's test data.
//
//   scripts/ccf-vectors/run CCF_CHECKOUT
//
// For each test of the three billing test files (see TESTS below) it reads, with TypeScript's
// compiler API (no CCF code is run), the fixture rows the test feeds, the configuration it sets
// and the results it expects, and writes under crates/sero-cloud/tests/ccf/<provider>/:
//
//   <slug>.csv   the fixture as the file sero reads (AWS: the result of sero's Athena query;
//                Azure: a cost export; Google Cloud: the result of sero's BigQuery query)
//   <slug>.json  the vector: provenance, configuration, and every expected estimate
//
// Hand-written notes in an existing vector (`pending`, `exception`, `sero`, `sero_pending` on an
// expectation) are kept when the vector is written again, matched by the expectation's key.
"use strict";

const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const ts = require("typescript");

const COMMIT = "b7a049c7d25c0022919ab9010199dd9e77aa4577";
const REPOSITORY = "https://github.com/cloud-carbon-footprint/cloud-carbon-footprint";

const TESTS = {
  aws: {
    test: "packages/aws/src/__tests__/CostAndUsageReports.test.ts",
    fixtures: "packages/aws/src/__tests__/fixtures/athena.fixtures.ts",
    constants: "packages/aws/src/domain/AwsFootprintEstimationConstants.ts",
    constantsName: "AWS_CLOUD_CONSTANTS",
    // mockGetQueryResults(fixture)
    fixtureCall: (callee) => callee === "mockGetQueryResults",
  },
  azure: {
    test: "packages/azure/src/__tests__/ConsumptionManagement.test.ts",
    fixtures: "packages/azure/src/__tests__/fixtures/consumptionManagement.fixtures.ts",
    constants: "packages/azure/src/domain/AzureFootprintEstimationConstants.ts",
    constantsName: "AZURE_CLOUD_CONSTANTS",
    // mockUsageDetails.list.mockReturnValue(mockIterableResponse(fixture))
    fixtureCall: (callee) => callee === "mockIterableResponse",
  },
  gcp: {
    test: "packages/gcp/src/__tests__/BillingExportTable.test.ts",
    fixtures: "packages/gcp/src/__tests__/fixtures/bigQuery.fixtures.ts",
    more: ["packages/gcp/src/__tests__/fixtures/lookupTable.fixtures.ts"],
    constants: "packages/gcp/src/domain/GcpFootprintEstimationConstants.ts",
    constantsName: "GCP_CLOUD_CONSTANTS",
    // mockJob.getQueryResults.mockResolvedValue(fixture)
    fixtureCall: (callee) =>
      callee === "mockJob.getQueryResults.mockResolvedValue" ||
      callee === "mockJob.getQueryResults.mockResolvedValueOnce",
  },
};

function fail(message, hint) {
  process.stderr.write(`error: ${message}\n`);
  if (hint) process.stderr.write(`  = hint: ${hint}\n`);
  process.exit(2);
}

const checkout = process.argv[2];
const out = process.argv[3] || path.join(__dirname, "../../crates/sero-cloud/tests/ccf");
if (!checkout) fail("no CCF checkout given", "scripts/ccf-vectors/run PATH_TO_CCF_CHECKOUT");

function git(...args) {
  return execFileSync("git", ["-C", checkout, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
}

let head;
try {
  head = git("rev-parse", "HEAD").trim();
} catch (e) {
  fail(`${checkout} is not a git checkout of Cloud Carbon Footprint`, "clone " + REPOSITORY);
}
if (head !== COMMIT) {
  fail(
    `${checkout} is at commit ${head}, the vectors are of ${COMMIT}`,
    `git -C ${checkout} checkout ${COMMIT.slice(0, 8)}`,
  );
}

/** A file of the checkout: from the work tree when there is one, else from the commit. */
function read(file) {
  const onDisk = path.join(checkout, file);
  if (fs.existsSync(onDisk)) return fs.readFileSync(onDisk, "utf8");
  return git("show", `${COMMIT}:${file}`);
}

function parse(file) {
  return ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
}

// ---------------------------------------------------------------------------------------------
// A small evaluator of the literal subset of TypeScript the fixtures and expectations use.

const UNKNOWN = Symbol("unknown");

class Scope {
  constructor(parent) {
    this.parent = parent;
    this.nodes = new Map();
    this.values = new Map();
  }
  declare(name, node) {
    this.nodes.set(name, node);
    this.values.delete(name);
  }
  set(name, value) {
    this.values.set(name, value);
  }
  lookup(name) {
    for (let s = this; s; s = s.parent) {
      if (s.values.has(name)) return s.values.get(name);
      if (s.nodes.has(name)) {
        const value = evaluate(s.nodes.get(name), s);
        s.values.set(name, value);
        return value;
      }
    }
    return UNKNOWN;
  }
}

// Enumerations the tests name (GroupBy in @cloud-carbon-footprint/common).
const ENUMS = { GroupBy: { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" } };

function evaluate(node, scope) {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return node.text;
    case ts.SyntaxKind.NumericLiteral:
      return Number(node.text);
    case ts.SyntaxKind.TrueKeyword:
      return true;
    case ts.SyntaxKind.FalseKeyword:
      return false;
    case ts.SyntaxKind.NullKeyword:
      return null;
    case ts.SyntaxKind.PrefixUnaryExpression: {
      const v = evaluate(node.operand, scope);
      if (node.operator === ts.SyntaxKind.MinusToken) return -v;
      if (node.operator === ts.SyntaxKind.PlusToken) return +v;
      return UNKNOWN;
    }
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.SatisfiesExpression:
      return evaluate(node.expression, scope);
    case ts.SyntaxKind.Identifier:
      if (node.text === "undefined") return undefined;
      return scope.lookup(node.text);
    case ts.SyntaxKind.PropertyAccessExpression: {
      const base = node.expression.getText();
      if (ENUMS[base]) return ENUMS[base][node.name.text];
      const object = evaluate(node.expression, scope);
      if (object && typeof object === "object") return object[node.name.text];
      return UNKNOWN;
    }
    case ts.SyntaxKind.NewExpression: {
      if (node.expression.getText() === "Date" && node.arguments && node.arguments.length === 1) {
        const text = evaluate(node.arguments[0], scope);
        return { $date: new Date(text).toISOString() };
      }
      return UNKNOWN;
    }
    case ts.SyntaxKind.ArrayLiteralExpression: {
      const out = [];
      for (const e of node.elements) {
        if (ts.isSpreadElement(e)) out.push(...evaluate(e.expression, scope));
        else out.push(evaluate(e, scope));
      }
      return out;
    }
    case ts.SyntaxKind.ObjectLiteralExpression: {
      const out = {};
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p)) {
          out[propertyName(p.name, scope)] = evaluate(p.initializer, scope);
        } else if (ts.isShorthandPropertyAssignment(p)) {
          out[p.name.text] = scope.lookup(p.name.text);
        } else if (ts.isSpreadAssignment(p)) {
          Object.assign(out, evaluate(p.expression, scope));
        } else {
          out[p.name ? p.name.getText() : "?"] = UNKNOWN;
        }
      }
      return out;
    }
    case ts.SyntaxKind.TemplateExpression: {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        text += String(evaluate(span.expression, scope)) + span.literal.text;
      }
      return text;
    }
    default:
      return UNKNOWN;
  }
}

function propertyName(name, scope) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) return String(evaluate(name.expression, scope));
  return name.getText();
}

/** Declares every `const`/`let` directly in `statements` into `scope`. */
function declareAll(statements, scope) {
  for (const s of statements) {
    if (ts.isEnumDeclaration(s)) {
      const members = {};
      for (const m of s.members) members[propertyName(m.name, scope)] = m.initializer ? evaluate(m.initializer, scope) : UNKNOWN;
      scope.set(s.name.text, members);
    }
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer) scope.declare(d.name.text, d.initializer);
      }
    }
  }
}

function hasUnknown(value) {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (value && typeof value === "object") return Object.values(value).some(hasUnknown);
  return false;
}

// ---------------------------------------------------------------------------------------------
// The tests.

function visitCalls(node, f) {
  if (ts.isCallExpression(node)) f(node);
  ts.forEachChild(node, (child) => {
    // Do not descend into nested test bodies.
    if (ts.isCallExpression(child) && isTestCall(child) && child !== node) return;
    visitCalls(child, f);
  });
}

function isTestCall(call) {
  const callee = call.expression.getText();
  return ["it", "test", "describe", "beforeEach", "beforeAll", "afterEach", "afterAll"].includes(callee);
}

function body(call) {
  const f = call.arguments[call.arguments.length - 1];
  if (f && (ts.isArrowFunction(f) || ts.isFunctionExpression(f)) && ts.isBlock(f.body)) return f.body;
  return null;
}

/** The assignments `CONSTANTS.NAME = value` and `setConfig(value)` of a block. */
function configOf(block, scope, constantsName) {
  const config = {};
  for (const s of block.statements) {
    if (!ts.isExpressionStatement(s)) continue;
    const e = s.expression;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = e.left.getText();
      if (target.startsWith(constantsName + ".")) {
        config[target.slice(constantsName.length + 1)] = evaluate(e.right, scope);
      }
    }
    if (ts.isCallExpression(e) && e.expression.getText() === "setConfig") {
      config.config = evaluate(e.arguments[0], scope);
    }
  }
  return config;
}

function slugOf(name) {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function collectTests(provider) {
  const spec = TESTS[provider];
  const fixtureFile = parse(spec.fixtures);
  const fixtures = new Scope(null);
  declareAll(fixtureFile.statements, fixtures);
  for (const more of spec.more || []) declareAll(parse(more).statements, fixtures);
  const testFile = parse(spec.test);
  const top = new Scope(fixtures);
  declareAll(testFile.statements, top);
  // Imports from the fixture file resolve in `fixtures`; the test file's mocked config too.
  const constants = constantsOf(spec);
  const tests = [];
  const walk = (statements, scope, describes, inherited) => {
    let config = { ...inherited };
    for (const s of statements) {
      if (!ts.isExpressionStatement(s) || !ts.isCallExpression(s.expression)) continue;
      const call = s.expression;
      const callee = call.expression.getText();
      const block = body(call);
      if (!block) continue;
      if (callee === "beforeEach") {
        config = { ...config, ...configOf(block, scope, spec.constantsName) };
      } else if (callee === "describe") {
        const inner = new Scope(scope);
        declareAll(block.statements, inner);
        const name = evaluate(call.arguments[0], scope);
        walk(block.statements, inner, [...describes, name], config);
      } else if (callee === "it" || callee === "test") {
        const name = evaluate(call.arguments[0], scope);
        const local = new Scope(scope);
        declareAll(block.statements, local);
        tests.push(testOf(provider, spec, name, describes, block, local, config, constants));
      }
    }
  };
  // The configuration the test file installs for every test (AWS: `configLoader` mocked with
  // `defaultMockConfig`; Azure: `setConfig(DEFAULT_CONFIG)` in `beforeEach`, recorded there).
  walk(testFile.statements, top, [], {});
  const mocked = top.lookup("defaultMockConfig");
  if (mocked !== UNKNOWN) for (const t of tests) t.config = { configLoader: mocked, ...t.config };
  return tests;
}

/** CCF's constants that decide the estimate of these tests, as its code states them. */
function constantsOf(spec) {
  const file = parse(spec.constants);
  const wanted = ["ESTIMATE_UNKNOWN_USAGE_BY", "SERVER_EXPECTED_LIFESPAN", "AVG_CPU_UTILIZATION_2020"];
  const found = {};
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && wanted.includes(propertyName(node.name, new Scope(null)))) {
      found[propertyName(node.name, new Scope(null))] = node.initializer.getText();
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function testOf(provider, spec, name, describes, block, scope, inherited, constants) {
  let fixture = null;
  let expected = null;
  let grouping = null;
  let period = null;
  let lookup = false;
  visitCalls(block, (call) => {
    const callee = call.expression.getText();
    // getEstimatesFromInputData(rows): CCF's lookup table, one estimate per input row.
    if (callee.endsWith(".getEstimatesFromInputData") && call.arguments.length === 1) {
      const arg = call.arguments[0];
      fixture = { name: arg.getText(), rows: evaluate(arg, scope) };
      lookup = true;
    }
    if (spec.fixtureCall(callee) && call.arguments.length > 0 && fixture === null) {
      const arg = call.arguments[0];
      fixture = { name: arg.getText(), rows: evaluate(arg, scope) };
    }
    if (callee.endsWith(".getEstimates") && call.arguments.length >= 3) {
      period = {
        start: evaluate(call.arguments[0], scope),
        end: evaluate(call.arguments[1], scope),
      };
      grouping = evaluate(call.arguments[2], scope);
    }
    // expect(result).toEqual(x)
    if (
      ts.isPropertyAccessExpression(call.expression) &&
      call.expression.name.text === "toEqual" &&
      ts.isCallExpression(call.expression.expression) &&
      call.expression.expression.expression.getText() === "expect" &&
      call.expression.expression.arguments[0].getText() === "result"
    ) {
      expected = evaluate(call.arguments[0], scope);
    }
  });
  const config = { ...inherited, ...configOf(block, scope, spec.constantsName) };
  return { provider, name, describes, fixture, expected, grouping, period, config, constants, lookup };
}

// ---------------------------------------------------------------------------------------------
// Writing the input files.

function csvField(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}

function dateOf(value) {
  if (value && value.$date) return value.$date.slice(0, 10);
  if (value && typeof value === "object" && "value" in value) return value.value;
  return value;
}

/** CCF's `tagNameToAthenaColumn` (CostAndUsageReports.ts): `user:CreatedBy` → `resource_tags_user_created_by`. */
function athenaColumn(tag) {
  const snake = tag.replace(/:/g, "_").replace(/([A-Z])/g, "_$1").toLowerCase().replace(/__/g, "_");
  return "resource_tags_" + snake.replace(/^_/, "");
}

/** AWS: Athena's GetQueryResults rows (a header row of names, then the values). The tag columns
 * take the tag's own name (`tag_user:Environment`), as `--group-by tag:user:Environment` reads them. */
function awsInput(fixture, tagNames) {
  const rows = fixture.ResultSet.Rows.map((r) => r.Data.map((d) => d.VarCharValue));
  const [names, ...values] = rows;
  const at = (n) => names.indexOf(n);
  const tagColumns = names.filter((n) => n.startsWith("resource_tags_"));
  const nameOf = (column) => tagNames.find((t) => athenaColumn(t) === column) || column.slice("resource_tags_".length);
  const header = ["day", "account", "region", "service", "usage_type", "usage_unit", "vcpus",
    "provider", "usage_amount", "cost", ...tagColumns.map((t) => "tag_" + nameOf(t))];
  const body = values.map((v) => [
    v[at("timestamp")], v[at("accountName")], v[at("region")], v[at("serviceName")],
    v[at("usageType")], v[at("usageUnit")], at("vCpus") >= 0 ? v[at("vCpus")] : "", "aws",
    v[at("usageAmount")], v[at("cost")], ...tagColumns.map((t) => v[at(t)]),
  ]);
  return csv(header, body);
}

/** Azure: UsageDetailResult objects (legacy and modern) as a cost export's columns. */
function azureInput(rows) {
  const header = ["Date", "SubscriptionId", "SubscriptionName", "ResourceLocation", "ResourceGroup",
    "MeterCategory", "MeterName", "UnitOfMeasure", "Quantity", "CostInBillingCurrency", "Tags"];
  const body = rows.map((r) => {
    const meter = r.meterDetails || r;
    return [
      dateOf(r.date), r.subscriptionGuid || r.id, r.subscriptionName, r.resourceLocation,
      r.resourceGroup, meter.meterCategory, meter.meterName, meter.unitOfMeasure, r.quantity,
      r.cost !== undefined ? r.cost : r.costInUSD, JSON.stringify(r.tags || {}),
    ];
  });
  return csv(header, body);
}

/** Google Cloud: BigQuery result rows, as sero's BigQuery query names its columns. */
function gcpInput(pages) {
  const rows = pages.flat();
  const tagNames = [...new Set(rows.flatMap((r) => ["tags", "labels", "projectLabels"]
    .filter((k) => typeof r[k] === "string" && r[k])))];
  const header = ["day", "account", "account_name", "region", "service", "usage_type", "usage_unit",
    "machine_type", "provider", "usage_amount", "cost", ...tagNames.map((t) => "tag_" + t)];
  const body = rows.map((r) => [
    dateOf(r.timestamp), r.accountId, r.accountName, r.region, r.serviceName, r.usageType,
    r.usageUnit, r.machineType, "gcp", r.usageAmount, r.cost, ...tagNames.map((t) => r[t]),
  ]);
  return csv(header, body);
}

// ---------------------------------------------------------------------------------------------
// Writing the vectors.

function tagNamesOf(expected) {
  const names = new Set();
  if (!expected.every((r) => r.serviceEstimates)) return [];
  for (const r of expected) for (const s of r.serviceEstimates || []) for (const k of Object.keys(s.tags || {})) names.add(k);
  return [...names];
}

/** The day a lookup row is given: CCF's lookup has no date (its rows' timestamps are null). */
const LOOKUP_DAY = "2020-01-01";

/** A lookup table's input rows (`LookupTableInput`: one unit of usage costing 1 each), as the
 * file sero reads for the provider. */
function lookupInput(provider, rows) {
  if (provider === "azure") {
    return csv(["Date", "SubscriptionId", "SubscriptionName", "ResourceLocation", "ResourceGroup",
      "MeterCategory", "MeterName", "UnitOfMeasure", "Quantity", "CostInBillingCurrency", "Tags"],
    rows.map((r) => [LOOKUP_DAY, "", "", r.region, "", r.serviceName, r.usageType, r.usageUnit, 1, 1, "{}"]));
  }
  return csv(["day", "account", "region", "service", "usage_type", "usage_unit", "vcpus",
    "machine_type", "provider", "usage_amount", "cost"],
  rows.map((r) => [LOOKUP_DAY, "", r.region, r.serviceName, r.usageType, r.usageUnit, r.vCpus ?? "",
    r.machineType ?? "", provider, 1, 1]));
}

function lookupExpectations(expected) {
  return expected.map((o) => ({
    lookup: true,
    region: o.region,
    service: o.serviceName,
    usage_type: o.usageType,
    vcpus: o.vCpus,
    machine_type: o.machineType,
    kilowatt_hours: o.kilowattHours,
    co2e_t: o.co2e,
  }));
}

function keyOf(e) {
  if (e.lookup) return [e.region, e.service, e.usage_type, e.vcpus, e.machine_type].join("|");
  return [e.timestamp, e.account_id, e.region, e.service, JSON.stringify(e.tags || {})].join("|");
}

const NOTES = ["pending", "exception", "sero", "sero_pending"];

function expectationsOf(expected) {
  const out = [];
  for (const result of expected) {
    for (const s of result.serviceEstimates || []) {
      const e = {
        timestamp: dateOf(result.timestamp),
        period_start: result.periodStartDate ? result.periodStartDate.$date : undefined,
        period_end: result.periodEndDate ? result.periodEndDate.$date : undefined,
        group_by: result.groupBy,
        account_id: s.accountId,
        account_name: s.accountName,
        region: s.region,
        service: s.serviceName,
        tags: s.tags || {},
        kilowatt_hours: s.kilowattHours,
        co2e_t: s.co2e,
        cost: s.cost,
        uses_average_cpu_constant: s.usesAverageCPUConstant,
      };
      out.push(e);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CCF's AWS tables, as data files sero bundles (crates/sero-cloud/data/aws-*.csv).

const AWS_TABLES_SOURCE = (file, names) =>
  `# source: Cloud Carbon Footprint (Thoughtworks), ${file} (${names}), commit ${COMMIT.slice(0, 8)}, ` +
  `${REPOSITORY}, licence Apache-2.0.\n# Written by scripts/ccf-vectors/run from that file; do not edit by hand.\n`;

function awsTables(dataDir) {
  const scope = new Scope(null);
  declareAll(parse("packages/core/src/compute/ComputeProcessorTypes.ts").statements, scope);
  const typesFile = "packages/aws/src/lib/AWSInstanceTypes.ts";
  const types = new Scope(scope);
  declareAll(parse(typesFile).statements, types);
  const get = (name) => {
    const v = types.lookup(name);
    if (hasUnknown(v)) fail(`${typesFile}: ${name} holds an expression the converter cannot evaluate`);
    return v;
  };
  // Families and sizes in CCF's order: CCF takes a family's *last* size as its largest.
  const rows = [];
  for (const [table, name] of [["ec2", "EC2_INSTANCE_TYPES"], ["redshift", "REDSHIFT_INSTANCE_TYPES"],
    ["family_mapping", "INSTANCE_FAMILY_TO_INSTANCE_TYPE_MAPPING"]]) {
    for (const [family, sizes] of Object.entries(get(name))) {
      for (const [size, v] of Object.entries(sizes)) {
        const embodied = table === "redshift" ? "" : v[2];
        rows.push([table, family, size, v[0], v[1], embodied]);
      }
    }
  }
  for (const [type, vcpus] of Object.entries(get("MSK_INSTANCE_TYPES"))) {
    const cut = type.lastIndexOf(".");
    rows.push(["msk", type.slice(0, cut), type.slice(cut + 1), vcpus, "", ""]);
  }
  fs.writeFileSync(path.join(dataDir, "aws-instance-types.csv"),
    "# AWS instance types by family and size: vCPUs, memory (GB), embodied emissions of the whole host (tCO2e), in CCF's order\n" +
    "# (CCF takes the last size of a family as its largest). table: ec2 = EC2_INSTANCE_TYPES, redshift = REDSHIFT_INSTANCE_TYPES,\n" +
    "# family_mapping = INSTANCE_FAMILY_TO_INSTANCE_TYPE_MAPPING, msk = MSK_INSTANCE_TYPES (vCPUs only).\n" +
    AWS_TABLES_SOURCE(typesFile, "EC2_INSTANCE_TYPES, REDSHIFT_INSTANCE_TYPES, INSTANCE_FAMILY_TO_INSTANCE_TYPE_MAPPING, MSK_INSTANCE_TYPES") +
    csv(["table", "family", "size", "vcpus", "memory_gb", "embodied_t"], rows));
  const processors = get("INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING");
  const gpus = get("GPU_INSTANCES_TYPES");
  const gpuProcessors = get("INSTANCE_TYPE_GPU_PROCESSOR_MAPPING");
  const burstable = get("BURSTABLE_INSTANCE_BASELINE_UTILIZATION");
  const names = [...new Set([...Object.keys(processors), ...Object.keys(gpus), ...Object.keys(gpuProcessors), ...Object.keys(burstable)])];
  const detail = names.map((n) => [n, (processors[n] || []).join("|"), gpus[n] ?? "", (gpuProcessors[n] || []).join("|"), burstable[n] ?? ""]);
  fs.writeFileSync(path.join(dataDir, "aws-instance-processors.csv"),
    "# AWS instance types: micro-architectures (`|`: CCF averages them, or takes their median when Sandy or Ivy Bridge is among them),\n" +
    "# GPUs per instance and their kind, and the baseline CPU utilisation (%) of burstable types.\n" +
    AWS_TABLES_SOURCE(typesFile, "INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING, GPU_INSTANCES_TYPES, INSTANCE_TYPE_GPU_PROCESSOR_MAPPING, BURSTABLE_INSTANCE_BASELINE_UTILIZATION") +
    csv(["type", "processors", "gpus", "gpu_processors", "burstable_baseline_percent"], detail));
  // Watts and memory per processor, as AWS's constants have them (AWS's own table: no Ice Lake, no EPYC 3rd Gen).
  const constantsFile = TESTS.aws.constants;
  const constants = new Scope(scope);
  const file = parse(constantsFile);
  const tables = {};
  const visit = (node) => {
    if (ts.isPropertyAssignment(node)) {
      const n = propertyName(node.name, constants);
      if (["MIN_WATTS_BY_COMPUTE_PROCESSOR", "MAX_WATTS_BY_COMPUTE_PROCESSOR", "MEMORY_BY_COMPUTE_PROCESSOR"].includes(n)) {
        tables[n] = evaluate(node.initializer, constants);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const all = [...new Set(Object.keys(tables.MIN_WATTS_BY_COMPUTE_PROCESSOR))];
  fs.writeFileSync(path.join(dataDir, "aws-processors.csv"),
    "# AWS's watts per vCPU (CPUs) or per GPU at idle and at full load, and GB of memory per physical chip, by processor.\n" +
    "# A processor not listed here takes AWS's averages (MIN_WATTS_AVG, MAX_WATTS_AVG, MEMORY_AVG in constants.csv).\n" +
    AWS_TABLES_SOURCE(constantsFile, "MIN_WATTS_BY_COMPUTE_PROCESSOR, MAX_WATTS_BY_COMPUTE_PROCESSOR, MEMORY_BY_COMPUTE_PROCESSOR") +
    csv(["processor", "min_watts", "max_watts", "gb_per_chip"], all.map((p) => [p,
      tables.MIN_WATTS_BY_COMPUTE_PROCESSOR[p], tables.MAX_WATTS_BY_COMPUTE_PROCESSOR[p], tables.MEMORY_BY_COMPUTE_PROCESSOR[p] ?? ""])));
  process.stderr.write(`aws tables: ${rows.length} instance sizes, ${detail.length} processor rows, ${all.length} processors\n`);
}

function main() {
  awsTables(path.join(__dirname, "../../crates/sero-cloud/data"));
  let written = 0;
  const covered = [];
  for (const provider of Object.keys(TESTS)) {
    const spec = TESTS[provider];
    const dir = path.join(out, provider);
    fs.mkdirSync(dir, { recursive: true });
    const seen = new Set();
    for (const t of collectTests(provider)) {
      const title = [...t.describes.slice(1), t.name].join(" ");
      const estimates = Array.isArray(t.expected) &&
        (t.expected.length === 0 || t.expected.every((r) => r && (t.lookup ? "kilowattHours" in r : r.serviceEstimates)));
      if (!t.fixture || !estimates) {
        covered.push(`${provider}: skipped "${title}" (${!t.fixture ? "no billing fixture" : "no estimates expected"})`);
        continue;
      }
      if (hasUnknown(t.fixture.rows) || hasUnknown(t.expected)) {
        fail(`${spec.test}: "${title}" uses an expression the converter cannot evaluate`);
      }
      let slug = slugOf(t.name);
      while (seen.has(slug)) slug += "-2";
      seen.add(slug);
      const input = t.lookup ? lookupInput(provider, t.fixture.rows) :
        provider === "aws" ? awsInput(t.fixture.rows, tagNamesOf(t.expected)) :
        provider === "azure" ? azureInput(t.fixture.rows) : gcpInput(t.fixture.rows);
      fs.writeFileSync(path.join(dir, slug + ".csv"), input);
      const vectorPath = path.join(dir, slug + ".json");
      const previous = fs.existsSync(vectorPath) ? JSON.parse(fs.readFileSync(vectorPath, "utf8")) : null;
      const notes = new Map();
      const vectorNotes = {};
      if (previous) {
        for (const e of previous.expectations || []) {
          const kept = {};
          for (const n of NOTES) if (n in e) kept[n] = e[n];
          notes.set(keyOf(e), kept);
        }
        for (const n of NOTES) if (n in previous) vectorNotes[n] = previous[n];
      }
      const expectations = (t.lookup ? lookupExpectations(t.expected) : expectationsOf(t.expected)).map((e) => ({ ...e, ...(notes.get(keyOf(e)) || {}) }));
      const vector = {
        provenance: {
          repository: REPOSITORY,
          commit: COMMIT,
          licence: "Apache-2.0",
          file: spec.test,
          fixtures: spec.fixtures,
          fixture: t.fixture.name,
          test: [...t.describes, t.name].join(" › "),
        },
        provider,
        input: slug + ".csv",
        lookup: t.lookup || undefined,
        config: {
          grouping: t.grouping,
          start_date: t.period ? dateOf(t.period.start) : undefined,
          end_date: t.period ? dateOf(t.period.end) : undefined,
          set_by_test: t.config,
          constants: t.constants,
        },
        ...vectorNotes,
        expect_empty: expectations.length === 0,
        expectations,
      };
      fs.writeFileSync(vectorPath, JSON.stringify(vector, null, 2) + "\n");
      written += 1;
      covered.push(`${provider}: ${slug} (${expectations.length} expectations)`);
    }
  }
  process.stderr.write(covered.join("\n") + `\n${written} vectors written under ${out}\n`);
}

main();
