import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { openSqliteStore } from "./sqlite.js";
import type { ArticleInput, IndexFeatures, StoryPlacement } from "./types.js";

export interface StoreMeasurement {
  articles: number;
  /** Articles added per second, one transaction each. */
  insertRate: number;
  /** Milliseconds per query, over `queries` queries each. */
  lsh: { p50: number; p99: number };
  lexical: { p50: number; p99: number };
  queries: number;
  /** File size (with WAL) divided by the article count. */
  bytesPerArticle: number;
}

/**
 * Times the SQLite store on synthetic articles shaped like real ones: a 128-value signature,
 * 32 band keys, about 2 KB of text over a skewed 20,000-word vocabulary, a published date in
 * one year, and stories of five. One article in ten is a near copy of an earlier one (half its
 * band keys shared), so LSH queries have hits to rank. Deterministic for a given seed.
 */
export async function measureSqliteStore(path: string, count = 10_000, queries = 200, seed = 7): Promise<StoreMeasurement> {
  const random = seededRandom(seed);
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => wordFor(i));
  const bandKeysOf: number[][] = [];
  const store = await openSqliteStore(path);

  const start = performance.now();
  let storyId = 0;
  for (let n = 0; n < count; n++) {
    const text = syntheticText(n, vocabulary, random);
    const bandKeys = Array.from({ length: 32 }, () => Math.floor(random() * 2 ** 32));
    if (n > 0 && n % 10 === 0) {
      const original = bandKeysOf[Math.floor(random() * n)]!;
      for (let band = 0; band < 16; band++) bandKeys[band] = original[band]!;
    }
    bandKeysOf.push(bandKeys);
    const input: ArticleInput = {
      text,
      contentHash: createHash("sha256").update(text).digest("hex"),
      url: `https://outlet${n % 40}.example/a/${n}`,
      outlet: `Outlet ${n % 40}`,
      title: text.slice(0, 60),
      published: new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString(),
      cues: n % 3 === 0 ? ["Harbour Wire"] : [],
      origin: `synthetic:${n}`,
    };
    const features: IndexFeatures = { signature: Uint32Array.from({ length: 128 }, () => random() * 2 ** 32), bandKeys };
    const placement: StoryPlacement = n % 5 === 0 ? { newStory: { headline: input.title! } } : { story: storyId };
    const outcome = await store.addArticle(input, features, placement);
    storyId = outcome.storyId!;
  }
  const insertRate = count / ((performance.now() - start) / 1000);

  const lshTimes: number[] = [];
  const lexicalTimes: number[] = [];
  for (let q = 0; q < queries; q++) {
    const n = Math.floor(random() * count);
    const window = { from: "2024-03-01", to: "2024-09-30" };
    let t = performance.now();
    await store.lshCandidates(bandKeysOf[n]!, { limit: 50, window, exclude: [n + 1] });
    lshTimes.push(performance.now() - t);
    // Rare-ish words, as the candidate stage would pick them: ranks 2,000 to 20,000.
    const terms = Array.from({ length: 12 }, () => vocabulary[2_000 + Math.floor(random() * 18_000)]!);
    t = performance.now();
    await store.lexicalCandidates(terms, { limit: 50, window, exclude: [n + 1] });
    lexicalTimes.push(performance.now() - t);
  }
  await store.close();

  const bytes = [path, `${path}-wal`].reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  return {
    articles: count,
    insertRate,
    lsh: percentiles(lshTimes),
    lexical: percentiles(lexicalTimes),
    queries,
    bytesPerArticle: bytes / count,
  };
}

function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Zipf-like: word i is drawn with weight 1/(i+1), so a few words are common and most are rare. */
function syntheticText(n: number, vocabulary: string[], random: () => number): string {
  const words: string[] = [`Report ${n}:`];
  let length = words[0]!.length;
  const harmonic = Math.log(vocabulary.length) + 0.5772;
  while (length < 2_000) {
    const rank = Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * harmonic)) - 1);
    const word = vocabulary[Math.max(0, rank)]!;
    words.push(word);
    length += word.length + 1;
  }
  return `${words.join(" ")}.`;
}

/** A pronounceable made-up word per index, so full-text tokens are realistic but invented. */
function wordFor(index: number): string {
  const syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "fi", "nex", "po", "bra", "qui", "zan", "te", "mor"];
  let word = "";
  let rest = index + 16;
  while (rest > 0) {
    word += syllables[rest % 16];
    rest = Math.floor(rest / 16);
  }
  return word;
}

/** Mulberry32: a small fast generator, seeded so runs are comparable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
