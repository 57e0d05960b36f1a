/**
 * Corpus benchmarks (issue 3, section 7): ingest throughput through the real pipeline on the real
 * Reuters-21578 and BBC News articles, and `sources` latency on stores of 10k, 100k and 1M
 * articles. Every measurement runs in its own process (bench/corpus/*-worker.ts) so its time and
 * peak memory are its own. Figures only: nothing here passes or fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SourceArticle } from "../eval/corpus/articles.js";
import type { IngestRun } from "./corpus/ingest-worker.js";
import { percentile } from "./corpus/percentile.js";
import type { QueryLine, QueryRun } from "./corpus/query-worker.js";
import { loadRealArticles, queryArticles, realFields } from "./corpus/sequence.js";
import { runWorker } from "./corpus/spawn-worker.js";
import { sizeLabel } from "./corpus/sizes.js";
import { ensureStore, storeBytes, type StoreManifest } from "./corpus/store-cache.js";
import { info, judged, type Entry } from "./report.js";
import { maximum, median, round } from "./stats.js";

/** Issue 3, section 7. The latency targets are stated at 1M articles; smaller stores are held to them too. */
export const CORPUS_TARGETS = { ingestPerSecond: 300, candidatesP50Ms: 50, candidatesP99Ms: 250 };

export interface CorpusSection {
  entries: Entry[];
  remarks: string[];
  otherLoadCores: number;
}

export interface IngestBenchOptions {
  repoRoot: string;
  /** Articles ingested with sentence vectors on (they are slow). */
  vectorArticles: number;
  log: (message: string) => void;
}

/** Section: ingest throughput, peak memory and index size, one process and two, without and with vectors. */
export async function benchIngest(options: IngestBenchOptions): Promise<CorpusSection> {
  const section = "ingest";
  const real = loadRealArticles();
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-bench-ingest-"));
  const entries: Entry[] = [];
  let otherLoadCores = 0;
  try {
    const vectorSample = evenlySpaced(real, options.vectorArticles);
    const workloads = [
      { label: "no vectors", articles: real, vectors: false },
      { label: "sentence vectors", articles: vectorSample, vectors: true },
    ];
    for (const workload of workloads) {
      for (const processes of [1, 2]) {
        const name = `${workload.label}, ${processes} process${processes === 1 ? "" : "es"}`;
        options.log(`${section}: ${name}: ${workload.articles.length} articles into a fresh store`);
        const db = path.join(folder, `${workload.vectors ? "vectors" : "plain"}-${processes}.db`);
        const parts = splitAlternating(workload.articles, processes).map((part, i) => writeJsonLines(`${db}-part${i}.jsonl`, part.map(ingestRecord)));
        const runs = await Promise.all(
          parts.map((file, i) =>
            runWorker<IngestRun>("ingest-worker.ts", ["--db", db, "--jsonl", file, ...(workload.vectors ? ["--vectors"] : [])], `ingest ${i + 1}/${processes}`, options.repoRoot),
          ),
        );
        const combined = combine(runs);
        otherLoadCores = Math.max(otherLoadCores, combined.otherLoadCores);
        const rate = combined.added / combined.seconds;
        const throughput = { section, metric: `${name}: throughput`, value: round(rate, 0), unit: "articles/s", note: loadNote(combined) };
        entries.push(
          workload.vectors ? info(throughput) : judged(throughput, { atLeast: CORPUS_TARGETS.ingestPerSecond }),
          info({
            section,
            metric: `${name}: peak RSS`,
            value: round(maximum(runs.map((run) => run.peakRssMB)), 0),
            unit: "MB",
            note: processes === 1 ? "" : `per process; ${round(runs.reduce((sum, run) => sum + run.peakRssMB, 0), 0)} MB together`,
          }),
          info({
            section,
            metric: `${name}: index size per article`,
            value: round(storeBytes(db) / 1000 / Math.max(combined.added, 1), 2),
            unit: "KB",
            note: `${round(storeBytes(db) / 1e6, 1)} MB for ${combined.added} articles (database + WAL)`,
          }),
        );
        if (combined.rejected > 0 || combined.added !== workload.articles.length) {
          entries.push(info({ section, metric: `${name}: not added`, value: workload.articles.length - combined.added, unit: "articles", note: `${combined.rejected} rejected, ${combined.duplicates} duplicates` }));
        }
        if (workload.vectors && processes === 1) {
          entries.push(info({ section, metric: "sentence encoder load (untimed above)", value: round(runs[0]!.encoderLoadSeconds, 1), unit: "s" }));
        }
      }
    }
    return { entries, remarks: ingestRemarks(real, vectorSample.length), otherLoadCores };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function ingestRemarks(real: readonly SourceArticle[], vectorArticles: number): string[] {
  const reuters = real.filter((article) => article.collection === "reuters").length;
  const meanChars = real.reduce((sum, article) => sum + article.text.length, 0) / Math.max(real.length, 1);
  return [
    `${real.length} real articles: ${reuters} Reuters-21578 + ${real.length - reuters} BBC News with 5+ sentences, repeats removed (eval/corpus/articles.ts readers); mean ${round(meanChars, 0)} chars`,
    `each process runs collectArticles on a JSON Lines file + ingestArticles into one fresh SQLite file (what \`wiretrace ingest FILE.jsonl\` does, minus the progress bar); with vectors, ${vectorArticles} evenly spaced articles`,
    "throughput = articles added / wall time from the first process's first article to the last one's end (process start-up and encoder load excluded)",
    "2 processes = the articles split alternately into two files, ingested at once into the same store: the both-cores figure (the pipeline itself is single-threaded)",
    "busy = CPU time of the ingest processes / wall time; other = cores other processes used meanwhile",
  ];
}

export interface SourcesBenchOptions {
  repoRoot: string;
  sizes: number[];
  /** Timed candidate queries per size. */
  queries: number;
  /** Of those, how many are also run with verification. */
  verifyQueries: number;
  cacheFolder: string;
  pipelineUpTo: number;
  rebuild: boolean;
  log: (message: string) => void;
}

const WARMUP_QUERIES = 10;

/** Section: `sources` latency at each store size, candidates alone and verified, with peak memory. */
export async function benchSources(options: SourcesBenchOptions): Promise<CorpusSection> {
  const section = "sources";
  const real = loadRealArticles();
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-bench-sources-"));
  const entries: Entry[] = [];
  const remarks: string[] = [];
  let otherLoadCores = 0;
  try {
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const label = sizeLabel(size);
      const store = await ensureStore(size, { cacheFolder: options.cacheFolder, repoRoot: options.repoRoot, pipelineUpTo: options.pipelineUpTo, rebuild: options.rebuild, log: options.log });
      const queriesFile = path.join(folder, `queries-${label}.jsonl`);
      const lines: QueryLine[] = queryArticles(real, size, options.queries + WARMUP_QUERIES).map((query) => ({
        sourceOrigin: real[query.sourceIndex]!.id,
        article: query.article,
      }));
      // Warm-up queries first, spread over the store like the timed ones.
      const warm = lines.filter((_, i) => i % Math.ceil(lines.length / WARMUP_QUERIES) === 0);
      writeJsonLines(queriesFile, [...warm, ...lines.filter((line) => !warm.includes(line))]);
      options.log(`${section} ${label}: ${options.queries} candidate queries, ${options.verifyQueries} verified`);
      const run = await runWorker<QueryRun>(
        "query-worker.ts",
        ["--db", store.path, "--queries", queriesFile, "--verify", String(options.verifyQueries), "--warmup", String(warm.length)],
        `sources ${label}`,
        options.repoRoot,
      );
      otherLoadCores = Math.max(otherLoadCores, run.otherLoadCores);
      entries.push(...sourcesEntries(section, label, run, store.path, store.manifest));
      remarks.push(`${label}: ${describeBuild(store.manifest)}${store.built ? " (built by this run)" : " (cached)"}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  remarks.push(
    `stores: the real articles first (the 10k store is 10,000 of them), then generated variants: each real article re-emitted with its lead kept, 1-25% of its other sentences dropped, two neighbouring sentences swapped and each number changed with probability 0.5; invented outlets; dated 50 min per round after the original; every text distinct by content hash`,
    `queries: held-out variants (their own random streams) of real articles the store holds, spread evenly over them; ${WARMUP_QUERIES} untimed warm-up queries first; the window is the query's date, as \`sources\` sets it`,
    "candidates = findSources(store, target, { verify: false }) (LSH + full-text candidates, scored on shared words, best 5); verified = { verify: true, limit: 3 }, default encoder loaded beforehand",
    "percentiles are nearest-rank; with 20 verified queries p99 is the slowest of them",
    "peak RSS = the query process's maxRSS; it loads no data set, only the store, the pipeline and (for verification) the encoder",
  );
  return { entries, remarks, otherLoadCores };
}

function sourcesEntries(section: string, label: string, run: QueryRun, file: string, manifest: StoreManifest): Entry[] {
  const ms = (value: number) => round(value, 1);
  const count = run.candidatesMs.length;
  return [
    info({ section, metric: `${label}: stored articles`, value: run.storedArticles, unit: "", note: `${round(storeBytes(file) / 1e9, 2)} GB, ${round(storeBytes(file) / 1000 / run.storedArticles, 2)} KB/article` }),
    judged({ section, metric: `${label}: candidates p50`, value: ms(percentile(run.candidatesMs, 0.5)), unit: "ms", note: `${count} queries; other load ${round(run.otherLoadCores)} cores` }, { atMost: CORPUS_TARGETS.candidatesP50Ms }),
    judged({ section, metric: `${label}: candidates p99`, value: ms(percentile(run.candidatesMs, 0.99)), unit: "ms", note: `max ${ms(maximum(run.candidatesMs))} ms` }, { atMost: CORPUS_TARGETS.candidatesP99Ms }),
    info({ section, metric: `${label}:   LSH query p50 / p99`, value: ms(percentile(run.lshMs, 0.5)), unit: "ms", note: `p99 ${ms(percentile(run.lshMs, 0.99))} ms` }),
    info({ section, metric: `${label}:   full-text query p50 / p99`, value: ms(percentile(run.lexicalMs, 0.5)), unit: "ms", note: `p99 ${ms(percentile(run.lexicalMs, 0.99))} ms` }),
    info({ section, metric: `${label}: verified p50`, value: ms(percentile(run.verifyMs, 0.5)), unit: "ms", note: `${run.verifyMs.length} queries, limit 3` }),
    info({ section, metric: `${label}: verified p99`, value: ms(percentile(run.verifyMs, 0.99)), unit: "ms", note: `median ${ms(median(run.verifyMs))} ms` }),
    info({ section, metric: `${label}: peak RSS, candidate queries`, value: round(run.peakRssAfterCandidatesMB, 0), unit: "MB" }),
    info({ section, metric: `${label}: peak RSS, with verification`, value: round(run.peakRssMB, 0), unit: "MB", note: `encoder load ${round(run.encoderLoadSeconds, 1)} s, untimed` }),
    info({ section, metric: `${label}: real source in the top 5`, value: round(run.sourceInTop5 / count, 3), unit: "", note: `${run.sourceInTop5}/${count}; top 1 from its family ${run.familyAtTop1}/${count}` }),
    info({ section, metric: `${label}: store build`, value: round(manifest.segments.reduce((sum, segment) => sum + segment.seconds, 0) / 60, 1), unit: "min", note: describeBuild(manifest) }),
  ];
}

function describeBuild(manifest: StoreManifest): string {
  return manifest.segments
    .map((segment) => `${sizeLabel(segment.from)}-${sizeLabel(segment.to)} by ${segment.method} (${segment.processes} proc, ${round((segment.to - segment.from) / segment.seconds, 0)}/s)`)
    .join(", ");
}

/** Combined figures of workers that ran at once into one store. */
function combine(runs: readonly IngestRun[]) {
  const startedAt = Math.min(...runs.map((run) => run.startedAt));
  const endedAt = Math.max(...runs.map((run) => run.endedAt));
  const seconds = (endedAt - startedAt) / 1000;
  const cpuSeconds = runs.reduce((sum, run) => sum + run.cpuSeconds, 0);
  // Each worker counts its sibling as other load; take that back out.
  const otherLoadCores = Math.max(0, ...runs.map((run) => run.otherLoadCores - (cpuSeconds - run.cpuSeconds) / Math.max(run.seconds, 1e-3)));
  return {
    added: runs.reduce((sum, run) => sum + run.added, 0),
    duplicates: runs.reduce((sum, run) => sum + run.duplicates, 0),
    rejected: runs.reduce((sum, run) => sum + run.rejected, 0),
    seconds,
    busyCores: cpuSeconds / Math.max(seconds, 1e-3),
    otherLoadCores,
  };
}

function loadNote(combined: ReturnType<typeof combine>): string {
  return `${combined.added} in ${round(combined.seconds, 1)} s; busy ${round(combined.busyCores)} cores, other ${round(combined.otherLoadCores)}`;
}

/** `count` items spread evenly over the list (all of it when count >= length). */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)]!);
}

/** Round-robin split, so each part has the same mix of Reuters and BBC articles. */
function splitAlternating<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, part) => items.filter((_, i) => i % parts === part));
}

function writeJsonLines(file: string, records: readonly object[]): string {
  writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join("\n")}\n`);
  return file;
}

/** A real article in the JSON Lines ingest format: `{id, outlet, title?, published?, text}`. */
function ingestRecord(article: SourceArticle): object {
  const { origin, ...fields } = realFields(article);
  return { id: origin, ...fields };
}
