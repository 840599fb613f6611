import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What the production build is made from. A change to any of these means a new build.
const SOURCES = [
  "app",
  "components",
  "i18n",
  "lib",
  "messages",
  "public",
  "global.d.ts",
  "next.config.mjs",
  "proxy.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/models.prisma",
  "prisma/sqlite/schema.prisma",
  "prisma/postgres/schema.prisma",
];
const IGNORED = new Set(["generated", "bench-static"]);
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const STAMP = path.join(DIST, "a-fronte-sources.sha256");

/** Runs `next build` unless the last build was made from the same sources. */
export async function buildIfNeeded(): Promise<void> {
  const digest = sourcesDigest();
  const built = fs.existsSync(path.join(DIST, "BUILD_ID")) && readStamp() === digest;
  if (built) return;
  console.log("Building the app (the sources changed since the last build)...");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`next build failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(STAMP, digest);
}

function sourcesDigest(): string {
  const hash = createHash("sha256");
  // The security headers are written into the build, HSTS only for an https SITE_URL.
  hash.update(`https:${(process.env.SITE_URL ?? "").startsWith("https:")}\0`);
  for (const file of SOURCES.flatMap(listFiles).sort()) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .filter((name) => !IGNORED.has(name))
    .flatMap((name) => listFiles(path.join(entry, name)));
}

function readStamp(): string | null {
  return fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8") : null;
}
