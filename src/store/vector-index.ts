/**
 * Document vectors held in memory for nearest-neighbour search by cosine. Vectors are stored only
 * when ingest is asked for them (about 50 times slower), so stores with vectors are small enough
 * to scan: 100k vectors of 512 dimensions are 200 MB and one query reads them once. Vectors are
 * only ever added, so the index loads new rows since its last look and never reloads.
 */
import type { ScoredId } from "./types.js";

/** One stored vector with what the time window needs. */
export interface VectorRow {
  id: number;
  /** The article's published time key (src/store/time-key.ts), or null when it has none. */
  publishedKey: string | null;
  vector: Float32Array;
}

/** Published-time bounds as time keys, compared as the SQL window filter does: to the shorter key's precision. */
export interface KeyWindow {
  from: string | null;
  to: string | null;
}

export class VectorIndex {
  private ids: number[] = [];
  private keys: Array<string | null> = [];
  private matrix = new Float32Array(0);
  private dimensions = 0;

  get size(): number {
    return this.ids.length;
  }

  /** The largest id held, so the caller can fetch only newer rows. */
  get lastId(): number {
    return this.ids.length === 0 ? 0 : this.ids[this.ids.length - 1]!;
  }

  /** Appends rows in ascending id order; every vector must have the first one's length. */
  add(rows: readonly VectorRow[]): void {
    if (rows.length === 0) return;
    this.dimensions ||= rows[0]!.vector.length;
    const grown = new Float32Array(this.matrix.length + rows.length * this.dimensions);
    grown.set(this.matrix);
    for (const [i, row] of rows.entries()) {
      if (row.vector.length !== this.dimensions) throw new Error(`vector of article ${row.id} has ${row.vector.length} dimensions, not ${this.dimensions}`);
      grown.set(row.vector, this.matrix.length + i * this.dimensions);
      this.ids.push(row.id);
      this.keys.push(row.publishedKey);
    }
    this.matrix = grown;
  }

  /** The `limit` held vectors most similar to `query` (unit vectors: the dot product is the cosine), best first. */
  search(query: Float32Array, limit: number, window: KeyWindow, exclude: ReadonlySet<number>): ScoredId[] {
    if (query.length !== this.dimensions || limit <= 0) return [];
    const best: ScoredId[] = [];
    for (let row = 0; row < this.ids.length; row++) {
      const id = this.ids[row]!;
      if (exclude.has(id) || !inWindow(this.keys[row]!, window)) continue;
      let dot = 0;
      const offset = row * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) dot += query[d]! * this.matrix[offset + d]!;
      if (best.length < limit || dot > best[best.length - 1]!.score) insertRanked(best, { id, score: dot }, limit);
    }
    return best;
  }
}

/** Keeps `best` sorted by score (then id) and at most `limit` long. */
function insertRanked(best: ScoredId[], hit: ScoredId, limit: number): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]!.score < hit.score || (best[at - 1]!.score === hit.score && best[at - 1]!.id > hit.id))) at--;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}

/** Same rule as the SQL window filter: no published time always passes. */
export function inWindow(key: string | null, window: KeyWindow): boolean {
  if (key === null) return true;
  if (window.from !== null && key < window.from.slice(0, key.length)) return false;
  if (window.to !== null && key.slice(0, window.to.length) > window.to) return false;
  return true;
}
