import "server-only";
import { headers } from "next/headers";

/**
 * The address a request came from, for throttling sign-ins and readers' reports: the
 * first X-Forwarded-For entry. Next sets that header from the socket when the client
 * sent none; behind a reverse proxy, the proxy must set it (not append to it), or a
 * client could name any address it likes (see README).
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
