import { z } from "zod";
import { ImportError } from "../core/import-error";
import { isSlug, slugify } from "../core/slug";
import { newTermSchema, termKinds, type NewTerm } from "../glossary/new-term";
import { pairLanguage } from "./exchange-document";
import { descendants, elements, languageAttribute, requireRoot, textContent, type XmlElement } from "./safe-xml";
import { renderXml, type XmlNode } from "./xml-writer";

// TBX-Basic data categories carry a term's parts: the headword is the preferred term,
// the abbreviation and its expansion are terms of type "abbreviation" and "fullForm",
// the surface forms readers meet in texts are terms of type "variant", the term's kind
// is the entry's subject field, each language has its definition, and where the
// definitions' facts come from is the entry's "source" administrative data, one a line.
const PREFERRED = "preferredTerm-admn-sts";
/**
 * The note on a headword that is not itself a surface form ("vertice SCO di Qingdao
 * (2018)" names an event texts call "vertice"): every other headword is one, so it is
 * not repeated among the variants.
 */
const HEADWORD_ONLY = "a-fronte: headword only, not matched in texts";

const termNote = (type: string, value: string): XmlNode => ({ name: "termNote", attributes: { type }, content: value });
const tig = (term: string, ...notes: XmlNode[]): XmlNode => ({ name: "tig", content: [{ name: "term", content: term }, ...notes] });

export function writeTbx(terms: readonly NewTerm[]): string {
  return renderXml({
    name: "martif",
    attributes: { type: "TBX-Basic", "xml:lang": "it" },
    content: [
      {
        name: "martifHeader",
        content: [
          { name: "fileDesc", content: [{ name: "sourceDesc", content: [{ name: "p", content: "A Fronte glossary" }] }] },
          { name: "encodingDesc", content: [{ name: "p", attributes: { type: "XCSURI" }, content: "TBXBasicXCSV02.xcs" }] },
        ],
      },
      {
        name: "text",
        content: [
          {
            name: "body",
            content: terms.map((term) => ({
              name: "termEntry",
              attributes: { id: term.slug },
              content: [
                { name: "descrip", attributes: { type: "subjectField" }, content: term.kind },
                ...(term.sources ?? "")
                  .split("\n")
                  .filter((line) => line.trim())
                  .map((line): XmlNode => ({ name: "admin", attributes: { type: "source" }, content: line.trim() })),
                langSet(term, "it"),
                langSet(term, "en"),
              ],
            })),
          },
        ],
      },
    ],
  });
}

function langSet(term: NewTerm, language: "it" | "en"): XmlNode {
  const it = language === "it";
  const expansion = it ? term.expansionIt : term.expansionEn;
  const headword = it ? term.termIt : term.termEn;
  const forms = (it ? term.formsIt : term.formsEn) ?? [];
  return {
    name: "langSet",
    attributes: { "xml:lang": language },
    content: [
      { name: "descrip", attributes: { type: "definition" }, content: it ? term.definitionIt : term.definitionEn },
      // The headword first (tools take the first term for the entry's), saying also whether it is
      // the abbreviation or its expansion, and marked when it is no surface form.
      tig(
        headword,
        termNote("administrativeStatus", PREFERRED),
        ...(term.abbreviation === headword
          ? [termNote("termType", "abbreviation")]
          : expansion === headword
            ? [termNote("termType", "fullForm")]
            : []),
        ...(forms.includes(headword) ? [] : [{ name: "note", content: HEADWORD_ONLY }]),
      ),
      term.abbreviation !== headword && term.abbreviation && tig(term.abbreviation, termNote("termType", "abbreviation")),
      expansion !== headword && expansion && tig(expansion, termNote("termType", "fullForm")),
      // The headword is not repeated as a variant where it is the first form (nearly always); elsewhere it keeps its place.
      ...(forms[0] === headword ? forms.slice(1) : forms).map((form) => tig(form, termNote("termType", "variant"))),
    ],
  };
}

interface LanguagePart {
  headword?: string;
  /** Whether texts are matched on the headword too (it is, unless marked HEADWORD_ONLY). */
  headwordIsForm: boolean;
  variants: string[];
  abbreviation?: string;
  expansion?: string;
  terms: string[];
  definition?: string;
}

/**
 * Reads a TBX (martif) file as glossary terms. Other tools' files are read too: the
 * first term of a language is its headword, every term a form when none is marked as
 * a variant, the entry's note the definition when a language has none, and the
 * placeholder language "xx" that translate-toolkit's csv2tbx writes for its target
 * column stands for whichever of Italian and English the entry lacks.
 */
export function readTbx(root: XmlElement, fileName: string): NewTerm[] {
  requireRoot(root, "martif", "TBX", fileName);
  const entries = descendants(root, "termEntry");
  if (entries.length === 0) throw new ImportError("no-paragraphs", `${fileName} holds no terms (<termEntry>).`);
  const read = entries.map((entry, index) => {
    const label = `term ${index + 1}${entry.attributes.id ? ` (id "${entry.attributes.id}")` : ""}`;
    const parts = languageParts(entry, label, fileName);
    const { it, en } = parts;
    const entryNote = elements(entry, "note").map(textContent).join("\n").trim() || undefined;
    const subjectField = ownDescrip(entry, "subjectField");
    const marked = descendants(entry, "termNote").length > 0;
    let formsIt = marked ? formsOf(it) : unique(it.terms);
    let formsEn = marked ? formsOf(en) : unique(en.terms);
    if (formsIt.length + formsEn.length === 0) [formsIt, formsEn] = [it.headword ? [it.headword] : [], en.headword ? [en.headword] : []];

    const id = entry.attributes.id ?? "";
    const slug = isSlug(id) ? id : slugify(it.headword ?? en.headword ?? "");

    const definition = ownDescrip(entry, "definition") ?? entryNote;
    const sources = elements(entry, "admin")
      .filter((admin) => admin.attributes.type === "source")
      .map((admin) => textContent(admin).trim())
      .filter(Boolean);
    const parsed = newTermSchema.safeParse({
      slug,
      kind: termKinds.find((kind) => kind === subjectField) ?? "concept",
      termIt: it.headword,
      termEn: en.headword,
      abbreviation: it.abbreviation ?? en.abbreviation,
      expansionIt: it.expansion,
      expansionEn: en.expansion,
      definitionIt: it.definition ?? definition,
      definitionEn: en.definition ?? definition,
      sources: sources.length ? sources.join("\n") : undefined,
      formsIt,
      formsEn,
    });
    if (!parsed.success) throw new ImportError("invalid-unit", `${fileName}: ${label} was refused: ${z.prettifyError(parsed.error)}`);
    return { label, term: parsed.data };
  });
  const slugs = new Set<string>();
  return mergeSameTerms(read).map(({ label, term }) => {
    if (slugs.has(term.slug))
      throw new ImportError(
        "invalid-unit",
        `${fileName}: ${label} has the slug "${term.slug}", like a term before it; each term needs its own.`,
      );
    slugs.add(term.slug);
    return term;
  });
}

type ReadTerm = { label: string; term: z.output<typeof newTermSchema> };

/**
 * Entries with the same headwords in both languages are one term entered twice (a
 * termbase merged from two, one concept under two ids): they become the first entry,
 * with every form and source of the others, and the first definition, abbreviation
 * and expansion given.
 */
function mergeSameTerms(read: ReadTerm[]): ReadTerm[] {
  const byHeadwords = new Map<string, ReadTerm>();
  const merged: ReadTerm[] = [];
  for (const entry of read) {
    const key = `${entry.term.termIt.toLocaleLowerCase("it")}\u0000${entry.term.termEn.toLocaleLowerCase("en")}`;
    const first = byHeadwords.get(key);
    if (!first) {
      byHeadwords.set(key, entry);
      merged.push(entry);
      continue;
    }
    const base = first.term;
    const other = entry.term;
    first.term = {
      ...base,
      ...(base.abbreviation || !other.abbreviation
        ? {}
        : { abbreviation: other.abbreviation, expansionIt: other.expansionIt, expansionEn: other.expansionEn }),
      definitionIt: base.definitionIt || other.definitionIt,
      definitionEn: base.definitionEn || other.definitionEn,
      sources: unique([...(base.sources ?? "").split("\n"), ...(other.sources ?? "").split("\n")]).join("\n") || undefined,
      formsIt: unique([...base.formsIt, ...other.formsIt]),
      formsEn: unique([...base.formsEn, ...other.formsEn]),
    };
  }
  return merged;
}

function languageParts(entry: XmlElement, label: string, fileName: string): Record<"it" | "en", LanguagePart> {
  const found: Partial<Record<"it" | "en", LanguagePart>> = {};
  const unlabelled: LanguagePart[] = [];
  for (const set of elements(entry, "langSet")) {
    const tag = languageAttribute(set);
    if (!tag)
      throw new ImportError("missing-language", `${fileName}: ${label} has a <langSet> without xml:lang, so its language is unknown.`);
    const language = pairLanguage(tag);
    if (language) found[language] ??= languagePart(set);
    else if (tag.toLowerCase() === "xx") unlabelled.push(languagePart(set));
  }
  const missing = (["it", "en"] as const).filter((language) => !found[language]);
  if (missing.length === 1 && unlabelled.length === 1) found[missing[0] as "it" | "en"] = unlabelled[0];
  const it = found.it;
  const en = found.en;
  if (!it || !en) {
    throw new ImportError(
      "missing-language",
      `${fileName}: ${label} has no ${it ? "English (en)" : "Italian (it)"} <langSet>; a glossary term needs both languages.`,
    );
  }
  return { it, en };
}

function languagePart(set: XmlElement): LanguagePart {
  const part: LanguagePart = { variants: [], terms: [], headwordIsForm: true, definition: ownDescrip(set, "definition") };
  for (const group of elements(set).filter((child) => child.name === "tig" || child.name === "ntig")) {
    const term = descendants(group, "term")[0];
    if (!term) continue;
    const text = textContent(term).trim();
    const notes = new Map(descendants(group, "termNote").map((note) => [note.attributes.type ?? "", textContent(note).trim()]));
    const type = notes.get("termType");
    part.terms.push(text);
    const preferred = notes.get("administrativeStatus") === PREFERRED && part.headword === undefined;
    if (preferred) {
      part.headword = text;
      part.headwordIsForm = !elements(group, "note").some((note) => textContent(note).trim() === HEADWORD_ONLY);
    }
    if (type === "abbreviation" || type === "acronym" || type === "shortForm") part.abbreviation ??= text;
    else if (type === "fullForm") part.expansion ??= text;
    else if (type === "variant" && !preferred) part.variants.push(text);
  }
  part.headword ??= part.terms[0];
  return part;
}

/** A language's surface forms: the headword first unless marked as none (or listed among the variants), then the variants. */
function formsOf(part: LanguagePart): string[] {
  const headword = part.headwordIsForm && part.headword && !part.variants.includes(part.headword) ? [part.headword] : [];
  return unique([...headword, ...part.variants]);
}

/** A descrip of the element itself (or in its descripGrp), not of a nested language or term. */
function ownDescrip(element: XmlElement, type: string): string | undefined {
  const direct = [...elements(element, "descrip"), ...elements(element, "descripGrp").flatMap((group) => elements(group, "descrip"))];
  const value = direct.find((descrip) => descrip.attributes.type === type);
  return value ? textContent(value).trim() || undefined : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
