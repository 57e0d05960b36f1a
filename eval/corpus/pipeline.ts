/**
 * Runs wiretrace's corpus pipeline over a generated corpus and collects what it predicts, keyed
 * by the corpus's own article keys: the story of each article, its ranked sources, and the
 * derivation edges of every story. Nothing here looks at the truth.
 */
import { ingestArticles, findSources, storedTarget, type CandidateSettings, type StorySettings } from "../../src/corpus/index.js";
import type { Encoder } from "../../src/encoder/index.js";
import { buildArticleInput, type IngestItem } from "../../src/ingest/index.js";
import type { Store } from "../../src/store/index.js";
import { buildStoryGraph, type DerivationSettings } from "../../src/stories/index.js";
import type { CorpusArticle } from "./build.js";
import type { Edge } from "./metrics.js";

export interface PipelineSettings {
  stories?: StorySettings;
  /** Store a document vector per article (slow), for the semantic candidate route. */
  vectorsWith?: Encoder;
  candidates?: CandidateSettings;
  derivation?: Partial<DerivationSettings>;
}

export interface Ingested {
  idOf: Map<string, number>;
  keyOf: Map<number, string>;
  storyOf: Map<string, string>;
  seconds: number;
  rejected: number;
}

/** Ingests the corpus in publication order, as a live feed would deliver it. */
export async function ingestCorpus(store: Store, articles: readonly CorpusArticle[], settings: PipelineSettings = {}): Promise<Ingested> {
  const idOf = new Map<string, number>();
  const keyOf = new Map<number, string>();
  const items: IngestItem[] = articles.map((article) => ({ ok: true, article: buildArticleInput({ ...article, origin: article.key }) }));
  const started = performance.now();
  const summary = await ingestArticles(store, items, {
    ...(settings.stories ? { stories: settings.stories } : {}),
    ...(settings.vectorsWith ? { encoder: settings.vectorsWith } : {}),
    onItem: (outcome) => {
      if (outcome.status === "rejected") return;
      idOf.set(outcome.origin, outcome.id);
      keyOf.set(outcome.id, outcome.origin);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const storyOf = new Map<string, string>();
  for (const [key, id] of idOf) storyOf.set(key, String((await store.getArticle(id))?.storyId ?? `none-${key}`));
  return { idOf, keyOf, storyOf, seconds, rejected: summary.rejected.length };
}

/** Ranked source keys for each article in `keys`, from index evidence or, with an encoder, verified. */
export async function rankSources(
  store: Store,
  ingested: Ingested,
  keys: Iterable<string>,
  options: { limit: number; verifyWith?: Encoder; settings?: CandidateSettings },
): Promise<Map<string, string[]>> {
  const ranked = new Map<string, string[]>();
  for (const key of keys) {
    const id = ingested.idOf.get(key);
    const target = id === undefined ? null : await storedTarget(store, id);
    if (!target) continue;
    const matches = await findSources(store, target, {
      limit: options.limit,
      verify: options.verifyWith !== undefined,
      ...(options.verifyWith ? { encoder: options.verifyWith } : {}),
      ...(options.settings ? { settings: options.settings } : {}),
    });
    ranked.set(key, matches.flatMap((match) => ingested.keyOf.get(match.article.id) ?? []));
  }
  return ranked;
}

/** Derivation edges of every predicted story that holds at least one of `keys`. */
export async function predictEdges(
  store: Store,
  ingested: Ingested,
  keys: ReadonlySet<string>,
  derivation?: Partial<DerivationSettings>,
): Promise<Edge[]> {
  const storyIds = new Set<number>();
  for (const key of keys) {
    const story = Number(ingested.storyOf.get(key));
    if (Number.isInteger(story)) storyIds.add(story);
  }
  const edges: Edge[] = [];
  for (const storyId of storyIds) {
    const summary = await store.getStory(storyId);
    if (!summary || summary.size < 2) continue;
    const graph = buildStoryGraph(summary, await store.storyMembers(storyId), derivation ? { derivation } : {});
    for (const edge of graph.edges) {
      const source = ingested.keyOf.get(edge.from);
      const derived = ingested.keyOf.get(edge.to);
      if (source && derived) edges.push({ source, derived });
    }
  }
  return edges;
}
