// The import page's upload limit, and its refusal of an upload over it.
//
// Next takes at most experimental.serverActions.bodySizeLimit (next.config.mjs, "10mb")
// in a server action's request, and its proxy passes on only the first 10 MB of any
// body (proxyClientMaxBodySize). Over that, the action got a body cut short and the
// browser Next's error page ("This page couldn't load", HTTP 500), not the import's
// refusal. So the form checks the chosen files before sending (with JavaScript), and
// proxy.ts answers a larger request, before reading it, with the import page showing
// the refusal (without JavaScript, or when the form's other fields tip it over).

/** 10 MB as Next reads "10mb" (10 × 1024 × 1024 bytes): keep equal to next.config.mjs. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** The form's refusal of an upload over the limit; `bytes` is the upload's size. */
export interface UploadTooLarge {
  ok: false;
  status: 413;
  error: "upload-too-large";
  bytes: number;
}

export function uploadTooLarge(bytes: number): UploadTooLarge {
  return { ok: false, status: 413, error: "upload-too-large", bytes };
}

/** The files a form would send, in bytes together. */
export function uploadBytes(form: FormData): number {
  let bytes = 0;
  for (const value of form.values()) if (typeof value !== "string") bytes += value.size;
  return bytes;
}

/** The import page showing the refusal of a request of `bytes`: where proxy.ts sends it. */
export function refusalAddress(importPage: string, bytes: number): string {
  return `${importPage}?refused=too-large&size=${bytes}`;
}

/** The refusal the page's address carries (?refused=too-large&size=N), if a valid one. */
export function refusalFromQuery(query: Record<string, string | string[] | undefined>): UploadTooLarge | null {
  const size = typeof query.size === "string" && /^\d{1,15}$/.test(query.size) ? Number(query.size) : 0;
  return query.refused === "too-large" && size > UPLOAD_LIMIT_BYTES ? uploadTooLarge(size) : null;
}

/** In megabytes as the page counts them (2^20 bytes), rounded up to a tenth: over the limit never reads as 10.0. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}
