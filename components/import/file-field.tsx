import type { InputHTMLAttributes } from "react";

/** A file to upload, labelled, with its hint read out with it: the import, update and memory forms. */
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
