"use client";

import { useEffect, useRef, type HTMLAttributes } from "react";
import { takeServerMarkup } from "@/lib/reader/markup-channel";

interface Props extends Pick<HTMLAttributes<HTMLElement>, "className" | "aria-label" | "hidden"> {
  /** The key lib/reader/markup-channel.ts gave the tree. */
  markup: string;
  as?: "section" | "div" | "nav";
  /** Data attributes for the enhancing scripts. */
  data?: Record<`data-${string}`, string>;
  /** The markup is never empty, so an empty element means it never came: load the page whole. */
  reloadWhenMissing?: boolean;
}

/**
 * An element whose content is server markup sent once, in the HTML (see
 * lib/reader/markup-channel.ts). On the server it renders the tree it is keyed to;
 * in the browser it hydrates as an element whose inner HTML React leaves as it found
 * it. A client-side navigation brings no HTML: the page is then loaded whole.
 */
export function ServerMarkup({ markup, as: Tag = "section", data, reloadWhenMissing = false, ...attributes }: Props) {
  const element = useRef<HTMLElement | null>(null);
  const keep = (node: HTMLElement | null) => {
    element.current = node;
  };
  useEffect(() => {
    if (reloadWhenMissing && element.current && !element.current.hasChildNodes()) window.location.reload();
  }, [reloadWhenMissing]);
  if (typeof window === "undefined") {
    return (
      <Tag ref={keep} {...attributes} {...data}>
        {takeServerMarkup(markup)}
      </Tag>
    );
  }
  return <Tag ref={keep} {...attributes} {...data} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
