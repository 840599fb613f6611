import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf, parseTrustedProxies } from "@/lib/auth/trusted-proxies.mjs";

describe("the client's address", () => {
  const none = parseTrustedProxies(undefined);

  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddressOf(undefined, "198.51.100.4", none)).toBe("198.51.100.4");
    // Rotating the header, as an attacker would, changes nothing.
    for (const claim of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "unknown"])
      expect(clientAddressOf(claim, "198.51.100.4", none)).toBe("198.51.100.4");
    expect(clientAddressOf("1.2.3.4", "::ffff:127.0.0.1", none)).toBe("127.0.0.1");
  });

  it("is the entry the last trusted proxy appended, counting hops", () => {
    const one = parseTrustedProxies("1");
    // nginx appends the client it saw; what the client wrote before that is ignored.
    expect(clientAddressOf("203.0.113.9", "127.0.0.1", one)).toBe("203.0.113.9");
    expect(clientAddressOf("6.6.6.6, 203.0.113.9", "127.0.0.1", one)).toBe("203.0.113.9");
    expect(clientAddressOf("6.6.6.6, 203.0.113.9, 10.0.0.2", "127.0.0.1", parseTrustedProxies("2"))).toBe("203.0.113.9");
    // A request that bypassed the proxy is its socket's.
    expect(clientAddressOf(undefined, "203.0.113.10", one)).toBe("203.0.113.10");
  });

  it("skips only the listed proxies and ranges", () => {
    const listed = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1");
    expect(clientAddressOf("6.6.6.6, 203.0.113.9, 10.1.2.3", "127.0.0.1", listed)).toBe("203.0.113.9");
    expect(clientAddressOf("6.6.6.6", "192.0.2.50", listed)).toBe("192.0.2.50");
    expect(clientAddressOf("203.0.113.9", "::1", listed)).toBe("203.0.113.9");
  });

  it("refuses a setting that is neither a count nor addresses", () => {
    for (const setting of ["yes", "10.0.0.0/8/1", "10.0.0.0/x", "proxy.example"])
      expect(() => parseTrustedProxies(setting)).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("none")).toEqual({ hops: 0 });
  });
});

describe("a real request through the server's listener", () => {
  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  /** A server that labels requests as scripts/serve.mjs does and answers with the label. */
  async function labellingServer(setting: string | undefined): Promise<string> {
    const trust = parseTrustedProxies(setting);
    const server = http.createServer((request, response) => {
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request.headers["x-forwarded-for"], request.socket.remoteAddress, trust);
      response.end(request.headers[CLIENT_ADDRESS_HEADER]);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  it("overwrites a label the client sent itself and ignores its X-Forwarded-For", async () => {
    const url = await labellingServer(undefined);
    const answer = await fetch(url, { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", "X-Forwarded-For": "7.7.7.7" } });
    expect(await answer.text()).toBe("127.0.0.1");
  });

  it("takes the proxy's entry when the socket is a trusted proxy", async () => {
    const url = await labellingServer("127.0.0.1");
    const answer = await fetch(url, { headers: { "X-Forwarded-For": "7.7.7.7, 203.0.113.5" } });
    expect(await answer.text()).toBe("203.0.113.5");
  });
});
