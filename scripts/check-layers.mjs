#!/usr/bin/env node
// `npm run lint` (after ESLint): the import graph must keep its layers.
//   app → components → lib, and inside lib each feature folder (lib/review, lib/import…)
//   may use lib/core and lib/generated, which use no feature folder; no two folders
//   may import each other, however indirectly (a cycle between folders), and no two
//   files anywhere in the project may (a cycle between files; type-only imports aside,
//   as they vanish when compiled). The file check stands in for ESLint's
//   import/no-cycle, which took three quarters of the lint's half a minute to walk the
//   same graph. Prints each problem; exit 1 if any.
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib"];
/** Where the file cycle check looks: every folder of source, and the files at the top. */
const FILE_ROOTS = [...ROOTS, "i18n", "prisma", "scripts", "tests", "."];
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

function listFiles(dir, deep = true) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return deep && entry.name !== "generated" ? listFiles(full) : [];
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

function resolve(from, specifier) {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

const edges = new Map(); // unit → Map(unit → example "file → import")
for (const file of ROOTS.flatMap((root) => listFiles(root)).map((file) => file.split(path.sep).join("/"))) {
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

/** The strongly connected groups of two or more nodes of a graph (node → Map(node → example)): its cycles (Tarjan). */
function cyclesOf(graph) {
  let index = 0;
  const state = new Map();
  const stack = [];
  const groups = [];
  function connect(node) {
    state.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!state.has(next)) {
        connect(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) {
        state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
      }
    }
    if (state.get(node).low !== state.get(node).index) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  }
  for (const node of graph.keys()) if (!state.has(node)) connect(node);
  return groups.map((group) => ({
    group,
    links: group.flatMap((a) => group.filter((b) => graph.get(a)?.has(b)).map((b) => `    ${graph.get(a).get(b)}`)),
  }));
}

for (const { group, links } of cyclesOf(edges)) problems.push(`folders importing each other: ${group.join(", ")}\n${links.join("\n")}`);

// Files importing each other, whatever their folders: the graph of every source file,
// its imports resolved as TypeScript resolves them, type-only imports left out.
const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];
const files = new Set(FILE_ROOTS.flatMap((root) => listFiles(root, root !== ".")).map((file) => file.split(path.sep).join("/")));
const fileEdges = new Map();
for (const file of files) {
  for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
    if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
    const target = resolve(file, match[1] ?? match[2] ?? match[3]);
    const found = target && EXTENSIONS.map((extension) => target + extension).find((candidate) => files.has(candidate));
    if (!found || found === file) continue;
    if (!fileEdges.has(file)) fileEdges.set(file, new Map());
    fileEdges.get(file).set(found, `${file} → ${found}`);
  }
}
for (const { group, links } of cyclesOf(fileEdges)) problems.push(`files importing each other: ${group.join(", ")}\n${links.join("\n")}`);

if (process.argv.includes("--graph")) {
  for (const [from, targets] of [...edges].sort()) console.log(`${from} → ${[...targets.keys()].sort().join(", ")}`);
}
if (problems.length) {
  console.error(`Layer check: ${problems.length} problem(s)\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
  process.exit(1);
}
console.log(`Layer check: ${edges.size} folders and ${files.size} files, no cycles, layers in order.`);
