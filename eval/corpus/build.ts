/**
 * Builds a labelled corpus from real articles: stories made of one original report and 1-6
 * rewrites of it (and rewrites of rewrites), plus unrelated real articles, each with an outlet
 * and a publication time. The truth says which article each one was made from and which story
 * it belongs to. Everything follows from the seed.
 */
import { stableHash } from "../sample.js";
import { loadArticles, type SourceArticle } from "./articles.js";
import { namePoolOf } from "./names.js";
import { swapSynonyms } from "./paraphrase.js";
import { perturb, type AppliedOp, type RewriteKind } from "./perturb.js";
import { createRandom, type Random } from "./random.js";
import { parseDoc, renderDoc } from "./sentences.js";

/** An article as the pipeline under test receives it; `key` says nothing about the truth. */
export interface CorpusArticle {
  key: string;
  text: string;
  title?: string;
  outlet: string;
  /** ISO 8601 date-time. */
  published: string;
  url?: string;
}

export interface CorpusTruth {
  /** The article each one was made from; null for an original report or an unrelated article. */
  sourceOf: Map<string, string | null>;
  /** The story of each article ("story-0007"). */
  storyOf: Map<string, string>;
}

/** How a derived article was made. */
export interface Derivation {
  parent: string;
  kind: RewriteKind;
  ops: AppliedOp[];
  /** 1 for a rewrite of the original, 2 for a rewrite of that, ... */
  depth: number;
}

export type Split = "dev" | "test";

export interface BuildOptions {
  seed: number;
  /** Stories with an original and derived articles. */
  stories: number;
  /** Unrelated articles, each a story of its own. */
  unrelated: number;
  /** 1: every derived article copies the original; 2: rewrites of rewrites too; ... */
  maxChainDepth: number;
  /** Derived articles per story, inclusive; default [1, 6]. */
  derivedPerStory?: [number, number];
  /** The real articles to draw from; default {@link loadArticles}() (the shared data folder). */
  pool?: readonly SourceArticle[];
  /** Share of stories in the dev split; default 0.5. */
  devShare?: number;
  /** Original reports are spread over `spanDays` days from `start`; defaults 2024-03-01, 30 days. */
  start?: string;
  spanDays?: number;
}

export interface Corpus {
  /** Sorted by publication time, then key: the order a live feed would deliver them in. */
  articles: CorpusArticle[];
  truth: CorpusTruth;
  derivations: Map<string, Derivation>;
  /** Dev (tune thresholds here) or test (report here), per story id. */
  splitOf: Map<string, Split>;
  /** The real article each corpus article started from (`SourceArticle.id`). */
  originOf: Map<string, string>;
}

/** Invented outlets: wires publish the original reports, the others rewrite them. */
export const WIRE_OUTLETS = ["Wire A", "Wire B", "Wire C", "Wire D"];
export const REWRITE_OUTLETS = [
  "Northfield Courier",
  "Harbor Daily",
  "The Lakeside Post",
  "Metro Ledger",
  "Valley Sentinel",
  "Capital Dispatch",
  "Riverside Herald",
  "Coastline Times",
  "Summit Gazette",
  "Eastgate Observer",
  "Prairie Chronicle",
  "Pinecrest News",
  "Bayview Tribune",
  "Granite Reporter",
  "Ironbridge Mail",
  "Westmoor Express",
];

const KIND_WEIGHTS: readonly [RewriteKind, number][] = [
  ["near-copy", 0.3],
  ["rewrite", 0.45],
  ["heavy-rewrite", 0.25],
];

const MINUTE = 60_000;

/** Articles sharing this share of the smaller one's word 5-grams are too close to be unrelated. */
const NEAR_DUPLICATE_CONTAINMENT = 0.2;

function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) set.add(stableHash(words.slice(i, i + 5).join(" ")));
  return set;
}

/**
 * The articles in shuffled order, leaving out any that shares too many word 5-grams with one kept
 * before it (Reuters sent corrected and updated versions of a story: they are not unrelated).
 */
function selectDistinct(pool: readonly SourceArticle[], count: number, rng: Random): SourceArticle[] {
  const chosen: SourceArticle[] = [];
  const sizes: number[] = [];
  const postings = new Map<number, number[]>();
  for (const article of rng.shuffle(pool)) {
    if (chosen.length === count) break;
    const own = shingles(article.text);
    if (own.size === 0) continue;
    const shared = new Map<number, number>();
    for (const shingle of own) for (const other of postings.get(shingle) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const tooClose = [...shared].some(([other, n]) => n / Math.min(own.size, sizes[other]!) >= NEAR_DUPLICATE_CONTAINMENT);
    if (tooClose) continue;
    const id = chosen.length;
    chosen.push(article);
    sizes.push(own.size);
    for (const shingle of own) {
      const list = postings.get(shingle);
      if (list === undefined) postings.set(shingle, [id]);
      else list.push(id);
    }
  }
  if (chosen.length < count) throw new Error(`corpus: asked for ${count} distinct articles, the pool gives ${chosen.length}`);
  return chosen;
}

function drawKind(rng: Random): RewriteKind {
  let roll = rng.next();
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "rewrite";
}

/** A paraphrased headline; one in capitals (Reuters) is paraphrased in lower case and put back in capitals. */
function paraphraseTitle(title: string, rng: Random): string {
  if (/[a-z]/.test(title)) return swapSynonyms(title, rng, 0.3).text;
  return swapSynonyms(title.toLowerCase(), rng, 0.3).text.toUpperCase();
}

function slug(outlet: string): string {
  return outlet.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Stable story split: the same story lands in the same split for the same seed. */
export function splitOfStory(storyId: string, seed: number, devShare = 0.5): Split {
  return stableHash(`${seed}:split:${storyId}`) / 2 ** 32 < devShare ? "dev" : "test";
}

/** Keys of the articles whose story is in `split`. */
export function keysInSplit(corpus: Corpus, split: Split): Set<string> {
  const keys = new Set<string>();
  for (const [key, story] of corpus.truth.storyOf) if (corpus.splitOf.get(story) === split) keys.add(key);
  return keys;
}

interface Draft {
  key: string;
  story: string;
  text: string;
  title?: string;
  outlet: string;
  time: number;
  origin: string;
  depth: number;
}

/** Build a corpus; see {@link BuildOptions}. */
export function buildCorpus(options: BuildOptions): Corpus {
  const { seed, stories, unrelated, maxChainDepth } = options;
  if (maxChainDepth < 1) throw new Error("corpus: maxChainDepth must be at least 1");
  const [minDerived, maxDerived] = options.derivedPerStory ?? [1, 6];
  const rng = createRandom(seed);
  const pool = options.pool ?? loadArticles();
  const chosen = selectDistinct(pool, stories + unrelated, rng.fork("select"));
  const namePool = namePoolOf(chosen.map((article) => article.text));
  const start = Date.parse(options.start ?? "2024-03-01T00:00:00Z");
  const span = (options.spanDays ?? 30) * 24 * 60;

  const usedKeys = new Set<string>();
  const newKey = (label: string): string => {
    let key = `a${stableHash(`${seed}:key:${label}`).toString(16).padStart(8, "0")}`;
    for (let n = 2; usedKeys.has(key); n++) key = `a${stableHash(`${seed}:key:${label}:${n}`).toString(16).padStart(8, "0")}`;
    usedKeys.add(key);
    return key;
  };

  const drafts: Draft[] = [];
  const derivations = new Map<string, Derivation>();
  const texts = new Set<string>();

  chosen.forEach((article, index) => {
    const storyRng = rng.fork(`story:${index}`);
    const story = `story-${String(index + 1).padStart(4, "0")}`;
    const isStory = index < stories;
    const root: Draft = {
      key: newKey(`${index}:0`),
      story,
      // Rendered like the rewrites, so paragraph spacing does not tell originals apart.
      text: renderDoc(parseDoc(article.text)),
      ...(article.title === undefined ? {} : { title: article.title }),
      outlet: isStory ? storyRng.pick(WIRE_OUTLETS) : storyRng.pick([...WIRE_OUTLETS, ...REWRITE_OUTLETS]),
      time: start + storyRng.int(0, span) * MINUTE,
      origin: article.id,
      depth: 0,
    };
    drafts.push(root);
    texts.add(root.text);
    if (!isStory) return;

    const members: Draft[] = [root];
    const derivedCount = storyRng.int(minDerived, maxDerived);
    for (let n = 1; n <= derivedCount; n++) {
      const eligible = members.filter((member) => member.depth < maxChainDepth);
      const parent = storyRng.chance(0.5) || eligible.length === 1 ? root : storyRng.pick(eligible.slice(1));
      const used = new Set(members.map((member) => member.outlet));
      const outlets = REWRITE_OUTLETS.filter((outlet) => !used.has(outlet));
      const kind = drawKind(storyRng);
      // A rewrite identical to a text already in the corpus would be one article to the store.
      let rewrite = perturb(parent.text, kind, storyRng, { namePool, agency: root.outlet });
      for (let attempt = 0; texts.has(rewrite.text) && attempt < 3; attempt++) {
        rewrite = perturb(parent.text, kind, storyRng, { namePool, agency: root.outlet });
      }
      if (texts.has(rewrite.text)) continue;
      texts.add(rewrite.text);
      const title =
        parent.title === undefined
          ? undefined
          : kind === "near-copy"
            ? parent.title
            : paraphraseTitle(parent.title, storyRng);
      const draft: Draft = {
        key: newKey(`${index}:${n}`),
        story,
        text: rewrite.text,
        ...(title === undefined ? {} : { title }),
        outlet: storyRng.pick(outlets.length > 0 ? outlets : REWRITE_OUTLETS),
        time: parent.time + storyRng.int(10, 720) * MINUTE,
        origin: article.id,
        depth: parent.depth + 1,
      };
      members.push(draft);
      drafts.push(draft);
      derivations.set(draft.key, { parent: parent.key, kind, ops: rewrite.ops, depth: draft.depth });
    }
  });

  drafts.sort((a, b) => a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const truth: CorpusTruth = { sourceOf: new Map(), storyOf: new Map() };
  const splitOf = new Map<string, Split>();
  const originOf = new Map<string, string>();
  const articles = drafts.map((draft): CorpusArticle => {
    truth.sourceOf.set(draft.key, derivations.get(draft.key)?.parent ?? null);
    truth.storyOf.set(draft.key, draft.story);
    splitOf.set(draft.story, splitOfStory(draft.story, seed, options.devShare));
    originOf.set(draft.key, draft.origin);
    const published = new Date(draft.time).toISOString();
    return {
      key: draft.key,
      text: draft.text,
      ...(draft.title === undefined ? {} : { title: draft.title }),
      outlet: draft.outlet,
      published,
      url: `https://${slug(draft.outlet)}.example/${published.slice(0, 10).replace(/-/g, "/")}/${draft.key}`,
    };
  });
  return { articles, truth, derivations, splitOf, originOf };
}
