/** How long user-written texts may be; shared by the forms (maxlength) and the validation. */
export const MAX_PARAGRAPH_LENGTH = 20_000;
export const MAX_COMMENT_LENGTH = 5_000;
export const MAX_REASON_LENGTH = 2_000;
export const MAX_NOTE_LENGTH = 5_000;
