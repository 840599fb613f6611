/** A URL-safe slug: lower-case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The slug a file suggests: "cesi-cina-kazakhstan.it.txt" -> "cesi-cina-kazakhstan". */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return slugify(base.replace(/(\.(it|en))?\.(txt|md|markdown)$/i, ""));
}
