"use client";

import { useEffect, useState } from "react";

/** Opens the browser's print dialog; shown only once the script runs, since without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready ? (
    <button type="button" className="print-button" onClick={() => window.print()}>
      {label}
    </button>
  ) : null;
}
