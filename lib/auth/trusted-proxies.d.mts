import type { BlockList } from "node:net";

export declare const CLIENT_ADDRESS_HEADER: string;
export type ProxyTrust = { hops: number } | { proxies: BlockList };
export declare function parseTrustedProxies(setting: string | undefined): ProxyTrust;
export declare function clientAddressOf(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trust: ProxyTrust,
): string;
