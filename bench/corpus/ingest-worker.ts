/**
 * One ingest process of the corpus benchmark, started by bench/corpus.ts so that its time, CPU and
 * peak memory are its own and two of them can share a store. Prints one JSON line (IngestRun).
 *
 *   --db FILE --jsonl FILE [--vectors]      the real pipeline on a JSON Lines file, as `wiretrace ingest` reads it
 *   --db FILE --from N --count M            the real pipeline on positions N..N+M-1 of the benchmark sequence
 *   --db FILE --from N --count M --bulk     the same articles written straight to the store (see writeDirect)
 */
import { parseArgs } from "node:util";
import { ingestArticles, type IngestSummary } from "../../src/corpus/index.js";
import { loadDefaultEncoder } from "../../src/encoder/index.js";
import { buildArticleInput, collectArticles, type IngestItem } from "../../src/ingest/index.js";
import { sketch } from "../../src/sketch/index.js";
import { openSqliteStore, type Store, type StoryPlacement } from "../../src/store/index.js";
import type { SourceArticle } from "../../eval/corpus/articles.js";
import { startLoadWatch } from "../load.js";
import { corpusSequence, loadRealArticles, realFields, type SequenceItem } from "./sequence.js";

/** What one worker reports. Times are epoch milliseconds so runs in two processes can be lined up. */
export interface IngestRun {
  added: number;
  duplicates: number;
  rejected: number;
  /** First article to last, model load and data preparation excluded. */
  startedAt: number;
  endedAt: number;
  seconds: number;
  /** Loading the sentence encoder, before the timed part; 0 without vectors. */
  encoderLoadSeconds: number;
  /** User + system CPU of the timed part. */
  cpuSeconds: number;
  /** Peak resident set of the whole process, in MB (10^6 bytes). */
  peakRssMB: number;
  /** Cores kept busy by every other process meanwhile, a second worker included (see bench/load.ts). */
  otherLoadCores: number;
}

const PROGRESS_EVERY = 10_000;
const HEADLINE_LENGTH = 120;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      jsonl: { type: "string" },
      from: { type: "string" },
      count: { type: "string" },
      vectors: { type: "boolean", default: false },
      bulk: { type: "boolean", default: false },
    },
  });
  if (!values.db) throw new Error("--db is required");
  const loadStarted = performance.now();
  const encoder = values.vectors ? await loadDefaultEncoder() : null;
  const encoderLoadSeconds = values.vectors ? (performance.now() - loadStarted) / 1000 : 0;

  const real = values.jsonl === undefined ? loadRealArticles() : [];
  const from = Number(values.from);
  const count = Number(values.count);
  if (values.jsonl === undefined && !(Number.isInteger(from) && Number.isInteger(count))) throw new Error("--from and --count must be integers");
  // The pipeline's share is generated before the clock starts; the bulk build streams it (a million texts).
  const sequence = values.jsonl !== undefined || values.bulk ? null : [...corpusSequence(real, from, count)];
  const store = await openSqliteStore(values.db);
  const load = startLoadWatch();
  const cpuAtStart = process.cpuUsage();
  const startedAt = Date.now();
  let summary: IngestSummary;
  try {
    if (values.jsonl !== undefined) summary = await ingestArticles(store, collectArticles([values.jsonl]), { encoder });
    else if (values.bulk) summary = await writeDirect(store, corpusSequence(real, from, count), real);
    else summary = await ingestArticles(store, asItems(sequence!), { encoder, onItem: progress(from) });
  } finally {
    await store.close();
  }
  const endedAt = Date.now();
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const run: IngestRun = {
    added: summary.added + summary.newVersions,
    duplicates: summary.duplicates,
    rejected: summary.rejected.length,
    startedAt,
    endedAt,
    seconds: (endedAt - startedAt) / 1000,
    encoderLoadSeconds,
    cpuSeconds,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    otherLoadCores: load.otherCores(cpuSeconds, (endedAt - startedAt) / 1000),
  };
  if (summary.rejected.length > 0) process.stderr.write(`[worker] first rejection: ${JSON.stringify(summary.rejected[0])}\n`);
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function* asItems(sequence: readonly SequenceItem[]): Generator<IngestItem> {
  for (const item of sequence) yield { ok: true, article: item.article };
}

function progress(from: number): () => void {
  let done = 0;
  const started = performance.now();
  return () => {
    if (++done % PROGRESS_EVERY !== 0) return;
    const rate = done / ((performance.now() - started) / 1000);
    process.stderr.write(`[worker ${from}] ${done} ingested, ${Math.round(rate)}/s\n`);
  };
}

/**
 * Writes the articles with the index features the pipeline computes (the same `sketch`: signature
 * and band keys; full text for the lexical index) but without the pipeline's story search: a
 * variant joins its real article's story, which the sequence already knows. This is what builds
 * the 1M store in reasonable time; the indexes it leaves are the ones the pipeline would.
 */
async function writeDirect(store: Store, sequence: Iterable<SequenceItem>, real: readonly SourceArticle[]): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, newVersions: 0, rejected: [] };
  const storyOfSource = new Map<number, number>();
  const started = performance.now();
  for (const item of sequence) {
    const { signature, bandKeys } = sketch(item.article.text);
    const placement = await placementFor(store, item, real, storyOfSource);
    const outcome = await store.addArticle(item.article, { signature, bandKeys }, placement);
    if (item.round === 0 && outcome.storyId !== undefined) storyOfSource.set(item.sourceIndex, outcome.storyId);
    if (outcome.status === "duplicate") {
      summary.duplicates++;
    } else if (++summary.added % PROGRESS_EVERY === 0) {
      process.stderr.write(`[worker bulk] ${summary.added} written, ${Math.round(summary.added / ((performance.now() - started) / 1000))}/s\n`);
    }
  }
  return summary;
}

async function placementFor(
  store: Store,
  item: SequenceItem,
  real: readonly SourceArticle[],
  storyOfSource: Map<number, number>,
): Promise<StoryPlacement> {
  let story = storyOfSource.get(item.sourceIndex);
  if (story === undefined && item.round > 0) {
    const sourceId = await store.idByHash(buildArticleInput(realFields(real[item.sourceIndex]!)).contentHash);
    story = sourceId === null ? undefined : (await store.getArticle(sourceId))?.storyId;
    if (story !== undefined) storyOfSource.set(item.sourceIndex, story);
  }
  return story === undefined ? { newStory: { headline: item.article.title ?? item.article.text.slice(0, HEADLINE_LENGTH) } } : { story };
}

await main();
