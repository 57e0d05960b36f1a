/**
 * `npx tsx eval/corpus/semantic-route.ts [dev|test]`: what the document-vector candidate route adds.
 * Ingests the generated corpus with document vectors (slow: the encoder runs on every sentence),
 * then ranks each derived article's candidates with and without its vector, and prints recall@1
 * and recall@5 both ways, with how many true parents only the vector route brought in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findCandidates } from "../../src/corpus/candidates.js";
import { articleFeatures } from "../../src/corpus/features.js";
import { loadDefaultEncoder } from "../../src/encoder/index.js";
import { openSqliteStore } from "../../src/store/index.js";
import { buildCorpus, keysInSplit, type Split } from "./build.js";
import { ingestCorpus } from "./pipeline.js";

const split = (process.argv[2] ?? "dev") as Split;
const corpus = buildCorpus({ seed: 1, stories: 300, unrelated: 1000, maxChainDepth: 3 });
const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-semantic-"));
try {
  const store = await openSqliteStore(path.join(folder, "corpus.db"));
  const encoder = await loadDefaultEncoder();
  const ingested = await ingestCorpus(store, corpus.articles, { vectorsWith: encoder });
  console.log(`ingested ${ingested.idOf.size} articles with vectors in ${ingested.seconds.toFixed(0)} s`);
  const tally = { queries: 0, at1: [0, 0], at5: [0, 0], onlyByVector: 0 };
  for (const key of keysInSplit(corpus, split)) {
    const parent = corpus.truth.sourceOf.get(key);
    const id = ingested.idOf.get(key);
    if (!parent || id === undefined) continue;
    const article = (await store.getArticle(id))!;
    const features = await articleFeatures(article.text, null);
    const options = { ...(article.published ? { window: { to: article.published } } : {}), exclude: await store.versions(id) };
    const without = await findCandidates(store, features, options);
    const vector = (await store.vectors([id])).get(id);
    const withVector = await findCandidates(store, { ...features, index: { ...features.index, ...(vector ? { vector } : {}) } }, options);
    tally.queries++;
    for (const [i, ranked] of [without, withVector].entries()) {
      const keys = ranked.map((candidate) => ingested.keyOf.get(candidate.article.id));
      if (keys[0] === parent) tally.at1[i]!++;
      if (keys.slice(0, 5).includes(parent)) tally.at5[i]!++;
    }
    const found = (ranked: typeof without) => ranked.some((candidate) => ingested.keyOf.get(candidate.article.id) === parent);
    if (found(withVector) && !found(without)) tally.onlyByVector++;
  }
  const share = (n: number) => (n / tally.queries).toFixed(3);
  console.log(`${split}: ${tally.queries} derived articles`);
  console.log(`recall@1 without / with the vector route: ${share(tally.at1[0]!)} / ${share(tally.at1[1]!)}`);
  console.log(`recall@5 without / with the vector route: ${share(tally.at5[0]!)} / ${share(tally.at5[1]!)}`);
  console.log(`true parents only the vector route found: ${tally.onlyByVector}`);
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
