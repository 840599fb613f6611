import type { TermDefinition } from "@/lib/glossary/term-definition";

/**
 * The definitions of the terms marked on the page, each asked for once
 * (app/[locale]/glossary/[slug]/definition, cached by the browser across the text's
 * pages) when the reader first points at, taps or focuses its term, and kept hidden in
 * the page: the tooltip copies them from there, and reads one out when asked
 * (./term-tooltip.ts). Not all at the start: a page marks dozens of terms, and asking
 * for them all kept a phone's main thread busy for 120-220 ms while the text loaded.
 */
export function loadTermDefinitions(): { ready: (slug: string) => Promise<HTMLElement | null>; cleanup: () => void } {
  const store = document.createElement("div");
  store.hidden = true;
  store.className = "term-definitions";
  (document.getElementById("content") ?? document.body).append(store);
  const locale = document.documentElement.lang || "en";
  const stop = new AbortController();
  const loaded = new Map<string, Promise<HTMLElement | null>>();

  function load(slug: string): Promise<HTMLElement | null> {
    let definition = loaded.get(slug);
    if (!definition) {
      definition = fetch(`/${locale}/glossary/${encodeURIComponent(slug)}/definition`, { signal: stop.signal })
        .then((response) => (response.ok ? (response.json() as Promise<TermDefinition>) : null))
        .then((answer) => {
          if (!answer) return null;
          const element = definitionElement(slug, answer, locale);
          store.append(element);
          return element;
        })
        .catch(() => null);
      loaded.set(slug, definition);
    }
    return definition;
  }

  return {
    ready: load,
    cleanup: () => {
      stop.abort();
      store.remove();
    },
  };
}

/** A definition as elements (text set as text, never as markup). A form the headword already shows is left out. */
function definitionElement(slug: string, definition: TermDefinition, locale: string): HTMLElement {
  const element = tag("div", { id: `term-${slug}`, class: "term-definition" });
  const headword = tag("p", { class: "term-headword" }, [tag("strong", { lang: locale }, [definition.headword])]);
  if (definition.expansion) headword.append(tag("span", { lang: locale }, [` – ${definition.expansion}`]));
  element.append(headword);
  for (const language of ["en", "it"] as const) {
    const form = definition.forms[language];
    if (form === definition.headword) continue;
    element.append(
      tag("p", { class: "term-other-form", "data-lang": language }, [
        `${definition.formLabels[language]}: `,
        tag("span", { lang: language }, [form]),
      ]),
    );
  }
  // A term imported without a definition (real termbases often have none) shows its names and the way to its entry.
  if (definition.definition) element.append(tag("p", { class: "term-gloss" }, [definition.definition]));
  element.append(tag("a", { href: definition.entry.href, class: "term-entry-link" }, [definition.entry.label]));
  return element;
}

function tag(name: string, attributes: Record<string, string>, children: (string | Node)[] = []): HTMLElement {
  const element = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  element.append(...children);
  return element;
}
