import { Worker, type ResourceLimits } from "node:worker_threads";
import type { PairTask, WorkerReply } from "./batch-protocol.js";

export interface PoolOptions {
  workerCount: number;
  /** The worker script: it answers each PairTask message with one WorkerReply. */
  script: URL;
  resourceLimits?: ResourceLimits;
  /** The error reply for a pair whose worker died while comparing it (out of memory, a crash). */
  describeCrash: (error: Error) => string;
}

/**
 * Runs the pairs on worker threads. Pairs that share a source go to the same worker, one after the
 * other, so its sentence-vector cache serves the source again (one story, many rewrites). A worker
 * that dies while comparing a pair costs that pair only: it is answered with an error and a fresh
 * worker takes the rest, so one oversized pair never loses the batch its good pairs.
 */
export function runPool(tasks: PairTask[], options: PoolOptions, onReply: (reply: WorkerReply) => void): Promise<void> {
  if (tasks.length === 0) return Promise.resolve();
  const queue = groupBySource(tasks);
  return new Promise((resolve, reject) => {
    let running = 0;
    const start = (group: PairTask[] = []) => {
      running++;
      const worker = new Worker(options.script, { resourceLimits: options.resourceLimits });
      let current: PairTask | undefined;
      const feed = () => {
        if (group.length === 0) group = queue.shift() ?? [];
        current = group.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => --running === 0 && resolve());
      };
      worker.on("message", (reply: WorkerReply) => {
        onReply(reply);
        feed();
      });
      worker.on("error", (error) => {
        running--;
        // A worker that fails with no pair in hand cannot start at all; a new one would fail alike.
        if (!current) return reject(error);
        onReply({ line: current.line, id: current.id, error: options.describeCrash(error) });
        start(group);
      });
      feed();
    };
    for (let i = 0; i < options.workerCount; i++) start();
  });
}

function groupBySource(tasks: PairTask[]): PairTask[][] {
  const groups = new Map<string, PairTask[]>();
  for (const task of tasks) {
    const group = groups.get(task.source);
    if (group) group.push(task);
    else groups.set(task.source, [task]);
  }
  return [...groups.values()];
}
