/**
 * Words typed into an editor before the page's scripts have taken it over are kept.
 * A hydrating React 19 sets a <textarea>'s value back to the text the server sent
 * (react-dom's initTextarea), so on a slow phone the first words typed into an editor,
 * which takes the focus as the page loads, were lost or mixed with the old text.
 * This line of script, in every page's head (app/[locale]/layout.tsx), notes each
 * textarea's value on the element as it is typed; once hydrated, an editor's form gives
 * each of its fields the value noted for it (useTypedEarly, ./typed-early.ts).
 */
export const TYPED_EARLY_FIELD = "typedEarly";

export const TYPED_EARLY_SCRIPT = `addEventListener("input",function(e){var t=e.target;if(t instanceof HTMLTextAreaElement)t.${TYPED_EARLY_FIELD}=t.value},true)`;
