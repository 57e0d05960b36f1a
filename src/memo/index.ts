/**
 * `compute` with its results remembered by argument, for pure functions called again and again
 * with the same strings (stems, name keys). The memory is emptied once it holds `limit` results,
 * so a long ingest or server that meets new words without end stays bounded; a result is cheap to
 * compute again.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    const known = remembered.get(key);
    if (known !== undefined) return known;
    if (remembered.size >= limit) remembered.clear();
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}

/**
 * `compute` with its result remembered per object (an analysis, a sentence) for as long as that
 * object lives: derived data several checks read again for every rewrite sentence.
 */
export function objectMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const remembered = new WeakMap<K, V>();
  return (key) => {
    if (remembered.has(key)) return remembered.get(key)!;
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
