import { z } from "zod";
import { ImportError } from "../core/import-error";
import { newParagraphSchema, type NewParagraph } from "../core/new-document";
import type { PairStatus } from "./exchange-document";

/** A unit as a reader found it, before validation; undefined is "the file has no such part". */
export interface FoundUnit {
  textIt: string | undefined;
  textEn: string | undefined;
  status?: PairStatus;
  note?: string;
  /** Why a reviewer sent the pair back; kept only with the status needs changes. */
  reason?: string;
  headingLevel?: string;
  /** What readers saw of the pair where it differs from the working text (our own working exports). */
  publishedEn?: string;
  publishedNote?: string;
  publishedIt?: string;
}

/**
 * Validates one unit of a document file and returns it as a paragraph. `label` names
 * the unit in messages ("unit 3 (id "p-3")"). A unit with no Italian part is a missing
 * language; one with no English part has no target (an untranslated unit carries an
 * empty target instead).
 */
export function importedParagraph(unit: FoundUnit, label: string, fileName: string): NewParagraph {
  if (unit.textIt === undefined) {
    throw new ImportError("missing-language", `${fileName}: ${label} has no Italian text (no part in language "it").`);
  }
  if (unit.textEn === undefined) {
    throw new ImportError(
      "missing-target",
      `${fileName}: ${label} has no English target; an untranslated unit needs an empty target, so that a lost one is not taken for a draft.`,
    );
  }
  const textEn = unit.textEn.trim();
  const status = unit.status ?? (textEn ? "translated" : "draft");
  if (status !== "draft" && textEn === "") {
    throw new ImportError(
      "invalid-unit",
      `${fileName}: ${label} is marked ${status.replace("_", " ")} but its English is empty; only a draft may lack English.`,
    );
  }
  let headingLevel: number | undefined;
  if (unit.headingLevel !== undefined) {
    headingLevel = Number(unit.headingLevel);
    if (!Number.isInteger(headingLevel) || headingLevel < 2 || headingLevel > 6) {
      throw new ImportError(
        "invalid-unit",
        `${fileName}: ${label} has the heading level "${unit.headingLevel}"; a heading level is a whole number from 2 to 6.`,
      );
    }
  }
  const note = unit.note?.trim();
  const parsed = newParagraphSchema.safeParse({
    textIt: unit.textIt,
    textEn,
    status,
    ...(note ? { translatorNote: note } : {}),
    ...(status === "needs_changes" && unit.reason?.trim() ? { statusReason: unit.reason.trim() } : {}),
    ...(headingLevel !== undefined ? { headingLevel } : {}),
    ...(unit.publishedEn?.trim() ? { publishedEn: unit.publishedEn } : {}),
    ...(unit.publishedIt?.trim() ? { publishedIt: unit.publishedIt } : {}),
    ...(unit.publishedEn?.trim() && unit.publishedNote?.trim() ? { publishedNote: unit.publishedNote } : {}),
  });
  if (!parsed.success) throw new ImportError("invalid-unit", `${fileName}: ${label} was refused: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Where a unit of a document file came from: what updating a text from the file matches it by (lib/exchange/update-plan.ts). */
export interface UnitOrigin {
  /** The unit as messages name it ("unit 3 (id "u3")"). */
  label: string;
  /** Its id in the file (an XLIFF unit's id, a TMX tuid), if it has one. */
  id: string | null;
  /** The pair the unit names by its id (its place in the text when the file was written), if any. */
  position: number | null;
  /** The pair's version when A Fronte wrote the file; null in other tools' files. */
  version: number | null;
  /** Whether the file states the unit's status; without one, the status is inferred from the English. */
  statusGiven: boolean;
}

/** A unit's origin from its id ("u3", "3") or named pair, and the version the file carries. */
export function unitOrigin(label: string, id: string | undefined, version: string | undefined, statusGiven: boolean): UnitOrigin {
  const whole = (value: string | undefined, pattern: RegExp) => {
    const digits = value?.trim().match(pattern)?.[1];
    return digits ? Number(digits) : null;
  };
  return { label, id: id?.trim() || null, position: whole(id, /^u?(\d{1,9})$/), version: whole(version, /^(\d{1,9})$/), statusGiven };
}

/** Every unit read and validated, refusing a file that holds none. */
export function requireUnits(paragraphs: NewParagraph[], fileName: string, unitName: string): NewParagraph[] {
  if (paragraphs.length === 0) throw new ImportError("no-paragraphs", `${fileName} holds no ${unitName}, so there is no text to import.`);
  return paragraphs;
}
