import type { Header, Redirect, Rewrite } from "next/dist/lib/load-custom-routes";

export declare const VIEWS: readonly ["side", "it", "en", "interleaved", "sentences", "reveal"];
export declare const LANGUAGES: readonly ["it", "en"];
export declare const DEFAULT_VIEW: "side";
export declare const DEFAULT_FIRST: "it";
export declare const VIEW_COOKIE: string;
export declare const FIRST_COOKIE: string;
export declare function readerRewrites(): Rewrite[];
export declare function readerPreferenceHeaders(): Header[];
export declare function readerRedirects(): Redirect[];
