import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { readPairLines } from "../compare/pairs.js";
import { createError } from "../errors/index.js";
import { fileError } from "../ingest/file-error.js";
import { countContentLines } from "../ingest/lines.js";
import { diedOutOfMemory, WORKER_HEAP_LIMIT_TEXT, WORKER_HEAP_LIMITS } from "../worker/heap-limit.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";
import { runPool } from "./worker-pool.js";

/** Both cores of a small machine; more workers only add another copy of the model each. */
const MAX_DEFAULT_WORKERS = 2;

export interface BatchOptions {
  workers?: number;
  referenceDate: string | null;
}

/**
 * `compare --pairs FILE`: one JSON report per good line on stdout, in input order, each with its
 * id; a bad line is reported on stderr with its number as soon as it is read, and skipped. The
 * file is streamed, so memory holds the pairs in flight, not the file; consecutive lines with one
 * source share a worker (see runPool). Returns the exit code.
 */
export async function runBatch(path: string, options: BatchOptions): Promise<number> {
  // A first pass over the bytes alone gives the progress line its total.
  const progress = new Progress(await countContentLines(fileChunks(path)));
  const skip = (line: number, reason: string) => progress.skipped(`wiretrace: ${path}:${line}: ${reason}; skipped`);
  async function* tasks(): AsyncGenerator<PairTask> {
    for await (const pair of readPairLines(fileChunks(path))) {
      if ("reason" in pair) skip(pair.line, pair.reason);
      else yield { ...pair, referenceDate: options.referenceDate };
    }
  }
  const writeReply = (reply: WorkerReply) => {
    if ("error" in reply) skip(reply.line, reply.error);
    else {
      process.stdout.write(`${JSON.stringify({ id: reply.id, ...reply.report })}\n`);
      progress.compared();
    }
  };

  const pool = {
    workerCount: options.workers ?? Math.min(MAX_DEFAULT_WORKERS, availableParallelism()),
    script: new URL("./batch-worker.js", import.meta.url),
    resourceLimits: WORKER_HEAP_LIMITS,
    describeCrash: (error: Error) =>
      createError(diedOutOfMemory(error) ? "PAIR_OUT_OF_MEMORY" : "PAIR_CRASHED", { limit: WORKER_HEAP_LIMIT_TEXT, reason: error.message }).message,
  };
  await runPool(tasks(), pool, writeReply);
  progress.done();
  return progress.nothingCompared ? 2 : 0;
}

/** The file's bytes as they are read; a file that cannot be opened or read is one WiretraceError. */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* createReadStream(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

/**
 * The batch's counts on stderr: rewritten in place on a terminal, a line every 5% of the lines
 * when piped. A skipped line's message gets a line of its own.
 */
class Progress {
  private comparedCount = 0;
  private skippedCount = 0;
  private readonly started = Date.now();
  constructor(private readonly totalLines: number) {}

  get nothingCompared(): boolean {
    return this.comparedCount === 0;
  }

  compared(): void {
    this.comparedCount++;
    this.show();
  }

  skipped(message: string): void {
    this.skippedCount++;
    process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${message}\n` : `${message}\n`);
    this.show();
  }

  done(): void {
    if (process.stderr.isTTY && this.comparedCount + this.skippedCount > 0) process.stderr.write("\n");
    process.stderr.write(`done: ${this.comparedCount} compared, ${this.skippedCount} skipped, ${this.seconds().toFixed(1)} s\n`);
  }

  private show(): void {
    const finished = this.comparedCount + this.skippedCount;
    const skipped = this.skippedCount > 0 ? ` (${this.skippedCount} skipped)` : "";
    const line = `compared ${this.comparedCount}/${this.totalLines} pairs${skipped}, ${(this.comparedCount / Math.max(0.001, this.seconds())).toFixed(1)} pairs/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
    else if (finished === this.totalLines || finished % Math.max(1, Math.ceil(this.totalLines / 20)) === 0) process.stderr.write(`${line}\n`);
  }

  private seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}
