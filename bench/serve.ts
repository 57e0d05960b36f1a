/**
 * Server benchmark (issue 4, section 6): `wiretrace serve` over a cached corpus store, loaded on
 * loopback with autocannon for a bounded time. Reads are measured cold (the first request for an
 * id, which computes the answer) and warm (under load, from the server's answer cache); compare
 * on the example pair once the model is loaded; the server's memory after each of several rounds.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { SOURCES_SCHEMA_ID } from "../src/present/sources.js";
import { COMPARE_SCHEMA_ID } from "../src/report/types.js";
import { openSqliteStore } from "../src/store/index.js";
import { percentile } from "./corpus/percentile.js";
import { sizeLabel } from "./corpus/sizes.js";
import { ensureStore } from "./corpus/store-cache.js";
import { startLoadWatch } from "./load.js";
import { info, judged, type Entry } from "./report.js";
import { startServer, type ServerProcess } from "./serve-process.js";
import { maximum, median, round } from "./stats.js";

/** Issue 4, section 6, on a 2-core machine. */
export const SERVE_TARGETS = { readsPerSecond: 2000, readP99Ms: 50, compareP50Ms: 300 };

/** A load run where more requests than this fail measures the failures, not the routes: it aborts. */
const MAX_FAILED_SHARE = 0.02;
const COMPARE_WARMUPS = 3;

export interface ServeBenchOptions {
  repoRoot: string;
  /** The built CLI, relative to repoRoot: "dist/cli/main.js". */
  cli: string;
  /** Articles in the cached store to serve (10k, 100k, ...). */
  storeSize: number;
  cacheFolder: string;
  pipelineUpTo: number;
  /** Length of each load run. */
  seconds: number;
  /** Concurrent connections for the read routes. */
  connections: number;
  /** Concurrent connections for compare (1 = the latency of one compare at a time). */
  compareConnections: number;
  /** Story ids and article ids rotated through under load. */
  ids: number;
  /** Of those, how many have their first (uncached) request timed, one at a time. */
  coldIds: number;
  rounds: number;
  sourceFile: string;
  rewriteFile: string;
  log: (message: string) => void;
}

export interface ServeSection {
  entries: Entry[];
  remarks: string[];
  otherLoadCores: number;
}

interface LoadTarget {
  name: string;
  kind: "read" | "compare";
  connections: number;
  requests: autocannon.Request[];
}

/** A JSON answer, checked by the few fields that show it is the document asked for. */
type Answer = Record<string, unknown>;

interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  answered: number;
  /** Mean bytes per answer, headers included: shows the answers are the documents, not stubs. */
  meanAnswerBytes: number;
  failed: number;
  serverCores: number;
  generatorCores: number;
  otherCores: number;
}

/** The server section: cold reads, warm load on two read routes and compare, memory per round. */
export async function benchServe(options: ServeBenchOptions): Promise<ServeSection> {
  const section = "serve";
  const label = sizeLabel(options.storeSize);
  const cached = await ensureStore(options.storeSize, {
    cacheFolder: options.cacheFolder,
    repoRoot: options.repoRoot,
    pipelineUpTo: options.pipelineUpTo,
    rebuild: false,
    log: options.log,
  });
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-bench-serve-"));
  try {
    // The server opens its store for writing; a copy keeps the cached store exactly as built.
    const store = path.join(folder, "store.db");
    copyFileSync(cached.path, store);
    if (existsSync(`${cached.path}-wal`)) copyFileSync(`${cached.path}-wal`, `${store}-wal`);
    const ids = await pickIds(store, options.ids);
    options.log(`${section} ${label}: ${ids.stories.length} story ids, ${ids.articles.length} article ids; starting node ${options.cli} serve`);

    const server = await startServer(options.cli, store, options.repoRoot, path.join(folder, "server.log"));
    let exit: number | string = "not stopped";
    try {
      const measured = await measure(server, ids, options);
      exit = await server.stop();
      return {
        entries: measured.entries,
        remarks: [
          `${label} store: ${cached.manifest.size} articles (${cached.built ? "built by this run" : "cached"}), served from a temporary copy; server ${server.url}, stopped with SIGTERM: exit ${exit}`,
          ...measured.remarks,
        ],
        otherLoadCores: measured.otherLoadCores,
      };
    } finally {
      if (exit === "not stopped") await server.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measure(server: ServerProcess, ids: { stories: number[]; articles: number[] }, options: ServeBenchOptions): Promise<ServeSection> {
  const section = "serve";
  const entries: Entry[] = [];
  const rss = (metric: string, note = "") => info({ section, metric, value: round(server.rssMB(), 0), unit: "MB", note });
  entries.push(rss("server RSS, started"));
  await checkHealth(server.url, options.storeSize);

  const storyPaths = ids.stories.map((id) => `/api/stories/${id}`);
  const sourcesPaths = ids.articles.map((id) => `/api/articles/${id}/sources`);
  const isStoryGraph = (body: Answer) => Array.isArray(body.members) && body.members.length > 0;
  const isSources = (body: Answer) => body.schema === SOURCES_SCHEMA_ID;
  for (const [route, paths, valid] of [
    ["GET /api/stories/:id", storyPaths, isStoryGraph],
    ["GET /api/articles/:id/sources", sourcesPaths, isSources],
  ] as const) {
    const cold = spread(paths, options.coldIds);
    options.log(`serve: ${route}: first requests for ${cold.length} ids, one at a time`);
    const coldMs = await timeEach(server.url, cold, valid);
    entries.push(
      info({ section, metric: `${route}: cold p50`, value: round(percentile(coldMs, 0.5), 1), unit: "ms", note: `first request per id, ${cold.length} ids, one at a time` }),
      info({ section, metric: `${route}: cold p99`, value: round(percentile(coldMs, 0.99), 1), unit: "ms", note: `max ${round(maximum(coldMs), 1)} ms; the first ${round(coldMs[0]!, 1)} ms` }),
    );
    const rest = paths.filter((p) => !cold.includes(p));
    options.log(`serve: ${route}: first requests for the other ${rest.length} ids (untimed, 2 at a time)`);
    await Promise.all([0, 1].map((lane) => timeEach(server.url, rest.filter((_, i) => i % 2 === lane), valid)));
  }

  const compareBody = JSON.stringify({
    source: { text: readFileSync(path.join(options.repoRoot, options.sourceFile), "utf8") },
    rewrite: { text: readFileSync(path.join(options.repoRoot, options.rewriteFile), "utf8") },
  });
  const isReport = (body: Answer) => body.schema === COMPARE_SCHEMA_ID;
  options.log(`serve: POST /api/compare: ${COMPARE_WARMUPS} warm-up requests`);
  const warmups = await timeEach(server.url, Array(COMPARE_WARMUPS).fill("/api/compare"), isReport, compareBody);
  entries.push(info({ section, metric: "POST /api/compare: first request", value: round(warmups[0]!, 0), unit: "ms", note: `model load included; next ${warmups.slice(1).map((ms) => round(ms, 0)).join(", ")} ms` }));
  entries.push(rss("server RSS, after the first requests"));

  const targets: LoadTarget[] = [
    { name: "GET /api/stories/:id", kind: "read", connections: options.connections, requests: [rotating(storyPaths)] },
    { name: "GET /api/articles/:id/sources", kind: "read", connections: options.connections, requests: [rotating(sourcesPaths)] },
    {
      name: "POST /api/compare",
      kind: "compare",
      connections: options.compareConnections,
      requests: [{ method: "POST", path: "/api/compare", headers: { "content-type": "application/json" }, body: compareBody }],
    },
  ];
  const runs = new Map<string, LoadFigures[]>(targets.map((target) => [target.name, []]));
  const rssAfterRounds: number[] = [];
  for (let roundNumber = 1; roundNumber <= options.rounds; roundNumber++) {
    for (const target of targets) {
      options.log(`serve: round ${roundNumber}/${options.rounds}: ${target.name}, ${target.connections} connection(s), ${options.seconds} s`);
      runs.get(target.name)!.push(await runLoad(server, target, options.seconds));
    }
    rssAfterRounds.push(server.rssMB());
    entries.push(rss(`server RSS, after round ${roundNumber}`));
  }
  for (const target of targets) entries.push(...loadEntries(target, runs.get(target.name)!));
  const growth = rssAfterRounds.at(-1)! - rssAfterRounds[0]!;
  entries.push(info({ section, metric: `server RSS growth, round 1 to ${options.rounds}`, value: round(growth, 0), unit: "MB", note: `${round((100 * growth) / rssAfterRounds[0]!, 1)}%` }));

  const allRuns = [...runs.values()].flat();
  return {
    entries,
    remarks: [
      `${ids.stories.length} story ids and ${ids.articles.length} article ids spread evenly over the store; under load each request takes the next id in turn`,
      "cold = the first request for an id, one at a time before any load: the server computes the answer then (the very first may also load modules or the model); every rotated id is requested once before the load runs, so the load figures are for answers from the server's cache (warm)",
      `load: autocannon, ${options.seconds} s per route per round, ${options.rounds} rounds; figures are the median over rounds (each round's in the note); requests/s counts 2xx answers; its latencies have 1 ms resolution`,
      `compare: ${options.sourceFile} + ${options.rewriteFile} sent as text, the same pair every time, after ${COMPARE_WARMUPS} warm-up requests`,
      "the load generator runs in the bench process on the same cores as the server; 'gen' in the notes is the cores it used, taken from the server",
      `non-2xx answers and connection errors are counted per route; a run with more than ${MAX_FAILED_SHARE * 100}% of them aborts the section`,
      "RSS = VmRSS of the server process from /proc/PID/status",
    ],
    otherLoadCores: maximum(allRuns.map((run) => run.otherCores)),
  };
}

/** The table rows of one route: medians over rounds, judged against the targets. */
function loadEntries(target: LoadTarget, runs: readonly LoadFigures[]): Entry[] {
  const section = "serve";
  const each = (pick: (run: LoadFigures) => number, digits: number) => `rounds ${runs.map((run) => round(pick(run), digits)).join(" / ")}`;
  const load = `${round(median(runs.map((run) => run.meanAnswerBytes)) / 1000, 1)} KB/answer; ${target.connections} conn; server ${round(median(runs.map((run) => run.serverCores)))} cores, gen ${round(median(runs.map((run) => run.generatorCores)))}`;
  const throughput = { section, metric: `${target.name}: requests/s`, value: round(median(runs.map((run) => run.requestsPerSecond)), 0), unit: "req/s", note: `${each((run) => run.requestsPerSecond, 0)}; ${load}` };
  const p50 = { section, metric: `${target.name}: p50`, value: round(median(runs.map((run) => run.p50Ms)), 1), unit: "ms", note: each((run) => run.p50Ms, 1) };
  const p99 = { section, metric: `${target.name}: p99`, value: round(median(runs.map((run) => run.p99Ms)), 1), unit: "ms", note: each((run) => run.p99Ms, 1) };
  const answered = runs.reduce((sum, run) => sum + run.answered, 0);
  const failed = info({ section, metric: `${target.name}: non-2xx + errors`, value: runs.reduce((sum, run) => sum + run.failed, 0), unit: "requests", note: `of ${answered} answered` });
  if (target.kind === "read") {
    return [judged(throughput, { atLeast: SERVE_TARGETS.readsPerSecond }), info(p50), judged(p99, { atMost: SERVE_TARGETS.readP99Ms }), failed];
  }
  return [info(throughput), judged(p50, { atMost: SERVE_TARGETS.compareP50Ms }), info(p99), failed];
}

/** One autocannon run against the server, with the CPU the server and the generator used meanwhile. */
async function runLoad(server: ServerProcess, target: LoadTarget, seconds: number): Promise<LoadFigures> {
  const load = startLoadWatch();
  const generatorAtStart = process.cpuUsage();
  const serverAtStart = server.cpuSeconds();
  const started = performance.now();
  const result = await autocannon({ url: server.url, connections: target.connections, duration: seconds, requests: target.requests });
  const wallSeconds = (performance.now() - started) / 1000;
  const generatorCpu = process.cpuUsage(generatorAtStart);
  const generatorSeconds = (generatorCpu.user + generatorCpu.system) / 1e6;
  const serverSeconds = server.cpuSeconds() - serverAtStart;

  const failed = result.non2xx + result.errors;
  const attempted = result.requests.total + result.errors;
  if (result["2xx"] === 0 || failed > MAX_FAILED_SHARE * attempted) {
    throw new Error(
      `${target.name}: ${failed} of ${attempted} requests failed (status counts ${JSON.stringify(result.statusCodeStats ?? {})}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts): a benchmark of failures measures nothing.\nserver log: ${server.logTail()}`,
    );
  }
  return {
    requestsPerSecond: result["2xx"] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: result.requests.total,
    meanAnswerBytes: result.throughput.total / result.requests.total,
    failed,
    serverCores: serverSeconds / wallSeconds,
    generatorCores: generatorSeconds / wallSeconds,
    otherCores: load.otherCores(generatorSeconds + serverSeconds, wallSeconds),
  };
}

/** A GET whose path is the next of `paths` on every request, across all connections. */
function rotating(paths: readonly string[]): autocannon.Request {
  let next = 0;
  return { method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) };
}

/**
 * Requests each path once, in order, and returns each one's milliseconds; POSTs `body` when
 * given. Throws on a non-2xx answer or a body `valid` rejects: timings of errors are worthless.
 */
async function timeEach(base: string, paths: readonly string[], valid: (body: Answer) => boolean, body?: string): Promise<number[]> {
  const timings: number[] = [];
  for (const route of paths) {
    const started = performance.now();
    const response = await fetch(`${base}${route}`, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body });
    const text = await response.text();
    timings.push(performance.now() - started);
    if (!response.ok) throw new Error(`${body === undefined ? "GET" : "POST"} ${route}: HTTP ${response.status}: ${text.slice(0, 300)}`);
    if (!valid(JSON.parse(text) as Answer)) throw new Error(`${route}: the answer is not the expected document: ${text.slice(0, 300)}`);
  }
  return timings;
}

async function checkHealth(base: string, articles: number): Promise<void> {
  const response = await fetch(`${base}/api/health`);
  const health = (await response.json()) as { status?: string; articles?: number };
  if (!response.ok || health.status !== "ok" || health.articles !== articles) {
    throw new Error(`GET /api/health: HTTP ${response.status} ${JSON.stringify(health)}; expected status ok over ${articles} articles`);
  }
}

/** Story ids and article ids spread evenly over the store: `count` of each (fewer when it holds fewer). */
async function pickIds(storePath: string, count: number): Promise<{ stories: number[]; articles: number[] }> {
  const store = await openSqliteStore(storePath, { readonly: true });
  try {
    const stories = await store.listStories({ limit: Number.MAX_SAFE_INTEGER });
    const latest = await store.latestArticleId();
    const candidates = spread(Array.from({ length: latest }, (_, i) => i + 1), count);
    const articles = (await store.getArticles(candidates)).map((article) => article.id);
    return { stories: spread(stories.map((story) => story.id), count), articles };
  } finally {
    await store.close();
  }
}

/** `count` items taken at even steps through `items` (all of them when there are fewer). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}
