import { addWord, finishWords } from "./hash.js";

export interface Banding {
  /** Number of bands; each gives one key. */
  bands: number;
  /** Signature slots per band; a pair is a candidate when all rows of some band agree. */
  rows: number;
}

/**
 * The project's banding for 128-permutation signatures. A pair with Jaccard s shares at least one
 * band with probability 1 - (1 - s^r)^b; with b = 42 bands of r = 3 rows (126 of the 128 slots):
 *
 *   s     0.9    0.8    0.7    0.6    0.5    0.4    0.3    0.2    0.1    0.05   0.02
 *   P   1.000  1.000  1.000  1.000  0.996  0.938  0.684  0.286  0.041  0.005  0.0003
 *
 * Four rows would keep more false positives out but finds a pair at s = 0.5 only with probability
 * 0.873 (b = 32); three rows is the most that keeps s >= 0.5 above 0.95. Unrelated news articles
 * mostly sit below s = 0.05, where fewer than 1 pair in 200 becomes a candidate; those that do are
 * ranked by shared bands and checked on their signatures or texts afterwards.
 */
export const DEFAULT_BANDING: Readonly<Banding> = { bands: 42, rows: 3 };

/** Each band's key is band * 2^32 + hash, so keys of different bands never collide. */
const BAND_STRIDE = 2 ** 32;
const BAND_SEED = 0x6c5b4a39;

/** Probability that a pair with Jaccard similarity `similarity` shares at least one band. */
export function candidateProbability(similarity: number, banding: Banding = DEFAULT_BANDING): number {
  return 1 - (1 - similarity ** banding.rows) ** banding.bands;
}

/**
 * One key per band: the band's index in the high bits and a 32-bit hash of its rows in the low 32,
 * a safe integer for any band count below 2^21. Two signatures share a key exactly when one band's
 * rows are all equal (up to a 2^-32 hash collision).
 */
export function bandKeys(signature: Uint32Array, banding: Banding = DEFAULT_BANDING): number[] {
  checkBanding(signature, banding);
  const keys: number[] = new Array(banding.bands);
  for (let band = 0; band < banding.bands; band++) {
    const start = band * banding.rows;
    let hash = BAND_SEED;
    for (let row = start; row < start + banding.rows; row++) hash = addWord(hash, signature[row]!);
    keys[band] = band * BAND_STRIDE + finishWords(hash, banding.rows);
  }
  return keys;
}

function checkBanding(signature: Uint32Array, { bands, rows }: Banding): void {
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands >= 2 ** 21) {
    throw new RangeError(`bands and rows must be positive integers (bands below 2^21), got ${bands} x ${rows}`);
  }
  if (bands * rows > signature.length) {
    throw new RangeError(`${bands} bands x ${rows} rows need ${bands * rows} signature slots, got ${signature.length}`);
  }
}

/** A candidate from the index, with how many bands it shares with the query. */
export interface LshMatch {
  id: number;
  sharedBands: number;
}

/**
 * In-memory LSH index for tests, evaluation and benchmarks: a Map from band key to a bucket of ids.
 * A bucket is a Uint32Array that doubles when full, with its fill count in slot 0, so a million
 * entries cost a few megabytes rather than a million small JS arrays.
 */
export class LshIndex {
  private readonly buckets = new Map<number, Uint32Array>();
  private readonly ids = new Set<number>();

  constructor(private readonly banding: Banding = DEFAULT_BANDING) {}

  /** Number of ids added. */
  get size(): number {
    return this.ids.size;
  }

  /** Files `id` (an integer from 0 to 2^32 - 1, not yet added) under each of its band keys. */
  add(id: number, signature: Uint32Array): void {
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RangeError(`LSH ids must be uint32, got ${id}`);
    if (this.ids.has(id)) throw new RangeError(`id ${id} is already in the LSH index`);
    this.ids.add(id);
    for (const key of bandKeys(signature, this.banding)) this.buckets.set(key, appendToBucket(this.buckets.get(key), id));
  }

  /** Ids sharing at least one band with `signature`, most shared bands first, then by id. */
  query(signature: Uint32Array): number[] {
    return this.matches(signature).map((match) => match.id);
  }

  /** As `query`, with each id's count of shared bands (a rough similarity for ranking). */
  matches(signature: Uint32Array): LshMatch[] {
    const shared = new Map<number, number>();
    for (const key of bandKeys(signature, this.banding)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      for (let i = 1; i <= bucket[0]!; i++) shared.set(bucket[i]!, (shared.get(bucket[i]!) ?? 0) + 1);
    }
    return [...shared]
      .map(([id, sharedBands]) => ({ id, sharedBands }))
      .sort((a, b) => b.sharedBands - a.sharedBands || a.id - b.id);
  }
}

function appendToBucket(bucket: Uint32Array | undefined, id: number): Uint32Array {
  // Most keys hold one id, so a new bucket starts with room for just one (slot 0 is the count).
  let target = bucket ?? new Uint32Array(2);
  const count = target[0]!;
  if (count + 1 >= target.length) {
    const grown = new Uint32Array(target.length * 2);
    grown.set(target);
    target = grown;
  }
  target[count + 1] = id;
  target[0] = count + 1;
  return target;
}
