/**
 * `npm run bench [-- --runs 5 --distinct 70 --shared 100 --stage-runs 20]`
 * `npm run bench -- --only ingest,sources --sizes 10k,100k,1m` (sections: cold, batch, stages, ingest, sources, minhash, serve; long is opt-in)
 * `npm run bench -- --only serve --store 10k --seconds 5 --connections 16 --rounds 3` (the HTTP server under load)
 * `npm run bench -- --only long [--long-pairs 2225]` (opt-in: one batch of thousands of pairs, about 3 minutes)
 * Measures the cold CLI, batch throughput, per-stage timings, corpus ingest, `sources` latency,
 * MinHash and `wiretrace serve` under load, prints a table per section and writes the figures to
 * bench/results.json (a run of some sections keeps the other sections' earlier figures there).
 * Figures only: nothing here passes or fails (the serve section aborts if its requests fail).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureBuild } from "./build.js";
import { runNode, type ChildRun } from "./child.js";
import { benchIngest, benchSources, CORPUS_TARGETS } from "./corpus.js";
import { loadRealArticles } from "./corpus/sequence.js";
import { benchLongBatch } from "./long-batch.js";
import { timeLongAnalysis } from "./long-text.js";
import { parseSizes, sizeLabel } from "./corpus/sizes.js";
import { startLoadWatch } from "./load.js";
import { encodedSentencesPerPair } from "./encoded.js";
import { describeConditions, type Conditions } from "./machine.js";
import { benchMinhash } from "./minhash.js";
import { writePairsFile, type PairSelection } from "./pairs.js";
import { formatTable, info, judged, type Entry } from "./report.js";
import { benchServe, SERVE_TARGETS } from "./serve.js";
import { timeStages } from "./stages.js";
import { maximum, median, minimum, round } from "./stats.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = "dist/cli/main.js";
const SOURCE = "examples/source.txt";
const REWRITE = "examples/rewrite-drifted.txt";
const SUMMEDITS = path.resolve(REPO_ROOT, "../shared/data/summedits");

const TARGETS = { coldSeconds: 3, pairsPerSecond: 10, peakRssMB: 600, ...CORPUS_TARGETS, minhashTimesPackage: 10, lshRecall: 0.95, ...SERVE_TARGETS };
/** Built corpus stores, kept between runs (gitignored): building 1M articles takes long. */
const CACHE_FOLDER = path.join(REPO_ROOT, "bench/.cache");
const SECTION_IDS = ["cold", "batch", "stages", "ingest", "sources", "minhash", "serve", "long"] as const;
type SectionId = (typeof SECTION_IDS)[number];
/** Run only when named: the long batch alone takes about 3 minutes. */
const OPT_IN: readonly SectionId[] = ["long"];
/** Sections that run the CLI from dist/ and so need a current build. */
const NEEDS_BUILD: readonly SectionId[] = ["cold", "batch", "stages", "serve", "long"];

/** One section's figures and the conditions worth reading beside them. */
interface SectionResult {
  entries: Entry[];
  remarks: string[];
  /** Most cores other processes kept busy during any of the section's measurements. */
  otherLoadCores: number;
}

/** Other load above this makes a section's figures pessimistic enough to say so. */
const CONTENDED_CORES = 0.25;

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      distinct: { type: "string", default: "70" },
      shared: { type: "string", default: "100" },
      "stage-runs": { type: "string", default: "20" },
      only: { type: "string", default: SECTION_IDS.filter((id) => !OPT_IN.includes(id)).join(",") },
      "long-pairs": { type: "string", default: "2225" },
      sizes: { type: "string", default: "10k,100k" },
      queries: { type: "string", default: "200" },
      "verify-queries": { type: "string", default: "20" },
      "vector-articles": { type: "string", default: "300" },
      "pipeline-up-to": { type: "string", default: "100k" },
      "minhash-articles": { type: "string", default: "2000" },
      rebuild: { type: "boolean", default: false },
      store: { type: "string", default: "100k" },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "16" },
      "compare-connections": { type: "string", default: "1" },
      ids: { type: "string", default: "200" },
      "cold-ids": { type: "string", default: "30" },
      rounds: { type: "string", default: "3" },
    },
  });
  const count = (
    name: "runs" | "distinct" | "shared" | "stage-runs" | "queries" | "verify-queries" | "vector-articles" | "minhash-articles" | "seconds" | "connections" | "compare-connections" | "ids" | "cold-ids" | "rounds" | "long-pairs",
  ) => {
    const value = Number.parseInt(values[name]!, 10);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const only = values.only!.split(",").map((id) => id.trim());
  const unknown = only.filter((id) => !(SECTION_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`--only: unknown section(s) ${unknown.join(", ")}; known: ${SECTION_IDS.join(", ")}`);
  return {
    runs: count("runs"),
    distinct: count("distinct"),
    shared: count("shared"),
    stageRuns: count("stage-runs"),
    only: only as SectionId[],
    sizes: parseSizes(values.sizes!),
    queries: count("queries"),
    verifyQueries: count("verify-queries"),
    vectorArticles: count("vector-articles"),
    pipelineUpTo: parseSizes(values["pipeline-up-to"]!)[0]!,
    minhashArticles: count("minhash-articles"),
    rebuild: values.rebuild!,
    store: parseSizes(values.store!)[0]!,
    seconds: count("seconds"),
    connections: count("connections"),
    compareConnections: count("compare-connections"),
    ids: count("ids"),
    coldIds: count("cold-ids"),
    rounds: count("rounds"),
    longPairs: count("long-pairs"),
  };
}

type Options = ReturnType<typeof parseOptions>;

/** Section 1: the CLI from a fresh process, model load included, as a user runs it once. */
async function benchColdCli(options: Options): Promise<SectionResult> {
  const section = "cold CLI";
  const args = [CLI, "compare", SOURCE, REWRITE, "--format", "json"];
  log(`${section}: node ${args.join(" ")} (1 untimed run to fill the OS file cache, then ${options.runs})`);
  const check = await runNode(args, REPO_ROOT);
  if (check.exitCode !== 0) throw new Error(`the CLI failed (exit ${check.exitCode}): ${check.stderr}`);
  const runs: ChildRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await runNode(args, REPO_ROOT));
  const seconds = runs.map((run) => run.wallMs / 1000);
  const rss = runs.map((run) => run.peakRssMB);
  return {
    entries: [
      judged({ section, metric: "wall time, median", value: round(median(seconds)), unit: "s" }, { atMost: TARGETS.coldSeconds }),
      judged({ section, metric: "wall time, min", value: round(minimum(seconds)), unit: "s" }, { atMost: TARGETS.coldSeconds }),
      info({ section, metric: "wall time, max", value: round(maximum(seconds)), unit: "s" }),
      info({ section, metric: "peak RSS, max over runs", value: round(maximum(rss), 0), unit: "MB" }),
    ],
    remarks: [
      `${options.runs} timed runs after 1 untimed one; source ${fileKB(SOURCE)} KB, rewrite ${fileKB(REWRITE)} KB`,
      "wall time = spawn to exit of `node dist/cli/main.js ...`; peak RSS = the process's maxRSS",
      `other processes kept up to ${round(maximum(runs.map((run) => run.otherLoadCores)))} cores busy during a run`,
    ],
    otherLoadCores: maximum(runs.map((run) => run.otherLoadCores)),
  };
}

/** Section 2: `compare --pairs` on SummEdits-sized pairs, one worker and two. */
async function benchBatch(options: Options): Promise<SectionResult> {
  const section = "batch";
  const folder = mkdtempSync(path.join(os.tmpdir(), "wiretrace-bench-"));
  const entries: Entry[] = [];
  const remarks: string[] = [];
  let otherLoadCores = 0;
  try {
    const workloads: [PairSelection, number][] = [["distinct-sources", options.distinct], ["shared-sources", options.shared]];
    for (const [selection, count] of workloads) {
      const file = writePairsFile({ summEditsFolder: SUMMEDITS, examplesFile: path.join(REPO_ROOT, "examples/pairs.jsonl"), folder, count, selection });
      const shape = `${selection}: ${file.pairs} pairs from ${file.origin}; ${file.distinctSources} distinct sources; median source ${file.medianSourceChars} chars, rewrite ${file.medianRewriteChars} chars`;
      log(`${section}: ${shape}`);
      remarks.push(shape);
      if (selection === "distinct-sources") {
        entries.push(info({ section, metric: `${selection}: sentences encoded per pair`, value: round(encodedSentencesPerPair(file.path)), unit: "sentences", note: "counted, not timed" }));
      }
      for (const workers of [1, 2]) {
        const run = await runNode([CLI, "compare", "--pairs", file.path, "--workers", String(workers)], REPO_ROOT);
        // The same command on one pair per worker: start-up, model loads and a first pair, so the
        // difference between the two runs is the rate a long batch settles at.
        const startup = await runNode([CLI, "compare", "--pairs", firstLines(file.path, workers, folder), "--workers", String(workers)], REPO_ROOT);
        otherLoadCores = Math.max(otherLoadCores, run.otherLoadCores, startup.otherLoadCores);
        if (run.exitCode !== 0) log(`${section}: exit ${run.exitCode}: ${run.stderr.split("\n").slice(-3).join(" | ")}`);
        const label = `${selection}, ${workers} worker${workers === 1 ? "" : "s"}`;
        const compared = run.stdoutLines;
        const steady = (compared - startup.stdoutLines) / ((run.wallMs - startup.wallMs) / 1000);
        entries.push(
          judged(
            { section, metric: `${label}: throughput`, value: round(compared / (run.wallMs / 1000)), unit: "pairs/s", note: cpuNote(run) },
            { atLeast: TARGETS.pairsPerSecond },
          ),
          judged(
            { section, metric: `${label}: throughput after start-up`, value: round(steady), unit: "pairs/s", note: `start-up run ${round(startup.wallMs / 1000, 1)} s` },
            { atLeast: TARGETS.pairsPerSecond },
          ),
          judged({ section, metric: `${label}: peak RSS`, value: round(run.peakRssMB, 0), unit: "MB" }, { atMost: TARGETS.peakRssMB }),
          info({ section, metric: `${label}: wall time`, value: round(run.wallMs / 1000, 1), unit: "s", note: `${compared}/${file.pairs} compared` }),
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  remarks.push(
    "throughput = reports written / wall time of the whole run, process start-up and model load included",
    "throughput after start-up = (reports - one per worker) / (wall time - that of the same command on one pair per worker): what a long batch settles at",
    "busy = the run's CPU time / wall time (cores it used); other = cores other processes used meanwhile",
    "peak RSS = the process's maxRSS, which covers the worker threads (no child processes are started)",
  );
  return { entries, remarks, otherLoadCores };
}

/** Writes the first `count` lines of a JSON Lines file to a new file in `folder`; returns its path. */
function firstLines(file: string, count: number, folder: string): string {
  const head = path.join(folder, `head-${count}-${path.basename(file)}`);
  writeFileSync(head, readFileSync(file, "utf8").split("\n").slice(0, count).join("\n") + "\n");
  return head;
}

/** Section 3: where the time of one compare goes, cold (fresh process over dist/) and warm. */
async function benchStages(options: Options): Promise<SectionResult> {
  const section = "stages";
  const coldRuns = 3;
  log(`${section}: first-call costs in ${coldRuns} fresh processes, then warm timings over ${options.stageRuns} runs`);
  const cold: { step: string; ms: number; rssMB: number }[][] = [];
  for (let i = 0; i < coldRuns; i++) {
    const output = execFileSync(process.execPath, ["bench/cold-stages.mjs", REPO_ROOT, SOURCE, REWRITE], { cwd: REPO_ROOT, encoding: "utf8" });
    cold.push(JSON.parse(output) as { step: string; ms: number; rssMB: number }[]);
  }
  const entries: Entry[] = cold[0]!.map(({ step }, i) =>
    info({ section, metric: `cold: ${step}`, value: round(median(cold.map((run) => run[i]!.ms)), 0), unit: "ms", note: `RSS after ${round(median(cold.map((run) => run[i]!.rssMB)), 0)} MB` }),
  );

  const load = startLoadWatch();
  const cpuAtStart = process.cpuUsage();
  const warmStarted = performance.now();
  const timings = await timeStages(readFileSync(path.join(REPO_ROOT, SOURCE), "utf8"), readFileSync(path.join(REPO_ROOT, REWRITE), "utf8"), {
    runs: options.stageRuns,
    warmups: 2,
  });
  const cpu = process.cpuUsage(cpuAtStart);
  const otherCores = load.otherCores((cpu.user + cpu.system) / 1e6, (performance.now() - warmStarted) / 1000);
  for (const timing of timings) {
    entries.push(info({ section, metric: `warm: ${timing.stage}, median`, value: round(timing.medianMs, 2), unit: "ms", note: `min ${round(timing.minMs, 2)} ms` }));
  }
  const longText = longTextEntries(section);
  entries.push(...longText.entries);
  return {
    entries,
    remarks: [
      longText.remark,
      `cold: median of ${coldRuns} fresh \`node bench/cold-stages.mjs\` processes over dist/; node start-up = time before the script's first line`,
      `warm: median of ${options.stageRuns} runs after 2 untimed ones, in this process over src/; other processes kept ${round(otherCores)} cores busy meanwhile`,
      warmShares(entries),
    ],
    otherLoadCores: otherCores,
  };
}

/** analyze() on real news 100 KB and 1 MB long: whether analysis time grows with length or faster. */
function longTextEntries(section: string): { entries: Entry[]; remark: string } {
  const bbc = existsSync(path.join(REPO_ROOT, "../shared/data/bbc-news")) ? loadRealArticles().filter((article) => article.collection === "bbc") : [];
  if (bbc.length === 0) return { entries: [], remark: "long text: skipped, ../shared/data/bbc-news not found" };
  const entries = timeLongAnalysis(bbc, [100_000, 1_000_000]).map((timing) =>
    info({
      section,
      metric: `long text: analyze ${round(timing.chars / 1000, 0)} KB (${timing.sentences} sentences)`,
      value: round(timing.ms, 0),
      unit: "ms",
      note: `${round(timing.chars / timing.ms, 0)} characters/ms`,
    }),
  );
  return { entries, remark: "long text: BBC News articles end to end, one run at each length, in this process over src/" };
}

/** One line saying which warm stage dominates a compare of a new pair (encoder cache empty). */
function warmShares(entries: readonly Entry[]): string {
  const pick = (prefix: string) => entries.find((entry) => entry.metric.startsWith(`warm: ${prefix}`))?.value ?? 0;
  const parts: [string, number][] = [["analyze", pick("analyze")], ["encode", pick("encode, empty cache")], ["align", pick("align")], ["findings", pick("findings")]];
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  return `warm compare of a new pair ~ ${round(total, 0)} ms: ${parts.map(([name, ms]) => `${name} ${Math.round((100 * ms) / total)}%`).join(", ")}`;
}

/** Section 4: corpus ingest through the real pipeline, one process and two, without and with sentence vectors. */
async function benchCorpusIngest(options: Options): Promise<SectionResult> {
  return benchIngest({ repoRoot: REPO_ROOT, vectorArticles: options.vectorArticles, log });
}

/** Section 5: `sources` latency on stores of each size, built once and cached under bench/.cache/. */
async function benchCorpusSources(options: Options): Promise<SectionResult> {
  return benchSources({
    repoRoot: REPO_ROOT,
    sizes: options.sizes,
    queries: options.queries,
    verifyQueries: options.verifyQueries,
    cacheFolder: CACHE_FOLDER,
    pipelineUpTo: options.pipelineUpTo,
    rebuild: options.rebuild,
    log,
  });
}

/** Section 6: MinHash speed against the npm packages and LSH recall, on real Reuters articles. */
async function benchCorpusMinhash(options: Options): Promise<SectionResult> {
  const articles = loadRealArticles()
    .filter((article) => article.collection === "reuters")
    .slice(0, options.minhashArticles)
    .map((article) => article.text);
  log(`minhash: ${articles.length} Reuters-21578 articles`);
  const result = await benchMinhash({ articles });
  return { entries: result.entries, remarks: result.remarks, otherLoadCores: result.otherLoadCores };
}

/** Section 7: `wiretrace serve` under load on loopback, over a cached store. */
async function benchHttpServer(options: Options): Promise<SectionResult> {
  return benchServe({
    repoRoot: REPO_ROOT,
    cli: CLI,
    storeSize: options.store,
    cacheFolder: CACHE_FOLDER,
    pipelineUpTo: options.pipelineUpTo,
    seconds: options.seconds,
    connections: options.connections,
    compareConnections: options.compareConnections,
    ids: options.ids,
    coldIds: options.coldIds,
    rounds: options.rounds,
    sourceFile: SOURCE,
    rewriteFile: REWRITE,
    log,
  });
}

/** Section 8 (opt-in): one batch of thousands of distinct pairs, for throughput and memory growth. */
async function benchLongRun(options: Options): Promise<SectionResult> {
  return benchLongBatch({
    repoRoot: REPO_ROOT,
    cli: CLI,
    pairs: options.longPairs,
    pairsPerSecondTarget: TARGETS.pairsPerSecond,
    peakRssTargetMB: TARGETS.peakRssMB,
    log,
  });
}

function cpuNote(run: ChildRun): string {
  return `busy ${round(run.cpuSeconds / (run.wallMs / 1000))} cores, other ${round(run.otherLoadCores)}`;
}

function fileKB(relative: string): number {
  return round(statSync(path.join(REPO_ROOT, relative)).size / 1000, 1);
}

const RESULTS_FILE = path.join(REPO_ROOT, "bench/results.json");

interface EarlierFigures {
  entries: Entry[];
  remarks: Record<string, string[]>;
  /** When each kept section was measured. */
  sectionDates: Record<string, string>;
}

/**
 * The figures of sections this run left out, from the last bench/results.json, so `--only` adds
 * to the file rather than emptying it; `sectionDates` says when each section was measured.
 */
function earlierFigures(fresh: readonly Entry[], freshRemarks: Record<string, string[]>): EarlierFigures {
  const none: EarlierFigures = { entries: [], remarks: {}, sectionDates: {} };
  if (!existsSync(RESULTS_FILE)) return none;
  try {
    const earlier = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as {
      date?: string;
      entries?: Entry[];
      remarks?: Record<string, string[]>;
      sectionDates?: Record<string, string>;
    };
    const rerun = new Set(fresh.map((entry) => entry.section));
    const entries = (earlier.entries ?? []).filter((entry) => !rerun.has(entry.section));
    const sectionDates = Object.fromEntries(
      [...new Set(entries.map((entry) => entry.section))].map((section) => [section, earlier.sectionDates?.[section] ?? earlier.date ?? "unknown"]),
    );
    // Titles start with the section's number ("5. sources latency at 10k, 100k ..."); the rest may change between runs.
    const numberOf = (title: string) => title.split(" ")[0];
    const rerunNumbers = new Set(Object.keys(freshRemarks).map(numberOf));
    const remarks = Object.fromEntries(Object.entries(earlier.remarks ?? {}).filter(([title]) => !rerunNumbers.has(numberOf(title))));
    return { entries, remarks, sectionDates };
  } catch {
    return none;
  }
}

function describe(conditions: Conditions, build: string): string {
  const { machine } = conditions;
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.platform}`,
    `node ${conditions.node}; ${conditions.date}; commit ${conditions.commit ?? "n/a"}; dist ${build}`,
    `load average at start: ${machine.loadAverageAtStart} (anything else running on the machine slows every figure)`,
  ].join("\n");
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  const build = options.only.some((id) => NEEDS_BUILD.includes(id)) ? ensureBuild(REPO_ROOT, log) : "not needed";
  const conditions = describeConditions(REPO_ROOT);
  process.stdout.write(`${describe(conditions, build)}\n`);

  const sections: [SectionId, string, (options: Options) => Promise<SectionResult>][] = [
    ["cold", `1. Cold CLI: compare ${SOURCE} ${REWRITE} --format json`, benchColdCli],
    ["batch", "2. Batch: compare --pairs (SummEdits doc -> summary)", benchBatch],
    ["stages", "3. Stages on the example pair (cold = first call in a fresh process; warm = in-process)", benchStages],
    ["ingest", "4. Corpus ingest: real Reuters-21578 + BBC News articles through the pipeline", benchCorpusIngest],
    ["sources", `5. sources latency at ${options.sizes.map(sizeLabel).join(", ")} stored articles`, benchCorpusSources],
    ["minhash", "6. MinHash signatures vs the npm packages, and LSH recall", benchCorpusMinhash],
    ["serve", `7. wiretrace serve under load at ${sizeLabel(options.store)} stored articles (autocannon on loopback)`, benchHttpServer],
    ["long", "8. Long batch: compare --pairs on BBC News articles against their leads", benchLongRun],
  ];
  const entries: Entry[] = [];
  const remarks: Record<string, string[]> = {};
  const contended: string[] = [];
  for (const [id, title, run] of sections) {
    if (!options.only.includes(id)) continue;
    const section = await run(options);
    entries.push(...section.entries);
    remarks[title] = section.remarks;
    if (section.otherLoadCores >= CONTENDED_CORES) contended.push(`${title.split(":")[0]} (${round(section.otherLoadCores)} cores)`);
    process.stdout.write(`${formatTable(title, section.entries, section.remarks)}\n`);
  }
  if (contended.length > 0) {
    process.stdout.write(`\nWARNING: other processes were busy during ${contended.join(", ")}; those figures are pessimistic. Rerun on a quiet machine.\n`);
  }

  const benchSeconds = round((performance.now() - started) / 1000, 0);
  const kept = earlierFigures(entries, remarks);
  const results = {
    ...conditions,
    build,
    options,
    benchSeconds,
    targets: TARGETS,
    contended,
    remarks: { ...kept.remarks, ...remarks },
    entries: [...kept.entries, ...entries],
    sectionDates: { ...kept.sectionDates, ...Object.fromEntries(entries.map((entry) => [entry.section, conditions.date])) },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nbench took ${benchSeconds} s; figures written to bench/results.json\n`);
}

await main();
