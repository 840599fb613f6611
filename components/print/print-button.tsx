"use client";

import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

/** Opens the browser's print dialog; shown only once the script runs, since without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  // false in the server's HTML and during hydration, true once the script runs.
  const scripted = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  return scripted ? (
    <button type="button" className="print-button" onClick={() => window.print()}>
      {label}
    </button>
  ) : null;
}
