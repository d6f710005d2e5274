#!/usr/bin/env node
// Generates CO2.js parity vectors for sero's Rust port.
//
//   npm ci            # or: npm i   (installs @tgwf/co2@0.19.0, pinned in package.json)
//   node generate.js > ../../crates/sero-core/tests/data/co2js-0.19.0-vectors.json
//
// Deterministic: fixed case lists plus a mulberry32 PRNG with a fixed seed.
// Every number is emitted by JSON.stringify (shortest round-trip form), so
// Rust's f64::from_str recovers the exact bits CO2.js produced.
"use strict";

// perVisitTrace / option parsing print warnings for omitted or invalid
// options; they are noise here and must not reach stdout.
console.warn = () => {};
// Keep stdout for the JSON document only, whatever the library logs.
console.log = (...a) => process.stderr.write(a.join(" ") + "\n");
console.info = console.log;
console.debug = console.log;

const { co2 } = require("@tgwf/co2");
const { averageIntensity } = require("@tgwf/co2/data");
// "@tgwf/co2/package.json" is not in the package's exports map: find it on disk.
const CO2JS_VERSION = (() => {
  const path = require("path");
  const fs = require("fs");
  let dir = path.dirname(require.resolve("@tgwf/co2"));
  for (;;) {
    const f = path.join(dir, "package.json");
    if (fs.existsSync(f)) {
      const pkg = JSON.parse(fs.readFileSync(f, "utf8"));
      if (pkg.name === "@tgwf/co2") return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find @tgwf/co2 package.json");
    dir = up;
  }
})();

if (CO2JS_VERSION !== "0.19.0") {
  throw new Error(`expected @tgwf/co2 0.19.0, found ${CO2JS_VERSION}`);
}

const SEED = 0x5e70c02;

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

// Plain, segment and rating instances per model.
const M = {
  "swd-v3": {
    plain: new co2({ model: "swd", version: 3 }),
    segment: new co2({ model: "swd", version: 3, results: "segment" }),
    rating: new co2({ model: "swd", version: 3, rating: true }),
  },
  "swd-v4": {
    plain: new co2({ model: "swd", version: 4 }),
    segment: new co2({ model: "swd", version: 4, results: "segment" }),
    rating: new co2({ model: "swd", version: 4, rating: true }),
  },
  onebyte: {
    plain: new co2({ model: "1byte" }),
    segment: null,
    rating: null,
  },
};

const TRACE = new Set(["perByteTrace", "perVisitTrace"]);
const cases = [];

function addCase(model, method, bytes, green, options) {
  const m = M[model];
  const isTrace = TRACE.has(method);
  let co2_g;
  let segments = null;
  let rating = null;
  if (isTrace) {
    const opts = options === null || options === undefined ? {} : options;
    // CO2.js gets a deep copy, so the recorded options stay exactly what was
    // passed even if the library were to change its argument.
    const r = m.plain[method](bytes, green, JSON.parse(JSON.stringify(opts)));
    co2_g = r.co2;
    options = opts;
  } else {
    co2_g = m.plain[method](bytes, green);
    options = null;
    if (m.segment) {
      const seg = m.segment[method](bytes, green);
      const rat = m.rating[method](bytes, green);
      // bytes < 1 makes SWD v4 return a bare 0 instead of an object.
      if (seg !== null && typeof seg === "object") {
        if (seg.total !== co2_g) throw new Error(`segment total mismatch ${model} ${method} ${bytes}`);
        segments = seg;
      }
      if (rat !== null && typeof rat === "object") {
        if (rat.total !== co2_g) throw new Error(`rating total mismatch ${model} ${method} ${bytes}`);
        rating = rat.rating;
      }
    }
  }
  if (typeof co2_g !== "number" || !Number.isFinite(co2_g)) {
    throw new Error(`non-finite result ${model} ${method} ${bytes} ${JSON.stringify(options)}`);
  }
  cases.push({ model, method, bytes, green, options, co2_g, segments, rating });
}

function methodsFor(model, trace) {
  if (model === "onebyte") return trace ? ["perByteTrace"] : ["perByte"];
  return trace ? ["perByteTrace", "perVisitTrace"] : ["perByte", "perVisit"];
}

const MODELS = ["swd-v3", "swd-v4", "onebyte"];
const BOOLS = [false, true];

// (a) Standard sizes, grey and green, every method, with segments and ratings.
const S = [1000, 100000, 1000000, 2345678, 1e9];
for (const model of MODELS)
  for (const b of S)
    for (const g of BOOLS)
      for (const method of methodsFor(model, false)) addCase(model, method, b, g, null);

// (b) Trace options (countries, per-segment intensities, green hosting factor, visit shares),
//     SWD v3 and v4.
const GBR = { gridIntensity: { device: { country: "GBR" }, dataCenter: { country: "GBR" }, network: { country: "GBR" } } };
for (const model of ["swd-v3", "swd-v4"])
  for (const b of S)
    for (const g of BOOLS)
      for (const method of methodsFor(model, true)) addCase(model, method, b, g, GBR);

const VISIT_75 = { firstVisitPercentage: 0.75, returnVisitPercentage: 0.25, dataReloadRatio: 0.02 };
const O = [
  { gridIntensity: { device: 100, dataCenter: 200, network: 300 } },
  { gridIntensity: { dataCenter: 0 } },
  { gridIntensity: { device: 380, dataCenter: 380, network: 380 } },
  { greenHostingFactor: 0.5 },
  VISIT_75,
  { firstVisitPercentage: 1, returnVisitPercentage: 0, dataReloadRatio: 0 },
];
for (const model of ["swd-v3", "swd-v4"])
  for (const o of O)
    for (const b of [1000000, 2345678])
      for (const method of methodsFor(model, true)) addCase(model, method, b, false, o);
// Website Carbon row: green=true, 12345678 bytes; perByteTrace without options, perVisitTrace 75/25/2 %.
for (const model of ["swd-v4", "swd-v3"]) {
  addCase(model, "perByteTrace", 12345678, true, {});
  addCase(model, "perVisitTrace", 12345678, true, VISIT_75);
}

// (c) Edge cases and rating boundaries (table E; 1e6 is already in (a); negative
// bytes are excluded because sero refuses them).
for (const b of [0, 0.5, 1, 250000, 500000, 2000000, 3000000, 5000000])
  for (const g of BOOLS)
    for (const model of MODELS)
      for (const method of methodsFor(model, false)) addCase(model, method, b, g, null);

// (d) Random cases.
const COUNTRY_KEYS = Object.keys(averageIntensity.data).filter((k) => /^[A-Z]{3}$/.test(k) || k === "WORLD");

function randomBytes() {
  const r = rand();
  const logUniform = () => Math.exp(rand() * Math.log(1e11)); // 1 .. 1e11
  if (r < 0.8) return Math.max(1, Math.floor(logUniform())); // integers
  if (r < 0.95) return logUniform(); // non-integers >= 1
  return rand(); // [0, 1): exercises the bytes < 1 paths
}

function randomIntensity() {
  const r = rand();
  if (r < 0.05) return 0;
  if (r < 0.75) return Math.round(rand() * 900 * 100) / 100; // two decimals, like published factors
  return rand() * 900; // full-precision double
}

function randomFraction() {
  const r = rand();
  if (r < 0.05) return 0;
  if (r < 0.1) return 1;
  return rand();
}

function randomOptions() {
  const o = {};
  const gi = {};
  for (const seg of ["device", "dataCenter", "network"]) {
    const r = rand();
    if (r < 1 / 3) continue;
    gi[seg] = r < 2 / 3 ? randomIntensity() : { country: pick(COUNTRY_KEYS) };
  }
  if (Object.keys(gi).length > 0 || rand() < 0.5) o.gridIntensity = gi;
  if (rand() < 0.5) o.greenHostingFactor = randomFraction();
  for (const k of ["firstVisitPercentage", "returnVisitPercentage", "dataReloadRatio"]) {
    if (rand() < 0.5) o[k] = randomFraction();
  }
  return o;
}

const caseKey = (model, method, bytes, green, options) => JSON.stringify([model, method, bytes, green, options]);
const seen = new Set(cases.map((c) => caseKey(c.model, c.method, c.bytes, c.green, c.options)));
const N_RANDOM = 1500;
for (let i = 0; i < N_RANDOM; ) {
  const model = pick(MODELS);
  const methods = model === "onebyte" ? ["perByte", "perByteTrace"] : ["perByte", "perVisit", "perByteTrace", "perVisitTrace"];
  const method = pick(methods);
  const bytes = randomBytes();
  const green = rand() < 0.5;
  const options = TRACE.has(method) ? randomOptions() : null;
  const key = caseKey(model, method, bytes, green, options);
  if (seen.has(key)) continue; // small integers repeat often under a log-uniform draw
  seen.add(key);
  addCase(model, method, bytes, green, options);
  i++;
}

// One case per line keeps diffs readable.
const head = {
  generator: "sero scripts/co2js-vectors/generate.js (mulberry32 seed 0x5e70c02, " + N_RANDOM + " random cases)",
  co2js_version: CO2JS_VERSION,
  node_version: process.version,
};
const out =
  "{\n" +
  Object.entries(head)
    .map(([k, v]) => JSON.stringify(k) + ": " + JSON.stringify(v) + ",\n")
    .join("") +
  '"cases": [\n' +
  cases.map((c) => JSON.stringify(c)).join(",\n") +
  "\n]}\n";
JSON.parse(out); // sanity
process.stdout.write(out);
