import type { Header } from "next/dist/lib/load-custom-routes";

export declare function contentSecurityPolicy(options?: { development?: boolean }): string;
export declare function securityHeaders(options?: { siteUrl?: string; development?: boolean }): Header[];
