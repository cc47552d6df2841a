// Adapter helper: runs a task for each item with a bounded number in flight, for file work on thousands of pages (a
// process may not open them all at once, and waiting on each file in turn leaves the disk idle).

/** Runs `task` on every item (and its index), at most `limit` at a time, in the items' order of start; rejects with the first failure. */
export async function forEachInParallel<Item>(
  items: readonly Item[],
  limit: number,
  task: (item: Item, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
