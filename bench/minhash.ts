/**
 * MinHash speed against the npm packages `minhash` and `bloom-filters` on the same shingles, and
 * LSH recall on real articles against brute-force exact Jaccard.
 * `npx tsx bench/minhash.ts [--articles 2000] [--rounds 3]` prints the table; `bench/run.ts` can call
 * `benchMinhash` instead. Figures only: nothing here passes or fails.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { MinHashFactory as BloomMinHashFactory } from "bloom-filters";
import {
  candidateProbability,
  createMinHasher,
  DEFAULT_BANDING,
  estimateJaccard,
  jaccard,
  LshIndex,
  sketch,
  wordShingles,
} from "../src/sketch/index.js";
import { startLoadWatch } from "./load.js";
import { formatTable, info, judged, type Entry } from "./report.js";
import { median, round } from "./stats.js";
import { seededRandom } from "./corpus/variants.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REUTERS = path.resolve(REPO_ROOT, "../shared/data/reuters21578/reuters21578.jsonl");
const PERMUTATIONS = 128;
const SIMILAR = 0.5;
const DISSIMILAR = 0.2;
/** Issue 3, section 7. */
const TARGETS = { timesMinhashPackage: 10, lshRecall: 0.95 };

// The peers are CommonJS; `minhash` ships no types, so its surface is declared here.
interface PeerMinhash {
  update(value: string): void;
  hashvalues: number[];
}
const require = createRequire(import.meta.url);
const { Minhash } = require("minhash") as { Minhash: new (config: { numPerm: number }) => PeerMinhash };
const { MinHashFactory } = require("bloom-filters") as { MinHashFactory: typeof BloomMinHashFactory };

export interface MinhashBenchOptions {
  /** Article texts; each is shingled once and every implementation signs the same shingles. */
  articles: string[];
  /** Timed rounds; each round runs every implementation in turn, so load hits them alike. */
  rounds?: number;
  /** Each implementation repeats full passes over the articles for at least this long per round. */
  minRoundSeconds?: number;
  /** Seed of the sentence dropping that makes the derived pairs. */
  seed?: number;
}

export interface MinhashBenchResult {
  articles: number;
  meanShingles: number;
  /** Median over rounds of signatures per second; bloom-filters is its faster entry point. */
  signaturesPerSecond: { ours: number; minhash: number; bloomFilters: number; bloomFiltersAdd: number; bloomFiltersBulkLoad: number };
  /** Each implementation's fastest round: less sensitive to other load than the median. */
  bestSignaturesPerSecond: { ours: number; minhash: number; bloomFilters: number };
  ratios: { oursOverMinhash: number; oursOverBloomFilters: number };
  /** From text: shingling + signature + band keys (what ingest pays per article). */
  sketchesPerSecond: number;
  lsh: LshFigures;
  /** Cores other processes kept busy during the timed rounds (see bench/load.ts). */
  otherLoadCores: number;
  entries: Entry[];
  remarks: string[];
}

interface LshFigures {
  /** Article pairs with exact Jaccard >= 0.5 found by brute force, identical ones apart. */
  naturalPairs: number;
  naturalIdenticalPairs: number;
  naturalFound: number;
  /** (article, article with ~30% of its sentences dropped) pairs with exact Jaccard >= 0.5. */
  derivedPairs: number;
  derivedFound: number;
  /** Derived pairs that fell below 0.5 and so are not counted. */
  derivedBelowThreshold: number;
  recall: number;
  /** Recall by exact-Jaccard bin over all counted pairs. */
  recallByBin: { from: number; to: number; pairs: number; found: number }[];
  meanAbsoluteEstimateError: number;
  /** Candidates an article's query returns, on average, other than itself. */
  meanCandidatesPerQuery: number;
  /** Candidate pairs whose exact Jaccard is <= 0.2: the false positives verification must drop. */
  candidatePairs: number;
  candidatePairsAtMostDissimilar: number;
}

/** Signing speed of ours and both peers on the same shingles, then LSH recall on the same articles. */
export async function benchMinhash(options: MinhashBenchOptions): Promise<MinhashBenchResult> {
  const rounds = options.rounds ?? 3;
  const minRoundSeconds = options.minRoundSeconds ?? 0.5;
  const shingleSets = options.articles.map((text) => wordShingles(text));
  const meanShingles = shingleSets.reduce((sum, set) => sum + set.length, 0) / Math.max(shingleSets.length, 1);

  // Inputs in each peer's own form, built before any timing: `minhash` hashes strings, so it gets
  // the decimal form of the same 32-bit shingle hashes; bloom-filters takes plain number arrays.
  const asStrings = shingleSets.map((set) => Array.from(set, String));
  const asNumbers = shingleSets.map((set) => Array.from(set));
  const ours = createMinHasher({ permutations: PERMUTATIONS });
  const bloomFactory = new MinHashFactory(PERMUTATIONS, 2 ** 32 - 1);

  const signers: Record<"ours" | "minhash" | "bloomFiltersAdd" | "bloomFiltersBulkLoad" | "sketch", (i: number) => void> = {
    ours: (i) => ours.signature(shingleSets[i]!),
    // The package has no reset, and each instance draws its permutations: one instance per document.
    minhash: (i) => {
      const signer = new Minhash({ numPerm: PERMUTATIONS });
      for (const shingle of asStrings[i]!) signer.update(shingle);
    },
    bloomFiltersAdd: (i) => {
      const signer = bloomFactory.create();
      for (const shingle of asNumbers[i]!) signer.add(shingle);
    },
    bloomFiltersBulkLoad: (i) => bloomFactory.create().bulkLoad(asNumbers[i]!),
    sketch: (i) => sketch(options.articles[i]!),
  };

  const count = shingleSets.length;
  const warmup = Math.min(count, 200);
  for (const sign of Object.values(signers)) for (let i = 0; i < warmup; i++) sign(i);

  const rates = new Map<string, number[]>(Object.keys(signers).map((name) => [name, []]));
  const load = startLoadWatch();
  const cpuAtStart = process.cpuUsage();
  const timedStart = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const [name, sign] of Object.entries(signers)) {
      let signed = 0;
      const started = performance.now();
      do {
        for (let i = 0; i < count; i++) sign(i);
        signed += count;
      } while (performance.now() - started < minRoundSeconds * 1000);
      rates.get(name)!.push(signed / ((performance.now() - started) / 1000));
    }
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const otherLoadCores = load.otherCores((cpu.user + cpu.system) / 1e6, (performance.now() - timedStart) / 1000);
  const rate = (name: keyof typeof signers) => median(rates.get(name)!);
  const signaturesPerSecond = {
    ours: rate("ours"),
    minhash: rate("minhash"),
    bloomFilters: Math.max(rate("bloomFiltersAdd"), rate("bloomFiltersBulkLoad")),
    bloomFiltersAdd: rate("bloomFiltersAdd"),
    bloomFiltersBulkLoad: rate("bloomFiltersBulkLoad"),
  };
  const best = (name: keyof typeof signers) => Math.max(...rates.get(name)!);
  const bestSignaturesPerSecond = {
    ours: best("ours"),
    minhash: best("minhash"),
    bloomFilters: Math.max(best("bloomFiltersAdd"), best("bloomFiltersBulkLoad")),
  };
  const ratios = {
    oursOverMinhash: signaturesPerSecond.ours / signaturesPerSecond.minhash,
    oursOverBloomFilters: signaturesPerSecond.ours / signaturesPerSecond.bloomFilters,
  };

  const lsh = measureLsh(options.articles, shingleSets, options.seed ?? 1987);
  const result = { articles: count, meanShingles, signaturesPerSecond, bestSignaturesPerSecond, ratios, sketchesPerSecond: rate("sketch"), lsh, otherLoadCores };
  return { ...result, entries: toEntries(result), remarks: remarksFor(result, rounds, minRoundSeconds) };
}

/**
 * LSH recall over two populations: article pairs that are near-duplicates already (found by exact
 * Jaccard over every pair) and pairs made by dropping ~30% of an article's sentences.
 */
function measureLsh(articles: string[], shingleSets: Uint32Array[], seed: number): LshFigures {
  const hasher = createMinHasher({ permutations: PERMUTATIONS });
  const random = seededRandom(seed);
  const derivedSets = articles.map((text) => wordShingles(dropSentences(text, 0.3, random)));
  // Ids 0..n-1 are the articles, n..2n-1 their derived versions: one index holds them all, as a store would.
  const allSets = [...shingleSets, ...derivedSets];
  const signatures = allSets.map((set) => hasher.signature(set));
  const index = new LshIndex(DEFAULT_BANDING);
  signatures.forEach((signature, id) => {
    if (allSets[id]!.length > 0) index.add(id, signature);
  });
  const candidates = signatures.map((signature, id) => (allSets[id]!.length > 0 ? new Set(index.query(signature)) : new Set<number>()));

  const counted: { exact: number; found: boolean; estimate: number }[] = [];
  const record = (a: number, b: number, exact: number) =>
    counted.push({ exact, found: candidates[a]!.has(b), estimate: estimateJaccard(signatures[a]!, signatures[b]!) });

  let naturalIdenticalPairs = 0;
  for (let a = 0; a < shingleSets.length; a++) {
    for (let b = a + 1; b < shingleSets.length; b++) {
      const sizeA = shingleSets[a]!.length;
      const sizeB = shingleSets[b]!.length;
      // |A ∩ B| / |A ∪ B| <= min / max, so pairs of very different sizes cannot reach the threshold.
      if (Math.min(sizeA, sizeB) < SIMILAR * Math.max(sizeA, sizeB)) continue;
      const exact = jaccard(shingleSets[a]!, shingleSets[b]!);
      if (exact < SIMILAR) continue;
      if (exact === 1) naturalIdenticalPairs++;
      record(a, b, exact);
    }
  }
  const naturalPairs = counted.length;
  const naturalFound = counted.filter((pair) => pair.found).length;

  let derivedBelowThreshold = 0;
  const n = shingleSets.length;
  for (let a = 0; a < n; a++) {
    const exact = jaccard(shingleSets[a]!, derivedSets[a]!);
    if (exact >= SIMILAR) record(a, n + a, exact);
    else derivedBelowThreshold++;
  }
  const derivedPairs = counted.length - naturalPairs;
  const derivedFound = counted.filter((pair) => pair.found).length - naturalFound;

  let candidatePairs = 0;
  let candidatePairsAtMostDissimilar = 0;
  candidates.forEach((found, a) => {
    for (const b of found) {
      if (b <= a) continue;
      candidatePairs++;
      if (jaccard(allSets[a]!, allSets[b]!) <= DISSIMILAR) candidatePairsAtMostDissimilar++;
    }
  });
  const queries = candidates.filter((_, id) => allSets[id]!.length > 0);

  const bins = [
    [0.5, 0.6],
    [0.6, 0.7],
    [0.7, 0.8],
    [0.8, 0.9],
    [0.9, 1.01],
  ] as const;
  return {
    naturalPairs,
    naturalIdenticalPairs,
    naturalFound,
    derivedPairs,
    derivedFound,
    derivedBelowThreshold,
    recall: counted.filter((pair) => pair.found).length / Math.max(counted.length, 1),
    recallByBin: bins.map(([from, to]) => {
      const inBin = counted.filter((pair) => pair.exact >= from && pair.exact < to);
      return { from, to: Math.min(to, 1), pairs: inBin.length, found: inBin.filter((pair) => pair.found).length };
    }),
    meanAbsoluteEstimateError: counted.reduce((sum, pair) => sum + Math.abs(pair.estimate - pair.exact), 0) / Math.max(counted.length, 1),
    meanCandidatesPerQuery: queries.reduce((sum, found) => sum + found.size - 1, 0) / Math.max(queries.length, 1),
    candidatePairs,
    candidatePairsAtMostDissimilar,
  };
}

/** The text without about `share` of its sentences, chosen at random; keeps at least one. */
function dropSentences(text: string, share: number, random: () => number): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== "");
  const drop = Math.min(Math.round(sentences.length * share), sentences.length - 1);
  const dropped = new Set<number>();
  while (dropped.size < drop) dropped.add(Math.floor(random() * sentences.length));
  return sentences.filter((_, i) => !dropped.has(i)).join(" ");
}

type Figures = Omit<MinhashBenchResult, "entries" | "remarks">;

function toEntries(figures: Figures): Entry[] {
  const section = "minhash";
  const { signaturesPerSecond: speed, bestSignaturesPerSecond: best, ratios, lsh } = figures;
  const bestNote = (value: number) => `best round ${round(value, 0)}`;
  return [
    info({ section, metric: "ours: signatures/s", value: round(speed.ours, 0), unit: "sig/s", note: bestNote(best.ours) }),
    info({ section, metric: "npm minhash: signatures/s", value: round(speed.minhash, 0), unit: "sig/s", note: bestNote(best.minhash) }),
    info({
      section,
      metric: "npm bloom-filters: signatures/s",
      value: round(speed.bloomFilters, 0),
      unit: "sig/s",
      note: `${bestNote(best.bloomFilters)}; median add() ${round(speed.bloomFiltersAdd, 0)}, bulkLoad() ${round(speed.bloomFiltersBulkLoad, 0)}`,
    }),
    judged(
      { section, metric: "ours / minhash", value: round(ratios.oursOverMinhash, 1), unit: "x", note: `best rounds ${round(best.ours / best.minhash, 1)} x` },
      { atLeast: TARGETS.timesMinhashPackage },
    ),
    info({ section, metric: "ours / bloom-filters", value: round(ratios.oursOverBloomFilters, 1), unit: "x", note: `best rounds ${round(best.ours / best.bloomFilters, 1)} x` }),
    info({ section, metric: "ours from text: sketch() per second", value: round(figures.sketchesPerSecond, 0), unit: "articles/s", note: "shingles + signature + band keys" }),
    judged(
      { section, metric: `LSH recall, pairs with Jaccard >= ${SIMILAR}`, value: round(lsh.recall, 4), unit: "", note: `${lsh.naturalFound + lsh.derivedFound}/${lsh.naturalPairs + lsh.derivedPairs}` },
      { atLeast: TARGETS.lshRecall },
    ),
    info({ section, metric: "  natural near-duplicate pairs found", value: lsh.naturalFound, unit: "", note: `of ${lsh.naturalPairs} (${lsh.naturalIdenticalPairs} identical)` }),
    info({ section, metric: "  30%-sentences-dropped pairs found", value: lsh.derivedFound, unit: "", note: `of ${lsh.derivedPairs} (${lsh.derivedBelowThreshold} more fell below ${SIMILAR})` }),
    ...lsh.recallByBin.map((bin) =>
      info({ section, metric: `  recall, Jaccard ${bin.from}-${bin.to}`, value: bin.pairs === 0 ? Number.NaN : round(bin.found / bin.pairs, 4), unit: "", note: `${bin.found}/${bin.pairs}` }),
    ),
    info({ section, metric: "mean |estimate - exact| on those pairs", value: round(lsh.meanAbsoluteEstimateError, 4), unit: "" }),
    info({ section, metric: "LSH candidates per query", value: round(lsh.meanCandidatesPerQuery, 2), unit: "", note: `${figures.articles * 2} texts indexed` }),
    info({
      section,
      metric: `candidate pairs with Jaccard <= ${DISSIMILAR}`,
      value: lsh.candidatePairsAtMostDissimilar,
      unit: "",
      note: `of ${lsh.candidatePairs} candidate pairs`,
    }),
  ];
}

function remarksFor(figures: Figures, rounds: number, minRoundSeconds: number): string[] {
  return [
    `${figures.articles} articles, ${round(figures.meanShingles, 1)} word 3-shingles each on average; every implementation signs the same shingles with ${PERMUTATIONS} permutations`,
    `signatures/s: median of ${rounds} rounds; in a round each implementation repeats full passes for >= ${minRoundSeconds} s, in turn, after a 200-article warm-up`,
    "minhash gets the shingle hashes as decimal strings (it hashes strings) and one Minhash per article (it has no reset); bloom-filters gets number arrays, one MinHash per article from one MinHashFactory(128, 2^32 - 1)",
    `banding ${DEFAULT_BANDING.bands} x ${DEFAULT_BANDING.rows}: P(candidate) = ${round(candidateProbability(0.5), 3)} at Jaccard 0.5, ${round(candidateProbability(0.2), 3)} at 0.2, ${round(candidateProbability(0.05), 4)} at 0.05`,
    `other load during timing: ${round(figures.otherLoadCores, 2)} cores`,
  ];
}

/** The first `limit` Reuters-21578 articles with a body. */
function readReuters(limit: number): string[] {
  const articles: string[] = [];
  for (const line of readFileSync(REUTERS, "utf8").split("\n")) {
    if (articles.length >= limit) break;
    if (line.trim() === "") continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === "string" && text.trim() !== "") articles.push(text);
  }
  return articles;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, rounds: { type: "string", default: "3" } } });
  const articles = readReuters(Number.parseInt(values.articles!, 10));
  process.stderr.write(`[bench] minhash: ${articles.length} Reuters-21578 articles from ${REUTERS}\n`);
  const result = await benchMinhash({ articles, rounds: Number.parseInt(values.rounds!, 10) });
  process.stdout.write(`${formatTable("MinHash and LSH", result.entries, result.remarks)}\n`);
}
