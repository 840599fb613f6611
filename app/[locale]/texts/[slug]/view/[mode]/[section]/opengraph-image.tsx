// Beside the reader page (not one segment up) so the page's own Open Graph metadata
// includes it: a child segment's openGraph replaces its parent's whole.
import { renderDocumentCard, shareCardMetadata } from "@/components/share/share-card";
import { documentShareCard } from "@/lib/share/cards";

// Texts change under review: drawn on request from the database, like the page.
export const dynamic = "force-dynamic";

// Through generateImageMetadata rather than a constant `alt`, so that the alt text
// is in the page's language and names the document.
export async function generateImageMetadata({ params }: { params: { locale: string; slug: string } }) {
  const shared = await documentShareCard(params);
  return shared ? shareCardMetadata(shared.alt) : [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const shared = await documentShareCard(await params);
  return shared ? renderDocumentCard(shared.card) : new Response("Not Found", { status: 404 });
}
