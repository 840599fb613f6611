#!/usr/bin/env node
// Serves the built app like `next start`, and first tells Next who the client is:
// every request gets CLIENT_ADDRESS_HEADER, computed from the socket and, only through
// trusted proxies (TRUSTED_PROXIES), from X-Forwarded-For. `next start` alone keeps a
// client's own X-Forwarded-For, which would let anyone choose the address that sign-in
// throttling and readers' report limits count against.
// Usage: node scripts/serve.mjs [--dev]   (PORT, HOSTNAME, TRUSTED_PROXIES from the environment)
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, parseTrustedProxies } from "../lib/auth/trusted-proxies.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

let trust;
try {
  trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const app = next({ dev, port, hostname, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request.headers["x-forwarded-for"], request.socket.remoteAddress, trust);
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▲ A Fronte ${dev ? "(development) " : ""}ready on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
