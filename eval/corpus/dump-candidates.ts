/**
 * `npx tsx eval/corpus/dump-candidates.ts OUT.json [dev|test]`: ingests the generated corpus once and
 * writes, for each derived article of the split, its fetched candidates (texts and index scores)
 * and the truth, plus each story's members, so ranking ideas can be measured offline
 * (eval/corpus/lineage-offline.ts) without re-ingesting.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { candidateDefaults } from "../../src/corpus/index.js";
import { findCandidates } from "../../src/corpus/candidates.js";
import { articleFeatures } from "../../src/corpus/features.js";
import { openSqliteStore } from "../../src/store/index.js";
import { buildCorpus, keysInSplit, type Split } from "./build.js";
import { ingestCorpus } from "./pipeline.js";

const out = process.argv[2] ?? "/tmp/candidates-dev.json";
const split = (process.argv[3] ?? "dev") as Split;
const corpus = buildCorpus({ seed: 1, stories: 300, unrelated: 1000, maxChainDepth: 3 });
const keys = keysInSplit(corpus, split);
const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-dump-"));
try {
  const store = await openSqliteStore(path.join(folder, "corpus.db"));
  const ingested = await ingestCorpus(store, corpus.articles);
  const queries = [];
  for (const key of keys) {
    const parent = corpus.truth.sourceOf.get(key);
    if (!parent) continue;
    const id = ingested.idOf.get(key)!;
    const article = (await store.getArticle(id))!;
    const features = await articleFeatures(article.text, null);
    const candidates = await findCandidates(store, features, {
      ...(article.published ? { window: { to: article.published } } : {}),
      exclude: await store.versions(id),
      settings: { ...candidateDefaults, minCoverage: 0 },
    });
    queries.push({
      key,
      parent,
      text: article.text,
      published: article.published,
      candidates: candidates.map((c) => ({
        key: ingested.keyOf.get(c.article.id),
        id: c.article.id,
        published: c.article.published,
        text: c.article.text,
        coverage: c.coverage,
        reverse: c.reverse,
        jaccard: c.jaccard,
      })),
    });
  }
  const stories = [];
  const storyIds = new Set<number>();
  for (const key of keys) {
    const story = Number(ingested.storyOf.get(key));
    if (Number.isInteger(story)) storyIds.add(story);
  }
  for (const storyId of storyIds) {
    const summary = await store.getStory(storyId);
    if (!summary || summary.size < 2) continue;
    stories.push({ summary, members: (await store.storyMembers(storyId)).map((m) => ({ ...m, key: ingested.keyOf.get(m.id) })) });
  }
  const truth = { sourceOf: [...corpus.truth.sourceOf], storyOf: [...corpus.truth.storyOf], derivations: [...corpus.derivations] };
  writeFileSync(out, JSON.stringify({ split, keys: [...keys], queries, stories, truth }));
  console.log(`${queries.length} queries, ${stories.length} stories -> ${out}`);
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
