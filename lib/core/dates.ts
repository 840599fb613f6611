import { z } from "zod";

/**
 * A date known to the year, the month or the day ("2018", "2018-11", "2018-11-28"), as
 * a document's publication date is. The browser's form checks the shape only
 * (FORM_PATTERN); the server checks the months and days too.
 */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PARTIAL_DATE_FORM_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
export const MAX_PARTIAL_DATE_LENGTH = "YYYY-MM-DD".length;

export const partialDateSchema = z.string().regex(PARTIAL_DATE, "a date is YYYY, YYYY-MM or YYYY-MM-DD");
