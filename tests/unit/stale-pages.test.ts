import { describe, expect, it } from "vitest";
import { ReaderChanges } from "@/lib/core/mutation";
import { stalePages } from "@/lib/reader/revalidation";

// After a write, only the cached pages it made stale are rendered afresh: a save in one
// text leaves every other text's pages in the cache.

const changes = (record: (changes: ReaderChanges) => void) => {
  const recorded = new ReaderChanges();
  record(recorded);
  return recorded;
};

const oneSection = new Map([["cina-kazakhstan", 1]]);

describe("stalePages", () => {
  it("names every view of the changed text's reader, in both languages, and nothing of any other text", () => {
    const pages = stalePages(
      changes((c) => c.text("cina-kazakhstan")),
      oneSection,
    );
    // One section, and the one a merge may just have taken away.
    // Two languages, six views, two language orders, two sections.
    expect(pages).toHaveLength(2 * 6 * 2 * 2);
    expect(pages).toContainEqual({ path: "/it/texts/cina-kazakhstan/view/side-it/1" });
    expect(pages).toContainEqual({ path: "/en/texts/cina-kazakhstan/view/reveal-en/1" });
    expect(pages).toContainEqual({ path: "/en/texts/cina-kazakhstan/view/reveal-en/2" });
    expect(pages.every((page) => page.path.includes("/texts/cina-kazakhstan/view/") && page.type === undefined)).toBe(true);
  });

  it("names every section of a long text, since each carries the table of contents", () => {
    const pages = stalePages(
      changes((c) => c.text("libro")),
      new Map([["libro", 50]]),
    );
    expect(pages).toHaveLength(51 * 24);
    expect(pages).toContainEqual({ path: "/it/texts/libro/view/interleaved-en/37" });
  });

  it("adds the glossary's term pages when what readers read changed (an approval, a re-alignment)", () => {
    const pages = stalePages(
      changes((c) => c.text("cina-kazakhstan", { published: true })),
      oneSection,
    );
    expect(pages).toHaveLength(49);
    expect(pages.at(-1)).toEqual({ path: "/[locale]/glossary/[slug]", type: "page" });
  });

  it("names every text's reader and the glossary when glossary terms change, since every text marks them", () => {
    expect(
      stalePages(
        changes((c) => c.glossary()),
        oneSection,
      ),
    ).toEqual([
      { path: "/[locale]/texts/[slug]/view/[mode]/[section]", type: "page" },
      { path: "/[locale]/glossary", type: "page" },
      { path: "/[locale]/glossary/[slug]", type: "page" },
    ]);
  });

  it("is nothing for a write readers do not see (a comment)", () => {
    expect(stalePages(new ReaderChanges(), oneSection)).toEqual([]);
  });
});
