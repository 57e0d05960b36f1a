/**
 * `npx tsx eval/corpus/tune.ts`: chooses the corpus pipeline's settings on the DEV split of the
 * generated corpus (the eval reports the test split). Prints recall@1 of source ranking for a
 * grid of candidate weights, edge scores for a grid of derivation thresholds, and B-cubed F1 for
 * story join thresholds and the event route's settings. Copy the chosen values into the defaults by hand, with the figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { candidateDefaults, storyDefaults } from "../../src/corpus/index.js";
import { openSqliteStore } from "../../src/store/index.js";
import { derivationDefaults } from "../../src/stories/index.js";
import { buildCorpus, keysInSplit } from "./build.js";
import { bCubed, edgeScores, recallAtK } from "./metrics.js";
import { ingestCorpus, predictEdges, rankSources } from "./pipeline.js";

const corpus = buildCorpus({ seed: 1, stories: 300, unrelated: 1000, maxChainDepth: 3 });
const dev = keysInSplit(corpus, "dev");
const derived = [...dev].filter((key) => corpus.truth.sourceOf.get(key));
const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-tune-"));

try {
  for (const joinOverlap of [0.6, 0.5, 0.7]) {
    const store = await openSqliteStore(path.join(folder, `stories-${joinOverlap}.db`));
    const ingested = await ingestCorpus(store, corpus.articles, { stories: { ...storyDefaults, joinOverlap } });
    const clusters = bCubed(restrict(ingested.storyOf, dev), restrict(corpus.truth.storyOf, dev));
    console.log(`stories joinOverlap ${joinOverlap}: B-cubed P ${clusters.precision.toFixed(3)} R ${clusters.recall.toFixed(3)} F1 ${clusters.f1.toFixed(3)}`);
    if (joinOverlap !== storyDefaults.joinOverlap) {
      await store.close();
      continue;
    }
    // A finer grid of the lineage weights runs offline in seconds: eval/corpus/lineage-offline.ts.
    for (const extraWeight of [0, 0.02, 0.05]) {
      for (const ownChangeWeight of [0, 0.1, 0.25]) {
        const settings = { ...candidateDefaults, lineage: { extraWeight, ownChangeWeight } };
        const ranked = await rankSources(store, ingested, derived, { limit: 5, settings });
        const recall = (k: number) => recallAtK(ranked, corpus.truth, k, dev).toFixed(3);
        console.log(`sources lineage extra ${extraWeight} own ${ownChangeWeight}: recall@1 ${recall(1)} @5 ${recall(5)}`);
      }
    }
    for (const minConfidence of [0.2, 0.3, 0.4]) {
      for (const minContainment of [0.1, 0.15, 0.25]) {
        const edges = edgeScores(await predictEdges(store, ingested, dev, { ...derivationDefaults, minConfidence, minContainment }), corpus.truth, dev);
        console.log(`edges minConfidence ${minConfidence} minContainment ${minContainment}: P ${edges.precision.toFixed(3)} R ${edges.recall.toFixed(3)} direction ${edges.directionAccuracy.toFixed(3)}`);
      }
    }
    await store.close();
  }
  // The event route (independent reports of one event) on top of the default word overlap.
  for (const eventWindowDays of [0, 1, 2]) {
    for (const eventMinShared of eventWindowDays === 0 ? [storyDefaults.eventMinShared] : [4, 5]) {
      for (const eventMinShare of eventWindowDays === 0 ? [storyDefaults.eventMinShare] : [0.25, 0.3, 0.35]) {
        const stories = { ...storyDefaults, eventWindowDays, eventMinShared, eventMinShare };
        const store = await openSqliteStore(path.join(folder, `event-${eventWindowDays}-${eventMinShared}-${eventMinShare}.db`));
        const ingested = await ingestCorpus(store, corpus.articles, { stories });
        const clusters = bCubed(restrict(ingested.storyOf, dev), restrict(corpus.truth.storyOf, dev));
        console.log(
          `stories event window ${eventWindowDays} minShared ${eventMinShared} minShare ${eventMinShare}: B-cubed P ${clusters.precision.toFixed(3)} R ${clusters.recall.toFixed(3)} F1 ${clusters.f1.toFixed(3)}`,
        );
        await store.close();
      }
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function restrict(map: ReadonlyMap<string, string>, keys: ReadonlySet<string>): Map<string, string> {
  return new Map([...map].filter(([key]) => keys.has(key)));
}
