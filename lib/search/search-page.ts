/** Pairs per page of search results. */
export const PAGE_SIZE = 20;
