/**
 * The benchmark corpus as one fixed sequence: the real Reuters-21578 and BBC News articles first,
 * then round after round of generated variants of them (bench/corpus/variants.ts). A store of N
 * articles holds the first N distinct texts of the sequence, so a larger store is a smaller one
 * plus more of the sequence, and every process that builds part of it agrees on which part.
 */
import { loadArticles, type SourceArticle } from "../../eval/corpus/articles.js";
import { buildArticleInput, type ArticleFields } from "../../src/ingest/index.js";
import type { ArticleInput } from "../../src/store/index.js";
import { deriveVariant, seededRandom, variantSeed } from "./variants.js";

/** Bump when the sequence changes: it is part of the cache key of every built store. */
export const SEQUENCE_VERSION = "1";

/** Invented outlets the variants are credited to, so outlet fields vary as in a real feed. */
const OUTLETS = ["Harbour Wire", "Lakeside Courier", "Northgate Tribune", "Valley Ledger", "Coastline Daily", "Pinecrest Herald", "Riverbend Post"];
/** Each round of variants is dated this much after the one before (a story retold over days). */
const ROUND_STEP_MS = 50 * 60_000;
const STORED_SALT = 0;
const QUERY_SALT = 1;

/** One article of the sequence and the real article it was made from. */
export interface SequenceItem {
  /** Position among the distinct texts of the sequence (0-based). */
  position: number;
  /** Index of the real article it is, or derives from. */
  sourceIndex: number;
  /** 0 for the real article itself, then 1, 2, ... */
  round: number;
  article: ArticleInput;
}

/** The real articles: Reuters-21578 and BBC News, with the readers' own filters (5+ sentences, no repeats). */
export function loadRealArticles(): SourceArticle[] {
  return loadArticles({ collections: ["reuters", "bbc"] });
}

/** The real article as ingest would read it from a JSON Lines record. */
export function realFields(article: SourceArticle): ArticleFields {
  return {
    text: article.text,
    origin: article.id,
    outlet: article.collection === "reuters" ? "Reuters" : "BBC News",
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { published: article.date } : {}),
  };
}

/** A variant of real article `index`; `salt` separates stored variants from query variants. */
export function variantFields(real: readonly SourceArticle[], index: number, round: number, salt = STORED_SALT): ArticleFields {
  const source = real[index]!;
  const text = deriveVariant(source.text, seededRandom(variantSeed(index, round, salt)));
  const published = source.date ? new Date(Date.parse(source.date) + round * ROUND_STEP_MS).toISOString() : undefined;
  return {
    text,
    origin: `${salt === QUERY_SALT ? "query" : "variant"}:${round}:${source.id}`,
    outlet: OUTLETS[(index + round) % OUTLETS.length]!,
    ...(source.title ? { title: source.title } : {}),
    ...(published ? { published } : {}),
  };
}

/**
 * The first `count` distinct texts of the sequence (same content hash = same text, as the store
 * sees it), from position `from`. Every position before `from` is generated too, since which
 * texts are distinct depends on all of them; generating is cheap next to ingesting.
 */
export function* corpusSequence(real: readonly SourceArticle[], from: number, count: number): Generator<SequenceItem> {
  const seen = new Set<string>();
  let position = 0;
  const end = from + count;
  for (let round = 0; position < end; round++) {
    for (let index = 0; index < real.length && position < end; index++) {
      const fields = round === 0 ? realFields(real[index]!) : variantFields(real, index, round);
      const article = buildArticleInput(fields);
      // The first 16 hex digits (64 bits) keep a million hashes small and collisions out of reach.
      const key = article.contentHash.slice(0, 16);
      if (seen.has(key)) continue;
      seen.add(key);
      if (position >= from) yield { position, sourceIndex: index, round, article };
      position++;
    }
  }
}

/** A held-out query: a fresh variant of a real article that the store holds. */
export interface QueryArticle {
  sourceIndex: number;
  article: ArticleInput;
}

/**
 * `count` query articles, each a variant (with its own random stream, so not one of the stored
 * variants) of a real article among the store's first `storeSize` positions, spread evenly.
 */
export function queryArticles(real: readonly SourceArticle[], storeSize: number, count: number): QueryArticle[] {
  const pool = Math.min(real.length, storeSize);
  return Array.from({ length: count }, (_, i) => {
    const sourceIndex = Math.floor(((i + 0.5) * pool) / count);
    return { sourceIndex, article: buildArticleInput(variantFields(real, sourceIndex, 1, QUERY_SALT)) };
  });
}
