/**
 * Corpus: source retrieval, derivation edges and story clustering, scored against a corpus
 * generated from real articles with known truth (eval/corpus). Reported on the test split; the
 * pipeline's thresholds are chosen on the dev split (eval/corpus/tune.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDefaultEncoder } from "../../src/encoder/index.js";
import { openSqliteStore } from "../../src/store/index.js";
import { buildCorpus, keysInSplit, type Corpus } from "../corpus/build.js";
import { bCubed, edgeScores, recallAtK, tiedMisses } from "../corpus/metrics.js";
import { ingestCorpus, predictEdges, rankSources } from "../corpus/pipeline.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

const DATASET = "corpus";
const SEED = 1;
const FULL = { stories: 300, unrelated: 1000, verified: 150 };
const SAMPLE = { stories: 30, unrelated: 60, verified: 15 };

export const corpusTask: Task = {
  name: DATASET,
  async run(context: TaskContext): Promise<ResultEntry[]> {
    const size = context.sample ? SAMPLE : FULL;
    const corpus = buildCorpus({ seed: SEED, stories: size.stories, unrelated: size.unrelated, maxChainDepth: 3 });
    context.log(`${DATASET}: ${corpus.articles.length} articles in ${new Set(corpus.truth.storyOf.values()).size} stories`);
    return evaluateCorpus(corpus, size.verified, context);
  },
};

/** Ingests the whole corpus (both splits, as a live store holds everything) and scores the test split. */
export async function evaluateCorpus(corpus: Corpus, verifiedCount: number, context: TaskContext): Promise<ResultEntry[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-eval-corpus-"));
  const store = await openSqliteStore(path.join(folder, "corpus.db"));
  try {
    const ingested = await ingestCorpus(store, corpus.articles);
    context.log(`${DATASET}: ingested in ${ingested.seconds.toFixed(1)} s`);
    const test = keysInSplit(corpus, "test");
    const derived = [...test].filter((key) => corpus.truth.sourceOf.get(key));
    const ranked = await rankSources(store, ingested, derived, { limit: 5 });
    const verifiedKeys = derived.slice(0, verifiedCount);
    const verified = await rankSources(store, ingested, verifiedKeys, { limit: 3, verifyWith: await loadDefaultEncoder() });
    const edges = edgeScores(await predictEdges(store, ingested, test), corpus.truth, test);
    const clusters = bCubed(restrict(ingested.storyOf, test), restrict(corpus.truth.storyOf, test));
    const entry = (metric: string, value: number, target: number | null = null): ResultEntry => ({ dataset: DATASET, metric, value, target });
    return [
      entry("test-articles", test.size),
      entry("test-derived-articles", derived.length),
      entry("sources-recall@1-candidates", recallAtK(ranked, corpus.truth, 1, test), 0.95),
      entry("sources-recall@1-misses-exact-ties", tiedMisses(ranked, corpus.truth, new Map(corpus.articles.map((article) => [article.key, article.text])), test)),
      entry("sources-recall@5-candidates", recallAtK(ranked, corpus.truth, 5, test)),
      entry(`sources-recall@1-verified (${verifiedKeys.length} articles)`, recallAtK(verified, corpus.truth, 1, new Set(verifiedKeys)), 0.95),
      entry("edges-precision", edges.precision),
      entry("edges-recall", edges.recall),
      entry("edges-direction-correct", edges.directionAccuracy, 0.9),
      entry("stories-bcubed-precision", clusters.precision),
      entry("stories-bcubed-recall", clusters.recall),
      entry("stories-bcubed-f1", clusters.f1, 0.9),
      entry("ingest-articles-per-second", corpus.articles.length / ingested.seconds),
    ];
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function restrict(map: ReadonlyMap<string, string>, keys: ReadonlySet<string>): Map<string, string> {
  return new Map([...map].filter(([key]) => keys.has(key)));
}
