import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { ResourceLimits } from "node:worker_threads";
import { createError } from "../errors/index.js";
import { parsePairLine } from "../compare/pairs.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";
import { runPool } from "./worker-pool.js";

/** Both cores of a small machine; more workers only add another copy of the model each. */
const MAX_DEFAULT_WORKERS = 2;

/**
 * Each worker's V8 heap limit. Under the default limit (4 GB here) V8 lets a heap grow to as much as
 * 4 times its live size before a full collection, so the two workers' uncollected garbage decided
 * whether a batch peaked at 570 or 710 MB. Below 2 GB the growth factor is capped between 1.3 and
 * 2 (1.6 at 1 GB). 1 GB still holds the analysis of a 2 MB source: a 1 MB one took 470 MB of heap.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

export interface BatchOptions {
  workers?: number;
  referenceDate: string | null;
}

/**
 * `compare --pairs FILE`: one JSON report per good line on stdout, in input order, each with its
 * id; a bad line is reported on stderr with its number and skipped. Returns the exit code.
 */
export async function runBatch(path: string, options: BatchOptions): Promise<number> {
  if (!existsSync(path)) throw createError("INPUT_NOT_FOUND", { path });
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const tasks: PairTask[] = [];
  let skipped = 0;
  let compared = 0;
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = parsePairLine(line, i + 1);
    if ("reason" in parsed) {
      skipped++;
      process.stderr.write(`wiretrace: ${path}:${i + 1}: ${parsed.reason}; skipped\n`);
    } else tasks.push({ ...parsed, referenceDate: options.referenceDate });
  });

  const progress = new Progress(tasks.length);
  const results = new Map<number, WorkerReply>();
  let nextToWrite = 0;
  const flush = () => {
    while (nextToWrite < tasks.length && results.has(tasks[nextToWrite]!.line)) {
      const reply = results.get(tasks[nextToWrite]!.line)!;
      if ("report" in reply) {
        compared++;
        process.stdout.write(`${JSON.stringify({ id: reply.id, ...reply.report })}\n`);
      } else {
        skipped++;
        process.stderr.write(`wiretrace: ${path}:${reply.line}: ${reply.error}; skipped\n`);
      }
      nextToWrite++;
    }
  };
  const workerCount = Math.min(options.workers ?? Math.min(MAX_DEFAULT_WORKERS, availableParallelism()), Math.max(1, tasks.length));
  const pool = {
    workerCount,
    script: new URL("./batch-worker.js", import.meta.url),
    resourceLimits: WORKER_LIMITS,
    describeCrash: (error: Error) =>
      createError(outOfMemory(error) ? "PAIR_OUT_OF_MEMORY" : "PAIR_CRASHED", { limit: `${WORKER_LIMITS.maxOldGenerationSizeMb} MB`, reason: error.message }).message,
  };
  await runPool(tasks, pool, (reply) => {
    results.set(reply.line, reply);
    progress.tick();
    flush();
  });
  progress.done(compared, skipped);
  return compared === 0 ? 2 : 0;
}

function outOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** Progress on stderr: rewritten in place on a terminal, a line every 5% when piped. */
class Progress {
  private count = 0;
  private readonly started = Date.now();
  constructor(private readonly total: number) {}

  tick(): void {
    this.count++;
    const line = `compared ${this.count}/${this.total} pairs, ${this.rate().toFixed(1)} pairs/s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
    else if (this.count === this.total || this.count % Math.max(1, Math.ceil(this.total / 20)) === 0) process.stderr.write(`${line}\n`);
  }

  done(compared: number, skipped: number): void {
    if (process.stderr.isTTY && this.count > 0) process.stderr.write("\n");
    process.stderr.write(`done: ${compared} compared, ${skipped} skipped, ${((Date.now() - this.started) / 1000).toFixed(1)} s\n`);
  }

  private rate(): number {
    return this.count / Math.max(0.001, (Date.now() - this.started) / 1000);
  }
}
