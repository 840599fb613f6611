#!/usr/bin/env node
// `npm run lint` (after ESLint): the folders' import graph must keep its layers.
//   app → components → lib, and inside lib each feature folder (lib/review, lib/import…)
//   may use lib/core and lib/generated, which use no feature folder; no two folders
//   may import each other, however indirectly (a cycle between folders).
// ESLint's import/no-cycle sees files; this sees folders, where a cycle can hide in
// files that never import each other directly. Prints each problem; exit 1 if any.
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib"];
const SOURCE = /\.(ts|tsx|mjs)$/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The unit a file belongs to: "app", "components/review", "lib/review", "lib/core"; a file directly in lib/ is its own unit. */
function unitOf(file) {
  const [root, second] = file.split("/");
  if (root === "app") return "app";
  if (!second) return null;
  return second.match(SOURCE) ? `${root}/${second.replace(SOURCE, "").replace(/\.d$/, "")}` : `${root}/${second}`;
}

function layerOf(unit) {
  if (unit === "app") return 3;
  if (unit.startsWith("components")) return 2;
  if (unit === "lib/core" || unit === "lib/generated") return 0;
  return 1;
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

function resolve(from, specifier) {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

const edges = new Map(); // unit → Map(unit → example "file → import")
for (const file of ROOTS.flatMap(listFiles).map((file) => file.split(path.sep).join("/"))) {
  const from = unitOf(file);
  if (!from) continue;
  for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
    const target = resolve(file, match[1] ?? match[2] ?? match[3]);
    const to = target && ROOTS.includes(target.split("/")[0]) ? unitOf(target) : null;
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${file} → ${target}`);
  }
}

const problems = [];
for (const [from, targets] of edges) {
  for (const [to, example] of targets) {
    if (layerOf(to) > layerOf(from)) problems.push(`${from} imports ${to}, a layer above it (${example})`);
    if (layerOf(to) === 0 && layerOf(from) === 0 && !to.endsWith("generated")) problems.push(`${from} imports ${to} (${example})`);
  }
}

// Cycles between units: any strongly connected group of two or more (Tarjan).
let index = 0;
const state = new Map();
const stack = [];
function connect(unit) {
  state.set(unit, { index, low: index, onStack: true });
  index++;
  stack.push(unit);
  for (const next of edges.get(unit)?.keys() ?? []) {
    if (!state.has(next)) {
      connect(next);
      state.get(unit).low = Math.min(state.get(unit).low, state.get(next).low);
    } else if (state.get(next).onStack) {
      state.get(unit).low = Math.min(state.get(unit).low, state.get(next).index);
    }
  }
  if (state.get(unit).low !== state.get(unit).index) return;
  const group = [];
  let member;
  do {
    member = stack.pop();
    state.get(member).onStack = false;
    group.push(member);
  } while (member !== unit);
  if (group.length > 1) {
    const links = group.flatMap((a) => group.filter((b) => edges.get(a)?.has(b)).map((b) => `    ${edges.get(a).get(b)}`));
    problems.push(`folders importing each other: ${group.sort().join(", ")}\n${links.join("\n")}`);
  }
}
for (const unit of edges.keys()) if (!state.has(unit)) connect(unit);

if (process.argv.includes("--graph")) {
  for (const [from, targets] of [...edges].sort()) console.log(`${from} → ${[...targets.keys()].sort().join(", ")}`);
}
if (problems.length) {
  console.error(`Layer check: ${problems.length} problem(s)\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
  process.exit(1);
}
console.log(`Layer check: ${edges.size} folders, no cycles, layers in order.`);
