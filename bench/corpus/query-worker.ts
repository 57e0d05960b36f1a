/**
 * One `sources` latency run against a built store, in its own process so its peak memory is the
 * queries' own. Prints one JSON line (QueryRun).
 *
 *   --db FILE --queries FILE --verify V --warmup W
 *
 * The queries file holds one QueryLine per line, warm-up queries first; it is written by the
 * parent so this process loads no data set and its memory is the store's and the pipeline's.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { candidateDefaults, findSources, type SourceMatch } from "../../src/corpus/index.js";
import { textProfile } from "../../src/corpus/profile.js";
import { loadDefaultEncoder } from "../../src/encoder/index.js";
import { sketch } from "../../src/sketch/index.js";
import { openSqliteStore, type ArticleInput, type CandidateQuery, type Store } from "../../src/store/index.js";
import { startLoadWatch } from "../load.js";
import { familyOf } from "./family.js";

/** One query article and the origin of the real article it was made from. */
export interface QueryLine {
  sourceOrigin: string;
  article: ArticleInput;
}

export interface QueryRun {
  storedArticles: number;
  /** Milliseconds per `findSources(..., { verify: false })`. */
  candidatesMs: number[];
  /** The two index queries inside it, timed apart on the same articles. */
  lshMs: number[];
  lexicalMs: number[];
  /** Milliseconds per `findSources(..., { verify: true, limit: 3 })`, encoder loaded beforehand. */
  verifyMs: number[];
  encoderLoadSeconds: number;
  /** Queries whose real source was among the 5 candidates returned. */
  sourceInTop5: number;
  /** Queries whose best candidate is the source or another stored variant of it. */
  familyAtTop1: number;
  /** Cores other processes kept busy during the candidate queries (see bench/load.ts). */
  otherLoadCores: number;
  /** Peak resident set (MB) after the candidate queries, and at the end (encoder and compare included). */
  peakRssAfterCandidatesMB: number;
  peakRssMB: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      queries: { type: "string" },
      verify: { type: "string", default: "20" },
      warmup: { type: "string", default: "10" },
    },
  });
  if (!values.db || !values.queries) throw new Error("--db and --queries are required");
  const lines = readFileSync(values.queries, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as QueryLine);
  const warmup = Number(values.warmup);
  const warm = lines.slice(0, warmup);
  const timed = lines.slice(warmup);
  const store = await openSqliteStore(values.db);
  try {
    const storedArticles = await store.countArticles();
    for (const query of warm) await findSources(store, targetOf(query), { verify: false });

    const load = startLoadWatch();
    const cpuAtStart = process.cpuUsage();
    const timedStart = performance.now();
    const candidatesMs: number[] = [];
    let sourceInTop5 = 0;
    let familyAtTop1 = 0;
    for (const query of timed) {
      const started = performance.now();
      const matches = await findSources(store, targetOf(query), { verify: false });
      candidatesMs.push(performance.now() - started);
      if (matches.some((match) => match.article.origin === query.sourceOrigin)) sourceInTop5++;
      if (isFamily(matches[0], query.sourceOrigin)) familyAtTop1++;
    }
    const cpu = process.cpuUsage(cpuAtStart);
    const otherLoadCores = load.otherCores((cpu.user + cpu.system) / 1e6, (performance.now() - timedStart) / 1000);
    const { lshMs, lexicalMs } = await timeIndexQueries(store, timed);
    const peakRssAfterCandidatesMB = peakRss();

    const loadStarted = performance.now();
    const encoder = await loadDefaultEncoder();
    const encoderLoadSeconds = (performance.now() - loadStarted) / 1000;
    const verifyMs: number[] = [];
    const verified = timed.filter((_, i) => i % Math.max(1, Math.floor(timed.length / Number(values.verify))) === 0).slice(0, Number(values.verify));
    for (const query of verified) {
      const started = performance.now();
      await findSources(store, targetOf(query), { verify: true, limit: 3, encoder });
      verifyMs.push(performance.now() - started);
    }
    const run: QueryRun = {
      storedArticles,
      candidatesMs,
      lshMs,
      lexicalMs,
      verifyMs,
      encoderLoadSeconds,
      sourceInTop5,
      familyAtTop1,
      otherLoadCores,
      peakRssAfterCandidatesMB,
      peakRssMB: peakRss(),
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    await store.close();
  }
}

/** A query article is not in the store, so nothing is excluded as "itself". */
function targetOf(query: QueryLine) {
  return { article: query.article, self: [] };
}

function isFamily(match: SourceMatch | undefined, sourceId: string): boolean {
  return match !== undefined && familyOf(match.article.origin) === sourceId;
}

/** The LSH and full-text queries `findSources` makes, each timed alone, with the same window and limit. */
async function timeIndexQueries(store: Store, queries: readonly QueryLine[]): Promise<{ lshMs: number[]; lexicalMs: number[] }> {
  const lshMs: number[] = [];
  const lexicalMs: number[] = [];
  for (const { article } of queries) {
    const query: CandidateQuery = { limit: candidateDefaults.perIndex, exclude: [], ...(article.published ? { window: { to: article.published } } : {}) };
    const bandKeys = sketch(article.text).bandKeys;
    const terms = textProfile(article.text).queryTerms;
    let started = performance.now();
    await store.lshCandidates(bandKeys, query);
    lshMs.push(performance.now() - started);
    started = performance.now();
    await store.lexicalCandidates(terms, query);
    lexicalMs.push(performance.now() - started);
  }
  return { lshMs, lexicalMs };
}

function peakRss(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

await main();
