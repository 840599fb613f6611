// Who the client is, when requests may pass through reverse proxies. Plain JavaScript:
// the server (scripts/serve.mjs) runs it before Next sees the request.
import { BlockList, isIP } from "node:net";

/** The header the server sets on every request, overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-a-fronte-client-address";

/**
 * TRUSTED_PROXIES: empty or "none" (the default: the socket's address is the client),
 * a number of proxy hops in front of the app ("1" behind one nginx), or a comma-separated
 * list of proxy addresses and CIDR ranges ("10.0.0.0/8, 192.0.2.7"). Anything else is
 * refused, so a typo cannot silently trust every client.
 * @param {string | undefined} setting
 * @returns {{ hops: number } | { proxies: BlockList }}
 */
export function parseTrustedProxies(setting) {
  const value = (setting ?? "").trim();
  if (value === "" || value === "none") return { hops: 0 };
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const proxies = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family || extra !== undefined || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (expected e.g. "1", "10.0.0.0/8, 192.0.2.7").`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, Number(prefix), type);
  }
  return { proxies };
}

/**
 * The client's address: the socket's, unless it is a trusted proxy; then the entry
 * that proxy appended to X-Forwarded-For, and so on leftwards for each trusted hop.
 * Entries left of the last trusted proxy's are the client's own claims and ignored.
 * @param {string | string[] | undefined} forwardedFor
 * @param {string | undefined} socketAddress
 * @param {ReturnType<typeof parseTrustedProxies>} trust
 */
export function clientAddressOf(forwardedFor, socketAddress, trust) {
  const claimed = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...claimed, plain(socketAddress ?? "unknown")];
  let index = chain.length - 1;
  if ("hops" in trust) index = Math.max(0, index - trust.hops);
  else while (index > 0 && isTrusted(trust.proxies, chain[index])) index--;
  return plain(chain[index] ?? "unknown").slice(0, 64);
}

/** "::ffff:127.0.0.1" (IPv4 on an IPv6 socket) is 127.0.0.1. */
function plain(address) {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isTrusted(proxies, address) {
  const family = isIP(plain(address));
  return family !== 0 && proxies.check(plain(address), family === 4 ? "ipv4" : "ipv6");
}
