// PostgreSQL for `npm test` (scripts/test.mjs): the server URL the PostgreSQL half of
// the suite runs on (tests/support/test-database.ts makes a database per test file).
// TEST_POSTGRES_URL when set (a role that may create databases); otherwise, as root on
// Debian, Debian's PostgreSQL: installed with apt-get when missing, its cluster started,
// and a role for the tests made with a fresh password for each run (idempotent, a few
// seconds). Returns { url } to test on; { skipped } when this is not a machine where
// npm test may set PostgreSQL up (not root, no TEST_POSTGRES_URL): the SQLite suite runs
// as ever; { failed } when setting it up failed here (counted as a failure).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const ROLE = "a_fronte_test";

export function ensurePostgres() {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL };
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !fs.existsSync("/usr/bin/apt-get")) {
    return {
      skipped:
        "PostgreSQL tests left out: set TEST_POSTGRES_URL=postgresql://ROLE:PASSWORD@HOST:PORT/postgres (a role that may create databases), or run as root on Debian.",
    };
  }
  if (!fs.existsSync("/usr/bin/pg_ctlcluster")) {
    console.log("Installing Debian's PostgreSQL for the PostgreSQL tests (apt-get install postgresql)...");
    for (const args of [["update"], ["install", "-y", "postgresql"]]) {
      if (!ok("apt-get", args, { DEBIAN_FRONTEND: "noninteractive" })) return missing(`apt-get ${args.join(" ")} failed`);
    }
  }
  let cluster = clusters()[0];
  if (!cluster) {
    const version = fs.readdirSync("/usr/lib/postgresql").sort().at(-1);
    if (!version || !ok("pg_createcluster", [version, "main"])) return missing("no PostgreSQL cluster could be created");
    cluster = clusters()[0];
  }
  if (!cluster) return missing("no PostgreSQL cluster found");
  if (cluster.status !== "online" && !ok("pg_ctlcluster", [cluster.version, cluster.name, "start"])) {
    return missing(`pg_ctlcluster ${cluster.version} ${cluster.name} start failed`);
  }
  const password = randomBytes(18).toString("base64url");
  const sql = `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN CREATEDB; END IF;
    ALTER ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${password}';
  END $$;`;
  if (!ok("su", ["postgres", "-c", `psql -q -p ${cluster.port} -v ON_ERROR_STOP=1`], {}, sql))
    return missing("the test role could not be made");
  return { url: `postgresql://${ROLE}:${password}@127.0.0.1:${cluster.port}/postgres` };
}

/** Debian's clusters (pg_lsclusters): version, name, port, status. */
function clusters() {
  const result = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  if (result.status !== 0) return [];
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.trim().split(/\s+/);
      return { version, name, port, status };
    });
}

function ok(command, args, env = {}, input = undefined) {
  const result = spawnSync(command, args, {
    stdio: [input === undefined ? "ignore" : "pipe", "inherit", "inherit"],
    input,
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function missing(reason) {
  return { failed: `PostgreSQL could not be set up for the tests: ${reason}.` };
}
