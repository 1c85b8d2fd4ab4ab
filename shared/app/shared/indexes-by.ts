/** The positions of the items, grouped by a key (in order): a batch is split this way, and answered in place. */
export function indexesBy<T, K>(items: readonly T[], keyOf: (item: T, index: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  return groups;
}
