/**
 * Read answers (a story's graph, an article's sources) cost milliseconds to seconds to compute and
 * stay the same until the store changes, so they are kept as serialised JSON, bounded by size.
 * Callers put the store state their answer depends on into the key, so a write makes old entries
 * unreachable and the LRU drops them. Concurrent requests for one missing key share one computation.
 */
import { LRUCache } from "lru-cache";

export interface AnswerCache {
  /** The JSON text for `key`, computing and keeping it when it is not held. */
  json(key: string, compute: () => Promise<unknown>): Promise<string>;
  readonly size: number;
}

/** Roughly 64 MB of answers: thousands of stories or sources lists, a small share of a server's memory. */
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export function createAnswerCache(maxBytes = DEFAULT_CACHE_BYTES): AnswerCache {
  const held = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (text) => Math.max(1, text.length) });
  const pending = new Map<string, Promise<string>>();
  return {
    async json(key, compute) {
      const hit = held.get(key);
      if (hit !== undefined) return hit;
      const running = pending.get(key);
      if (running) return running;
      const work = compute()
        .then((value) => {
          const text = JSON.stringify(value);
          held.set(key, text);
          return text;
        })
        .finally(() => pending.delete(key));
      pending.set(key, work);
      return work;
    },
    get size() {
      return held.size;
    },
  };
}
