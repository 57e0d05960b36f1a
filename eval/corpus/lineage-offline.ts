/**
 * `npx tsx eval/corpus/lineage-offline.ts DUMP.json`: measures parent choice offline on a dump
 * written by eval/corpus/dump-candidates.ts (dev split): source recall@1 and @5 when the dumped
 * candidates are ranked by `parentScores` over a grid of lineage weights, and derivation edge
 * precision and recall for the same weights. No re-ingest, so a grid takes seconds.
 *
 * Also measures a sentence-aware variant that was tried and rejected: a candidate's extra phrases
 * count against it only in its sentences the article keeps, and weigh `droppedWeight` times as much
 * in sentences the article left out. The misses of the shipped scores are broken down by what was
 * ranked first (sibling, grandparent, other) and by whether the article can tell the two apart at all.
 */
import { readFileSync } from "node:fs";
import { lineageDefaults, parentScores, phrasesBySentence, sentencePhrases, type LineageWeights } from "../../src/lineage/index.js";
import type { StoredArticle } from "../../src/store/index.js";
import { derivationDefaults, deriveEdges } from "../../src/stories/derivation.js";
import { createShingleContainment } from "../../src/stories/shingles.js";
import type { CorpusTruth } from "./build.js";
import { edgeScores, type Edge } from "./metrics.js";

interface DumpCandidate { key: string; id: number; published?: string; text: string; coverage: number }
interface DumpQuery { key: string; parent: string; text: string; candidates: DumpCandidate[] }
interface Dump {
  keys: string[];
  queries: DumpQuery[];
  stories: { members: (StoredArticle & { key: string })[] }[];
  truth: { sourceOf: [string, string | null][]; storyOf: [string, string][] };
}

const MIN_COVERAGE = 0.4;
const dump = JSON.parse(readFileSync(process.argv[2] ?? "/tmp/candidates-dev.json", "utf8")) as Dump;
const truth: CorpusTruth = { sourceOf: new Map(dump.truth.sourceOf), storyOf: new Map(dump.truth.storyOf) };
const keys = new Set(dump.keys);
const phrasesOf = new Map<string, Uint32Array>();
const phrases = (text: string) => {
  let set = phrasesOf.get(text);
  if (!set) phrasesOf.set(text, (set = sentencePhrases(text)));
  return set;
};

type Scorer = (article: string, candidates: readonly string[]) => number[];

const shippedScorer =
  (weights: LineageWeights): Scorer =>
  (article, candidates) =>
    parentScores(phrases(article), candidates.map(phrases), weights);

/** Each query's related candidates, best first by `scorer`, ties broken as src/corpus does. */
function rankAll(scorer: Scorer): { query: DumpQuery; ranked: DumpCandidate[] }[] {
  return dump.queries.map((query) => {
    const related = query.candidates.filter((candidate) => candidate.coverage >= MIN_COVERAGE);
    const scores = scorer(query.text, related.map((candidate) => candidate.text));
    const ranked = related
      .map((candidate, i) => ({ candidate, score: scores[i]! }))
      .sort((a, b) => b.score - a.score || (b.candidate.published ?? "").localeCompare(a.candidate.published ?? "") || b.candidate.id - a.candidate.id)
      .map(({ candidate }) => candidate);
    return { query, ranked };
  });
}

function sourceRecall(scorer: Scorer): { at1: number; at5: number } {
  let at1 = 0;
  let at5 = 0;
  for (const { query, ranked } of rankAll(scorer)) {
    if (ranked[0]?.key === query.parent) at1++;
    if (ranked.slice(0, 5).some((candidate) => candidate.key === query.parent)) at5++;
  }
  return { at1: at1 / dump.queries.length, at5: at5 / dump.queries.length };
}

// Phrases per sentence as src/lineage splits them; the rejected variant itself stays out of src.
const sentencesOf = new Map<string, Uint32Array[]>();
const sentenceSets = (text: string) => {
  let sets = sentencesOf.get(text);
  if (!sets) sentencesOf.set(text, (sets = phrasesBySentence(text).filter((set) => set.length > 0)));
  return sets;
};

/**
 * The rejected variant: as `parentScores`, but a candidate sentence sharing less than `keepShare`
 * of its phrases with the article counts as dropped, and its extra phrases (own changes included)
 * weigh `droppedWeight` instead of 1.
 */
const sentenceAwareScorer =
  (weights: LineageWeights, keepShare: number, droppedWeight: number): Scorer =>
  (article, candidates) => {
    const articleSet = new Set(phrases(article));
    if (articleSet.size === 0) return candidates.map(() => 0);
    const holders = new Map<number, number>();
    for (const text of candidates) for (const phrase of phrases(text)) if (!articleSet.has(phrase)) holders.set(phrase, (holders.get(phrase) ?? 0) + 1);
    return candidates.map((text) => {
      const kept = new Set<number>();
      for (const sentence of sentenceSets(text)) {
        const shared = sentence.filter((phrase) => articleSet.has(phrase)).length;
        if (shared / sentence.length >= keepShare) for (const phrase of sentence) kept.add(phrase);
      }
      let shared = 0;
      let extra = 0;
      let own = 0;
      for (const phrase of phrases(text)) {
        if (articleSet.has(phrase)) shared++;
        else {
          const weight = kept.has(phrase) ? 1 : droppedWeight;
          extra += weight;
          if (holders.get(phrase) === 1) own += weight;
        }
      }
      const score = (shared - weights.extraWeight * extra - weights.ownChangeWeight * own) / articleSet.size;
      return score >= 0 ? score : score / (1 - score);
    });
  };

/** How `candidate` is related to the query's true parent, seen from the query. */
function relationToParent(candidate: string, parent: string): string {
  if (truth.sourceOf.get(parent) === candidate) return "grandparent";
  if (truth.sourceOf.get(candidate) === parent) return "sibling";
  return "other";
}

/** What the shipped scores rank first when they miss, and how often the article shares exactly the same phrases with it as with the parent. */
function missBreakdown(): string {
  const counts = new Map<string, number>();
  let indistinguishable = 0;
  for (const { query, ranked } of rankAll(shippedScorer(lineageDefaults))) {
    const top = ranked[0];
    if (!top || top.key === query.parent) continue;
    const relation = relationToParent(top.key, query.parent);
    counts.set(relation, (counts.get(relation) ?? 0) + 1);
    const parent = ranked.find((candidate) => candidate.key === query.parent);
    if (parent && sameSharedPhrases(phrases(query.text), phrases(top.text), phrases(parent.text))) indistinguishable++;
  }
  return `${[...counts].map(([relation, count]) => `${relation} ${count}`).join(", ")}; article shares the same phrases with both: ${indistinguishable}`;
}

function sameSharedPhrases(article: Uint32Array, a: Uint32Array, b: Uint32Array): boolean {
  const inA = new Set(a);
  const inB = new Set(b);
  return article.every((phrase) => inA.has(phrase) === inB.has(phrase));
}

function edges(weights: LineageWeights, creditedParentBonus: number): Edge[] {
  const predicted: Edge[] = [];
  for (const story of dump.stories) {
    const keyOf = new Map(story.members.map((member) => [member.id, member.key]));
    const { edges } = deriveEdges(story.members, createShingleContainment(), { ...derivationDefaults, lineage: weights, creditedParentBonus });
    for (const edge of edges) predicted.push({ source: keyOf.get(edge.from)!, derived: keyOf.get(edge.to)! });
  }
  return predicted;
}

const fixed = (value: number) => value.toFixed(3);
for (const extraWeight of [0, 0.02, 0.05, 0.1]) {
  for (const ownChangeWeight of [0, 0.1, 0.25]) {
    const weights = { extraWeight, ownChangeWeight };
    const { at1, at5 } = sourceRecall(shippedScorer(weights));
    const scores = edgeScores(edges(weights, derivationDefaults.creditedParentBonus), truth, keys);
    console.log(
      `extra ${extraWeight} own ${ownChangeWeight}: sources recall@1 ${fixed(at1)} @5 ${fixed(at5)}; edges P ${fixed(scores.precision)} R ${fixed(scores.recall)} direction ${fixed(scores.directionAccuracy)}`,
    );
  }
}
for (const bonus of [0, 0.02, 0.05, 0.1, 1]) {
  const scores = edgeScores(edges(derivationDefaults.lineage, bonus), truth, keys);
  console.log(`edges, credited parent bonus ${bonus}: P ${fixed(scores.precision)} R ${fixed(scores.recall)}`);
}
console.log(`misses of the shipped scores: ${missBreakdown()}`);
for (const keepShare of [0.1, 0.2, 0.3, 0.5]) {
  for (const droppedWeight of [0, 0.25, 0.5]) {
    const { at1, at5 } = sourceRecall(sentenceAwareScorer(lineageDefaults, keepShare, droppedWeight));
    console.log(`sentence-aware keepShare ${keepShare} droppedWeight ${droppedWeight}: sources recall@1 ${fixed(at1)} @5 ${fixed(at5)}`);
  }
}
