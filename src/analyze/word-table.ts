/**
 * A lookup table keyed by words read from text. It has no prototype, so a word that names an
 * Object property ("constructor") finds nothing rather than Object's own function.
 */
export function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
