import { parseInlineMarkdown, type InlineStyle, type StyleRange } from "../text/inline-markdown";
import { inlineMarkdown } from "../text/write-inline-markdown";
import type { XmlElement } from "./safe-xml";
import type { InlineContent, XmlNode } from "./xml-writer";

// A pair's texts carry inline Markdown (lib/text/inline-markdown.ts); exchange files are
// not Markdown. Written, emphasis and strong become the format's inline codes and an
// escaped character the character itself; read, the codes become Markdown again and
// every literal `*` or `\` is escaped, as the importer writes them.

/** A span of the text as written in a file: its style, its code's id, and what it holds. */
export interface CodeSpan {
  style: InlineStyle;
  id: number;
  children: InlineItem[];
}

export type InlineItem = string | CodeSpan;

/** How a format writes a span: an element around its content (XLIFF), or begin and end codes around it (TMX). */
export type SpanWriter = (span: CodeSpan, content: (string | XmlNode)[]) => (string | XmlNode)[];

/**
 * Numbers spans so that a CAT tool can map a target's codes to the source's: the source's
 * in order from `first`; each target span takes the id of the source span of its style
 * in the same place among that style's, and a span the source lacks a fresh id after them.
 */
export class CodeIds {
  private next: number;
  private readonly sourceIds: Record<InlineStyle, number[]> = { emphasis: [], strong: [] };
  private readonly used: Record<InlineStyle, number> = { emphasis: 0, strong: 0 };

  constructor(first = 1) {
    this.next = first;
  }

  source(style: InlineStyle): number {
    const id = this.next++;
    this.sourceIds[style].push(id);
    return id;
  }

  target(style: InlineStyle): number {
    return this.sourceIds[style][this.used[style]++] ?? this.next++;
  }

  /** The first id no code of this pair of texts took (for the next segment of an XLIFF 2 unit). */
  get end(): number {
    return this.next;
  }
}

/** A Markdown text as text and spans, each span given its id. */
export function inlineItems(markdown: string, id: (style: InlineStyle) => number): InlineItem[] {
  const { text, styles } = parseInlineMarkdown(markdown);
  if (styles.length === 0) return text ? [text] : [];
  const root: InlineItem[] = [];
  const open: { span: CodeSpan; end: number }[] = [];
  let at = 0;
  const into = () => open.at(-1)?.span.children ?? root;
  const advance = (to: number) => {
    if (to > at) into().push(text.slice(at, to));
    at = to;
  };
  const closeUpTo = (position: number) => {
    while (open.length > 0 && open.at(-1)!.end <= position) {
      advance(open.at(-1)!.end);
      open.pop();
    }
  };
  // parseInlineMarkdown's ranges nest or are apart, sorted by start, outer ones first.
  for (const range of styles) {
    closeUpTo(range.start);
    advance(range.start);
    const span: CodeSpan = { style: range.style, id: id(range.style), children: [] };
    into().push(span);
    open.push({ span, end: range.end });
  }
  closeUpTo(Infinity);
  advance(text.length);
  return root;
}

/** A Markdown text as a segment's mixed content, its spans written by the format's writer. */
export function inlineContent(markdown: string, id: (style: InlineStyle) => number, writeSpan: SpanWriter): InlineContent {
  const write = (items: InlineItem[]): (string | XmlNode)[] =>
    items.flatMap((item) => (typeof item === "string" ? [item] : writeSpan(item, write(item.children))));
  return { inline: write(inlineItems(markdown, id)) };
}

/** What an element inside a segment is, for reading the segment's text. */
export type CodeReading =
  /** Its content is text of the segment, in this style or none. */
  | { wrap: InlineStyle | null }
  /** It begins a span that the code with the same key ends. */
  | { begin: string; style: InlineStyle | null }
  | { end: string }
  /** Its content is the original format's code (a tag, a placeholder), not text: left out. */
  | { skip: true };

/**
 * A segment's content as inline Markdown: its text with every literal `*` and `\`
 * escaped, the spans the format's codes mark as emphasis or strong. Codes that mark
 * nothing we know are read as today: their text kept, their native code left out.
 */
export function readInlineMarkdown(element: XmlElement, read: (code: XmlElement) => CodeReading): string {
  let text = "";
  const styles: StyleRange[] = [];
  const begun = new Map<string, { start: number; style: InlineStyle | null }>();
  const walk = (parent: XmlElement) => {
    for (const child of parent.children) {
      if (typeof child === "string") {
        text += child;
        continue;
      }
      const code = read(child);
      if ("wrap" in code) {
        const start = text.length;
        walk(child);
        if (code.wrap) styles.push({ start, end: text.length, style: code.wrap });
      } else if ("begin" in code) {
        begun.set(code.begin, { start: text.length, style: code.style });
      } else if ("end" in code) {
        const begin = begun.get(code.end);
        begun.delete(code.end);
        if (begin?.style) styles.push({ start: begin.start, end: text.length, style: begin.style });
      }
    }
  };
  walk(element);
  return inlineMarkdown(text, styles);
}

/** The style a native code stands for, when it is a tag we know (`<b>`, `<em>`…) or a Markdown marker. */
export function nativeStyle(native: string): InlineStyle | null {
  const tag = native
    .trim()
    .toLowerCase()
    .match(/^<\s*([a-z]+)[\s>]/)?.[1];
  if (tag === "b" || tag === "strong" || native.trim() === "**") return "strong";
  if (tag === "i" || tag === "em" || native.trim() === "*") return "emphasis";
  return null;
}

/** The text of a native code element (such as a TMX <bpt>), its own inline elements unwrapped. */
export function nativeText(element: XmlElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : nativeText(child))).join("");
}
