/**
 * The texts readers and the team may see: complete ones. An import writes a long text
 * in short batches (so that it never holds the database for long), and the text stays
 * out of sight until its last pair is stored (`Document.importingAt` then turns null).
 * Every query that finds texts by slug or lists them filters with this.
 */
export const completeText = { importingAt: null } as const;
