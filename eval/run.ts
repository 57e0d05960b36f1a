/**
 * `npm run eval [-- --sample] [--only msrp,bump] [--scorer engine|words|overlap] [--jobs N]`
 * Scores the labelled data sets in ../shared/data, prints a table, writes the figures to
 * eval/results*.json and per-item records to eval/out/<scorer>[-sample]/.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DataMissingError, dataFolder, repoRoot } from "./paths.js";
import { formatTable, mergeResults, selectTasks } from "./results.js";
import { createScorer, SCORER_NAMES, type ScorerName } from "./scorers/index.js";
import { engineEmbed } from "./scorers/engine.js";
import { createPooledScorer } from "./scorers/pool.js";
import { bumpTask1, bumpTask2 } from "./tasks/bump.js";
import { cloughStevensonTask } from "./tasks/clough-stevenson.js";
import { corpusTask } from "./tasks/corpus.js";
import { extractsTask } from "./tasks/extracts.js";
import { leadsTask } from "./tasks/leads.js";
import { msrpTask } from "./tasks/msrp.js";
import { plantedTask } from "./tasks/planted.js";
import { polnearTask } from "./tasks/polnear.js";
import { summEditsTask } from "./tasks/summedits.js";
import type { ResultEntry, Scorer, Task } from "./types.js";

const TASKS: { task: Task; dataFolder: string }[] = [
  { task: msrpTask, dataFolder: "msrp" },
  { task: bumpTask1, dataFolder: "bump" },
  { task: bumpTask2, dataFolder: "bump" },
  { task: summEditsTask, dataFolder: "summedits" },
  { task: cloughStevensonTask, dataFolder: "clough-stevenson" },
  { task: polnearTask, dataFolder: "polnear" },
  { task: corpusTask, dataFolder: "reuters21578" },
  { task: extractsTask, dataFolder: "bbc-news" },
  { task: leadsTask, dataFolder: "bbc-news" },
  { task: plantedTask, dataFolder: "bbc-news" },
];

const log = (message: string): void => {
  process.stderr.write(`[eval] ${message}\n`);
};

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sample: { type: "boolean", default: false },
      only: { type: "string" },
      scorer: { type: "string", default: "engine" },
      jobs: { type: "string", default: String(Math.min(2, availableParallelism())) },
      results: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const scorer = values.scorer as ScorerName;
  if (!SCORER_NAMES.includes(scorer)) throw new Error(`--scorer must be one of ${SCORER_NAMES.join(", ")}`);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs must be a whole number of at least 1");
  const suffix = `${scorer === "engine" ? "" : `-${scorer}`}${values.sample ? "-sample" : ""}`;
  return {
    help: values.help,
    sample: values.sample,
    only: values.only,
    scorer,
    jobs,
    resultsFile: path.resolve(values.results ?? path.join(repoRoot, "eval", `results${suffix}.json`)),
    outDir: path.join(repoRoot, "eval", "out", `${scorer}${values.sample ? "-sample" : ""}`),
  };
}

const USAGE = `usage: npm run eval -- [--sample] [--only ${TASKS.map((t) => t.task.name).join(",")}]
       [--scorer ${SCORER_NAMES.join("|")}] [--jobs N] [--results FILE]`;

/** Options, selected tasks and their data folders, or a one-line reason to stop before any work. */
function prepare(): { options: ReturnType<typeof parseOptions>; tasks: Task[] } | string {
  try {
    const options = parseOptions();
    const tasks = selectTasks(
      TASKS.map((entry) => entry.task),
      options.only,
    );
    // Fail before the model loads when a data set is missing.
    for (const entry of TASKS) if (tasks.includes(entry.task)) dataFolder(entry.dataFolder);
    return { options, tasks };
  } catch (error) {
    if (error instanceof DataMissingError) return error.message;
    return `${error instanceof Error ? error.message : String(error)}\n${USAGE}`;
  }
}

async function main(): Promise<void> {
  const prepared = prepare();
  if (typeof prepared === "string") {
    process.stderr.write(`eval: ${prepared}\n`);
    process.exitCode = 2;
    return;
  }
  const { options, tasks } = prepared;
  if (options.help) {
    console.log(USAGE);
    return;
  }

  const loadStarted = Date.now();
  let scorer: Scorer;
  // With threads, the threads' encoders embed too, so this thread never loads a model of its own.
  let embed = engineEmbed;
  let close = async (): Promise<void> => {};
  const needsScorer = tasks.some((task) => task.usesScorer !== false);
  if (!needsScorer) {
    scorer = () => Promise.reject(new Error("no scorer was loaded: the selected tasks analyse text alone"));
  } else if (options.jobs > 1) {
    const pool = await createPooledScorer(options.scorer, options.jobs);
    scorer = pool.scorer;
    embed = pool.embed;
    close = pool.close;
  } else {
    scorer = await createScorer(options.scorer);
  }
  log(
    needsScorer
      ? `${options.scorer} scorer ready in ${seconds(loadStarted)} (${options.jobs} thread${options.jobs > 1 ? "s" : ""})`
      : "no scorer loaded: the selected tasks analyse text alone",
  );

  const entries: ResultEntry[] = [];
  try {
    for (const task of tasks) {
      const started = Date.now();
      log(`${task.name}: running${options.sample ? " (sample)" : ""}`);
      entries.push(
        ...(await task.run({
          scorer,
          sample: options.sample,
          outDir: options.outDir,
          concurrency: options.jobs * 2,
          log,
          embed: options.scorer === "engine" ? embed : undefined,
        })),
      );
      log(`${task.name}: done in ${seconds(started)}`);
    }
  } finally {
    await close();
  }

  const previous: ResultEntry[] =
    options.only !== undefined && existsSync(options.resultsFile)
      ? (JSON.parse(readFileSync(options.resultsFile, "utf8")) as ResultEntry[])
      : [];
  writeFileSync(options.resultsFile, `${JSON.stringify(mergeResults(previous, entries), null, 2)}\n`);
  console.log(formatTable(entries));
  log(`figures written to ${path.relative(process.cwd(), options.resultsFile)}, per-item records to ${path.relative(process.cwd(), options.outDir)}/`);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
