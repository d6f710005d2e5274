#!/usr/bin/env node
// Writes the Azure and Google Cloud tables of sero-cloud (crates/sero-cloud/data/azure_*.csv,
// gcp_*.csv, ccf_processors.csv) from Cloud Carbon Footprint's source at commit b7a049c7, and
// prints the Azure and Google rows of regions.csv (grid factor, PUE) for comparison with the
// committed ones:
//
//   NODE_PATH=~/.cache/sero/typescript-5.9.3/node_modules \
//     node scripts/ccf-vectors/azure-gcp-tables.js CCF_WORK_TREE
//
// CCF_WORK_TREE is a checkout (with files, not a bare clone) of cloud-carbon-footprint at
// b7a049c7. Unlike convert.js, this script runs CCF's table and constant modules (they are data:
// objects, arrays, enums), transpiled with TypeScript's `transpileModule`; their imports resolve
// inside the checkout, and a package the tables do not need (moment, ramda, cloud SDKs) is
// replaced by an inert stand-in. Nothing is fetched.
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");
const ts = require("typescript");

const root = process.argv[2];
if (!root || !fs.existsSync(path.join(root, "packages/core/src/index.ts"))) {
  console.error("error: give a work tree of cloud-carbon-footprint at b7a049c7");
  process.exit(2);
}
const P = path.join(root, "packages");
const data = path.resolve(__dirname, "../../crates/sero-cloud/data");

require.extensions[".ts"] = (m, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  m._compile(out.outputText, filename);
};
const inert = new Proxy(function () {}, { get: () => inert, apply: () => inert, construct: () => inert });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === "@cloud-carbon-footprint/core") return path.join(P, "core/src/index.ts");
  if (request === "@cloud-carbon-footprint/common") return path.join(P, "common/src/index.ts");
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (e) {
    for (const ext of [".ts", "/index.ts"]) {
      const p = path.resolve(path.dirname(parent.filename), request + ext);
      if (fs.existsSync(p)) return p;
    }
    return "inert:" + request;
  }
};
const load = Module._load;
Module._load = function (request, parent) {
  if (Module._resolveFilename(request, parent).startsWith("inert:")) return inert;
  return load.apply(this, arguments);
};

const vm = require(path.join(P, "azure/src/lib/VirtualMachineTypes.ts"));
const ac = require(path.join(P, "azure/src/domain/AzureFootprintEstimationConstants.ts"));
const ar = require(path.join(P, "azure/src/lib/AzureRegions.ts"));
const mt = require(path.join(P, "gcp/src/lib/MachineTypes.ts"));
const gc = require(path.join(P, "gcp/src/domain/GcpFootprintEstimationConstants.ts"));

const source = (file) =>
  `# source: Cloud Carbon Footprint (Thoughtworks), ${file}, commit b7a049c7 (2024-03-25),\n` +
  "#   https://github.com/cloud-carbon-footprint/cloud-carbon-footprint, licence Apache-2.0. Generated from the file as it stands; rows in its order.\n";
const n = (x) => (x === undefined || x === null ? "" : String(x));
const row = (cells) => cells.join(",") + "\n";
const write = (name, text) => fs.writeFileSync(path.join(data, name), text);

let out =
  "# Azure VM sizes: vCPUs, memory (GB) and embodied emissions of the host (tCO2e), by series (the last row of a series is its largest size),\n" +
  "# and the two other tables CCF looks sizes up in (`constrained`: constrained-vCPU sizes with the largest vCPUs of their series; `usage`: meter names).\n" +
  source("packages/azure/src/lib/VirtualMachineTypes.ts (VIRTUAL_MACHINE_TYPE_SERIES_MAPPING, VIRTUAL_MACHINE_TYPE_CONSTRAINED_VCPU_CAPABLE_MAPPING, VIRTUAL_MACHINE_TYPE_VCPU_MEMORY_MAPPING)") +
  "#   The embodied figures come from ccf-coefficients (output/coefficients-azure-embodied.csv, Apache-2.0).\n" +
  "table,series,size,vcpus,memory_gb,embodied_t,largest_vcpus\n";
for (const [series, sizes] of Object.entries(vm.VIRTUAL_MACHINE_TYPE_SERIES_MAPPING))
  for (const [size, v] of Object.entries(sizes)) out += row(["series", series, size, n(v[0]), n(v[1]), n(v[2]), ""]);
for (const [size, v] of Object.entries(vm.VIRTUAL_MACHINE_TYPE_CONSTRAINED_VCPU_CAPABLE_MAPPING))
  out += row(["constrained", "", size, n(v[0]), n(v[1]), n(v[3]), n(v[2])]);
for (const [size, v] of Object.entries(vm.VIRTUAL_MACHINE_TYPE_VCPU_MEMORY_MAPPING))
  out += row(["usage", "", size, n(v[0]), n(v[1]), "", ""]);
write("azure_vm_sizes.csv", out);

out =
  "# Azure VM sizes: the micro-architectures of their processors (`|` = several, averaged as CCF does), and their GPUs (count and type).\n" +
  source("packages/azure/src/lib/VirtualMachineTypes.ts (INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING, GPU_VIRTUAL_MACHINE_TYPES, GPU_VIRTUAL_MACHINE_TYPE_PROCESSOR_MAPPING)") +
  "size,processors,gpus,gpu_processors\n";
const sizes = new Set([...Object.keys(vm.INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING), ...Object.keys(vm.GPU_VIRTUAL_MACHINE_TYPES)]);
for (const s of sizes)
  out += row([s, (vm.INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING[s] || []).join("|"), n(vm.GPU_VIRTUAL_MACHINE_TYPES[s]),
    (vm.GPU_VIRTUAL_MACHINE_TYPE_PROCESSOR_MAPPING[s] || []).join("|")]);
write("azure_vm_processors.csv", out);

out =
  "# Watts per vCPU (or per GPU) at idle and at full load, and GB of memory per physical chip, by processor, for Azure and Google Cloud.\n" +
  source("packages/azure/src/domain/AzureFootprintEstimationConstants.ts and packages/gcp/src/domain/GcpFootprintEstimationConstants.ts (MIN_WATTS_BY_COMPUTE_PROCESSOR, MAX_WATTS_BY_COMPUTE_PROCESSOR, MEMORY_BY_COMPUTE_PROCESSOR)") +
  "#   Derived from SPECpower results by ccf-coefficients (https://github.com/cloud-carbon-footprint/ccf-coefficients, Apache-2.0).\n" +
  "provider,processor,min_watts,max_watts,memory_gb_per_chip\n";
for (const [provider, C] of [["azure", ac.AZURE_CLOUD_CONSTANTS], ["gcp", gc.GCP_CLOUD_CONSTANTS]]) {
  const memory = C.MEMORY_BY_COMPUTE_PROCESSOR || {};
  for (const p of new Set([...Object.keys(C.MIN_WATTS_BY_COMPUTE_PROCESSOR), ...Object.keys(memory)]))
    out += row([provider, p, n(C.MIN_WATTS_BY_COMPUTE_PROCESSOR[p]), n(C.MAX_WATTS_BY_COMPUTE_PROCESSOR[p]), n(memory[p])]);
}
write("ccf_processors.csv", out);

out =
  "# Azure region names as cost exports spell them, and the region CCF files each under (`name`). sero compares them without case or spaces.\n" +
  source("packages/azure/src/lib/AzureRegions.ts (AZURE_REGIONS)") + "alias,region\n";
for (const r of Object.values(ar.AZURE_REGIONS)) for (const o of new Set([r.name, ...r.options])) out += row([o, r.name]);
write("azure_region_aliases.csv", out);

out =
  "# Google Cloud machine types: vCPUs and embodied emissions of the host (tCO2e), by family (the last row of a family is its largest type).\n" +
  "# `shared`: the e2 shared-core types; `n1-shared`: f1-micro, g1-small (largest: n1-standard-96).\n" +
  source("packages/gcp/src/lib/MachineTypes.ts (MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING, MACHINE_FAMILY_SHARED_CORE_TO_MACHINE_TYPE_MAPPING, N1_SHARED_CORE_MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING)") +
  "#   The embodied figures come from ccf-coefficients (output/coefficients-gcp-embodied.csv, Apache-2.0).\n" +
  "table,family,machine_type,vcpus,embodied_t\n";
for (const [family, types] of Object.entries(mt.MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING))
  for (const [t, v] of Object.entries(types)) out += row(["family", family, t, n(v[0]), n(v[1])]);
for (const [family, types] of Object.entries(mt.MACHINE_FAMILY_SHARED_CORE_TO_MACHINE_TYPE_MAPPING))
  for (const [t, v] of Object.entries(types)) out += row(["shared", family, t, n(v[0]), n(v[1])]);
for (const [t, v] of Object.entries(mt.N1_SHARED_CORE_MACHINE_FAMILY_TO_MACHINE_TYPE_MAPPING))
  out += row(["n1-shared", "", t, n(v[0]), n(v[1])]);
write("gcp_machine_types.csv", out);

out =
  "# Google Cloud machine type prefixes (the first two letters of the type, or a shared-core type) and the micro-architectures of their processors;\n" +
  "# `gpu` rows: the GPUs CCF knows (a GPU SKU that names none of them is averaged over all).\n" +
  source("packages/gcp/src/lib/MachineTypes.ts (INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING, GPU_MACHINE_TYPES)") + "prefix,processors\n";
for (const [k, v] of Object.entries(mt.INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING)) out += row([k, v.join("|")]);
for (const g of mt.GPU_MACHINE_TYPES) out += row(["gpu", g]);
write("gcp_processors.csv", out);

// regions.csv rows (region names squashed for Azure: no case, no spaces), to compare.
const squash = (s) => s.replace(/\s+/g, "").toLowerCase();
for (const [k, v] of Object.entries(ac.AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH)) console.log(`azure,${squash(k)},${v}`);
const pue = gc.GCP_CLOUD_CONSTANTS.PUE_TRAILING_TWELVE_MONTH;
for (const [k, v] of Object.entries(gc.getGCPEmissionsFactors())) console.log(`gcp,${k === "Unknown" ? "unknown" : k},${v},${n(pue[k])}`);
