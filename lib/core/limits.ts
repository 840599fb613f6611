/** How long user-written texts may be; shared by the forms (maxlength) and the validation. */
export const MAX_PARAGRAPH_LENGTH = 20_000;
export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_REASON_LENGTH = 2_000;
export const MAX_NOTE_LENGTH = 5_000;

/** A document's titles and attribution, and a glossary term's expansions. */
export const MAX_TITLE_LENGTH = 300;
/** The name of a document's source ("C.E.S.I. – Centro Studi Internazionali"). */
export const MAX_SOURCE_NAME_LENGTH = 200;
/** A source address, as the import form takes it. */
export const MAX_URL_LENGTH = 2_000;
/** A glossary term's definition, in either language. */
export const MAX_DEFINITION_LENGTH = 2_000;

/** The largest text file the importer accepts: 5 MiB, a long book in plain text. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * Below this confidence the aligner doubts a pair it made: the pair is not published
 * with an import, and the workspace flags it for a person to check.
 */
export const LOW_CONFIDENCE = 0.8;

/**
 * Below this confidence a sentence link inside a pair is marked doubtful in the
 * workspace. Set on the sentence gold (tests/fixtures/sentence-gold): it marks half
 * the wrong links there while marking one right link in twenty.
 */
export const SENTENCE_DOUBT = 0.65;
