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

describe("stalePages", () => {
  it("names every view of the changed text's reader, in both languages, and nothing of any other text", () => {
    const pages = stalePages(changes((c) => c.text("cina-kazakhstan")));
    expect(pages).toHaveLength(2 * 5 * 2);
    expect(pages).toContainEqual({ path: "/it/texts/cina-kazakhstan/view/side-it" });
    expect(pages).toContainEqual({ path: "/en/texts/cina-kazakhstan/view/reveal-en" });
    expect(pages.every((page) => page.path.includes("/texts/cina-kazakhstan/view/") && page.type === undefined)).toBe(true);
  });

  it("adds the glossary's term pages when what readers read changed (an approval, a re-alignment)", () => {
    const pages = stalePages(changes((c) => c.text("cina-kazakhstan", { published: true })));
    expect(pages).toHaveLength(21);
    expect(pages.at(-1)).toEqual({ path: "/[locale]/glossary/[slug]", type: "page" });
  });

  it("names every text's reader and the glossary when glossary terms change, since every text marks them", () => {
    expect(stalePages(changes((c) => c.glossary()))).toEqual([
      { path: "/[locale]/texts/[slug]/view/[mode]", type: "page" },
      { path: "/[locale]/glossary", type: "page" },
      { path: "/[locale]/glossary/[slug]", type: "page" },
    ]);
  });

  it("is nothing for a write readers do not see (a comment)", () => {
    expect(stalePages(new ReaderChanges())).toEqual([]);
  });
});
