import { Link } from "@/i18n/navigation";

/** The pairs a batch left as they were, each linked to its history, with why (already in the page's words). */
export function SkippedPairs({ slug, pairs }: { slug: string; pairs: readonly { position: number | null; label: string; why: string }[] }) {
  return (
    <ul>
      {pairs.map((pair, index) => (
        <li key={index}>
          {pair.position ? <Link href={`/texts/${slug}/review/${pair.position}`}>{pair.label}</Link> : pair.label}: {pair.why}
        </li>
      ))}
    </ul>
  );
}
