import { z } from "zod";

// The characters a URI is made of (RFC 3986: unreserved, reserved, and "%" for
// percent-encoding). Anything else (a space, quotes, angle brackets, a backslash,
// letters beyond ASCII) would have to be escaped wherever the address is written, and
// "https://example.com/\"><script>" is exactly such an address.
const URI_CHARACTER = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const URI = new RegExp(`^${URI_CHARACTER.source}+$`);

/**
 * A document's source address (the import page, `npm run import --url`, the
 * source-url property of an exchange file): an http(s) URL written in URI characters
 * only, so it can stand as a link anywhere as it is.
 */
export const sourceUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http or https address, such as https://www.example.org/article" })
  .refine((url) => URI.test(url), {
    error:
      'may hold only URL characters: percent-encode spaces, quotes, angle brackets, backslashes and letters beyond ASCII (a space is %20, " is %22, < is %3C, à is %C3%A0)',
  });

/** The address with every character outside a URI percent-encoded (as UTF-8), for writing it where markup is read. */
export function percentEncodeUrl(url: string): string {
  const bytes = new TextEncoder();
  return Array.from(url, (character) =>
    URI_CHARACTER.test(character)
      ? character
      : Array.from(bytes.encode(character), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  ).join("");
}
