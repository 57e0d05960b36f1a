/**
 * `npx tsx eval/corpus/lineage-offline.ts DUMP.json`: measures parent choice offline on a dump
 * written by eval/corpus/dump-candidates.ts (dev split): source recall@1 and @5 when the dumped
 * candidates are ranked by `parentScores` over a grid of lineage weights, and derivation edge
 * precision and recall for the same weights. No re-ingest, so a grid takes seconds.
 */
import { readFileSync } from "node:fs";
import { parentScores, sentencePhrases, type LineageWeights } from "../../src/lineage/index.js";
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

function sourceRecall(weights: LineageWeights): { at1: number; at5: number } {
  let at1 = 0;
  let at5 = 0;
  for (const query of dump.queries) {
    const related = query.candidates.filter((candidate) => candidate.coverage >= MIN_COVERAGE);
    const scores = parentScores(phrases(query.text), related.map((candidate) => phrases(candidate.text)), weights);
    const ranked = related
      .map((candidate, i) => ({ candidate, score: scores[i]! }))
      .sort((a, b) => b.score - a.score || (b.candidate.published ?? "").localeCompare(a.candidate.published ?? "") || b.candidate.id - a.candidate.id)
      .map(({ candidate }) => candidate.key);
    if (ranked[0] === query.parent) at1++;
    if (ranked.slice(0, 5).includes(query.parent)) at5++;
  }
  return { at1: at1 / dump.queries.length, at5: at5 / dump.queries.length };
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
    const { at1, at5 } = sourceRecall(weights);
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
