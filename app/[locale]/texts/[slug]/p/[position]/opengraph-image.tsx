import { renderQuoteCard, shareCardMetadata } from "@/components/share/share-card";
import { quoteShareCard } from "@/lib/share/cards";

// Texts change under review: drawn on request from the database, like the page.
export const dynamic = "force-dynamic";

export async function generateImageMetadata({ params }: { params: { locale: string; slug: string; position: string } }) {
  const shared = await quoteShareCard(params);
  return shared ? shareCardMetadata(shared.alt) : [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string; position: string }> }) {
  const shared = await quoteShareCard(await params);
  return shared ? renderQuoteCard(shared.card) : new Response("Not Found", { status: 404 });
}
