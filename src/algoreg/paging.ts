/**
 * Reading Algoreg's paged lists (`limit`/`offset`) page after page: one loop for the lookups by id
 * that Algoreg has no GET for (a thread's messages, a customer's documents) and for the timeline.
 */

/** What one page read tells the loop: its item count, the list's total if Algoreg sent one, and whether the reader has all it wants. */
export interface PageRead {
  count: number;
  total: number | null | undefined;
  done?: boolean;
}

/**
 * Reads pages of `size` from offset 0 until the reader is done, a page is the last (fewer than
 * `size` items, or the `total` reached), or `maxPages` pages were read.
 */
export async function readPages(
  size: number,
  read: (page: { limit: number; offset: number }) => Promise<PageRead>,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<void> {
  for (let page = 0; page < maxPages; page++) {
    const offset = page * size;
    const res = await read({ limit: size, offset });
    if (res.done || res.count < size || (res.total != null && offset + size >= res.total)) return;
  }
}

/** The wanted items of a paged list, by id: read until every one is found or the last page. */
export async function findByIds<T extends { id: string }>(
  size: number,
  wanted: ReadonlySet<string>,
  fetchPage: (page: {
    limit: number;
    offset: number;
  }) => Promise<{ items: readonly T[]; total: number | null | undefined }>,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  await readPages(size, async (page) => {
    const { items, total } = await fetchPage(page);
    for (const item of items) if (wanted.has(item.id)) found.set(item.id, item);
    return { count: items.length, total, done: found.size === wanted.size };
  });
  return found;
}
