#!/usr/bin/env node
// Lighthouse on the reader, in every view, as a phone and as a desktop: the median of
// RUNS runs of each (the machines are noisy), against a server already running.
//   node scripts/lighthouse.mjs [base URL] [runs]
// Lighthouse is not one of the project's dependencies (176 MB): npx fetches the pinned
// version from the npm registry the first time. Chromium is Debian's (CHROMIUM_PATH).
//
// The phone's CPU slowdown is calibrated to this machine, as Lighthouse's throttling
// guide asks of a host whose benchmark differs from the one its default 4x assumes
// (docs/throttling.md, "Calibrating the CPU slowdown"): the machine's benchmarkIndex is
// read from a few runs first and turned into a multiplier by the guide's calculator, so
// that the phone stands for the same mid-tier device on any machine. A host slower than
// Lighthouse expects (benchmarkIndex under 1,000, where Lighthouse itself warns) would
// otherwise be measured as a phone twice as slow. LIGHTHOUSE_CPU_SLOWDOWN=4 keeps
// Lighthouse's default.
//
// Chromium runs without paint holding. Lighthouse opens each page from about:blank, and
// headless Chromium then often withholds the page's first frames for one or two whole
// seconds after it is ready to paint, with the main thread idle in between (a known
// headless fault, GoogleChrome/lighthouse#17148, seen on PageSpeed Insights too). Here
// any page with a stylesheet of its own, even an empty one, was first drawn at 1.2 s or
// 2.2 s instead of 0.2 s; with paint holding off, at 0.2-0.6 s in every run. Lighthouse's
// simulation counts every request and task before the observed paint as needed for it,
// so the late frame made the phone's LCP look a second or more worse than it is.
//
// The sign-in page is measured last, in the same run, as the floor: the same layout and
// one form, nothing of the reader's. What it scores is what the framework and this
// machine allow any page of the app; the reader is read against it. (Its SEO is 63 by
// design: a sign-in page asks not to be indexed.)

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { VIEWS } from "../lib/reader/reader-routes.mjs";

const base = process.argv[2] ?? "http://localhost:3000";
const runs = Number(process.argv[3] ?? 3);
const text = process.env.LIGHTHOUSE_TEXT ?? "cesi-cina-kazakhstan";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run; its report. */
function lighthouse(url, output, flags) {
  const result = spawnSync(
    "npx",
    [
      "--yes",
      "lighthouse@13.5.0",
      url,
      ...flags,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync --disable-features=PaintHolding",
      "--output=json",
      `--output-path=${output}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${result.stderr}`);
  return JSON.parse(fs.readFileSync(output, "utf8"));
}

/**
 * The CPU slowdown that makes this machine a mid-tier phone, from its benchmarkIndex:
 * the calculator Lighthouse's throttling guide links to (1,533 = 4x, 1,300 = 3x, 800 =
 * 2x, 150 = 1x, linear between).
 */
function cpuSlowdown(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

let slowdown = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN);
if (!slowdown) {
  const indexes = [0, 1, 2].map(
    (run) => lighthouse(base, path.join(folder, `benchmark-${run}.json`), ["--only-audits=diagnostics"]).environment.benchmarkIndex,
  );
  slowdown = Number(cpuSlowdown(median(indexes)).toFixed(1));
  console.log(
    `benchmarkIndex ${indexes.map(Math.round).join(", ")}: phone CPU slowdown ${slowdown}x (Lighthouse's default 4x assumes 1,533)`,
  );
} else {
  console.log(`phone CPU slowdown ${slowdown}x (LIGHTHOUSE_CPU_SLOWDOWN)`);
}

const pages = [...VIEWS.map((view) => [view, `${base}/en/texts/${text}?view=${view}`]), ["floor: sign-in", `${base}/en/sign-in`]];
console.log(`page form performance accessibility best-practices seo CLS LCP(ms) TBT(ms)  (median of ${runs})`);
for (const [name, url] of pages) {
  for (const form of ["mobile", "desktop"]) {
    const reports = [];
    for (let run = 0; run < runs; run++) {
      const output = path.join(folder, `${name.replace(/\W+/g, "-")}-${form}-${run}.json`);
      const flags = form === "desktop" ? ["--preset=desktop"] : [`--throttling.cpuSlowdownMultiplier=${slowdown}`];
      const report = lighthouse(url, output, [...flags, `--only-categories=${CATEGORIES.join(",")}`]);
      reports.push(report);
    }
    const score = (category) => median(reports.map((report) => Math.round(report.categories[category].score * 100)));
    const audit = (id) => median(reports.map((report) => report.audits[id].numericValue));
    // What any run found wanting outside performance, so that a score under 100 says why.
    const wanting = new Set(
      reports.flatMap((report) =>
        CATEGORIES.slice(1).flatMap((category) =>
          report.categories[category].auditRefs
            .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
            .map((ref) => `${category}: ${ref.id}`),
        ),
      ),
    );
    console.log(
      [
        name,
        form,
        ...CATEGORIES.map(score),
        audit("cumulative-layout-shift").toFixed(3),
        Math.round(audit("largest-contentful-paint")),
        Math.round(audit("total-blocking-time")),
      ].join(" "),
    );
    for (const line of wanting) console.log(`  ${line}`);
  }
}
fs.rmSync(folder, { recursive: true, force: true });
