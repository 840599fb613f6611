import type { InputHTMLAttributes } from "react";

// The fields and refusal the forms that bring files in share: the import, the update
// from a translated file, the new version of the Italian and the translation memory.

/** A file to upload, labelled, with its hint read out with it. */
export function FileField({
  id,
  label,
  hint,
  ...input
}: { id: string; label: string; hint: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type">) {
  return (
    <div className="import-file">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" aria-describedby={`${id}-hint`} {...input} />
      <p id={`${id}-hint`} className="import-hint">
        {hint}
      </p>
    </div>
  );
}

/** A checkbox, labelled, with its hint (if any) read out with it. */
export function CheckField({ id, name, label, hint }: { id: string; name: string; label: string; hint?: string }) {
  return (
    <div className="import-check">
      <input id={id} name={name} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="import-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A file refused: what the user is told, and the importer's own account (line, unit, character), in English. */
export function FileRefusal({ id, message, detail }: { id?: string; message: string; detail?: string }) {
  return (
    <div id={id} className="import-refusal" role="alert">
      <p>{message}</p>
      {detail ? (
        <p className="import-detail" lang="en">
          {detail}
        </p>
      ) : null}
    </div>
  );
}
