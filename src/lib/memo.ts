// A function's results kept per argument, for work that repeats few distinct inputs many times.

/** `compute` once per key; later calls with the same key return the same value. Unbounded: for small key sets. */
export function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key)!;
    const value = compute(key);
    results.set(key, value);
    return value;
  };
}
