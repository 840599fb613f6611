import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./trusted-proxies.mjs";

/**
 * The address a request came from, for throttling sign-ins and readers' reports, as
 * the server (scripts/serve.mjs) worked it out from the socket and the trusted proxies
 * (TRUSTED_PROXIES). Served some other way (a bare `next start`), there is no such
 * header and every client counts as one "unknown" address: limits then hold for all
 * together, never for a client that names its own address.
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || "unknown";
}
