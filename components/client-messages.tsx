import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof Awaited<ReturnType<typeof getMessages>>;

/**
 * The messages a page's client components use, and no others: every message sent to
 * the browser is embedded in the page (all of them were 24 KB on every page). The
 * layout sends what every page's client parts need (the error page); a page with its
 * own client components wraps them in this, naming their namespaces.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
