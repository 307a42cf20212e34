/**
 * Vitest 5 declares Node >= 22 and calls `Map.groupBy` (Node 21+) when it
 * prints failures; on Node 20, the project's supported runtime, a failing test
 * would crash the reporter instead of being shown. This fills that one gap.
 */
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> => {
    const groups = new Map<K, V[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
