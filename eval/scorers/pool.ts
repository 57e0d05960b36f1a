import { Worker } from "node:worker_threads";
import type { CompareReport } from "../../src/report/types.js";
import type { Scorer } from "../types.js";
import type { ScorerName } from "./index.js";

/** A scorer spread over worker threads, one model per thread; close() ends the threads. */
export interface PooledScorer {
  scorer: Scorer;
  /**
   * The threads' own sentence encoders, the texts split between them: no model is loaded in this
   * thread, and a thread answers from its cache what its comparisons already embedded.
   */
  embed(texts: string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

type Reply =
  | { ready: true }
  | { id: number; report: CompareReport }
  | { id: number; vectors: Float32Array[] }
  | { id: number; error: string };

/** What a worker is asked: a pair to score, or texts to embed. */
type Question = { source: string; rewrite: string } | { embed: string[] };
export type PoolRequest = Question & { id: number };

interface Pending {
  resolve: (answer: CompareReport | Float32Array[]) => void;
  reject: (error: Error) => void;
}

interface Lane {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Set when the thread died; its requests were rejected and it gets no more. */
  lost: Error | null;
}

/**
 * Start `threads` workers, each building the named scorer, and wait until all are ready. Each
 * request goes to the live worker with the fewest in flight; if a worker dies, its requests fail
 * and the others carry on.
 */
export async function createPooledScorer(name: ScorerName, threads: number): Promise<PooledScorer> {
  // Node 20 does not apply tsx's loader to a worker's entry file, so a plain script registers
  // tsx in the new thread first and then imports the TypeScript worker.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); })`;
  let nextId = 0;
  let closing = false;
  const lanes = await Promise.all(Array.from({ length: threads }, () => startLane(bootstrap, name, () => closing)));
  const ask = <T extends CompareReport | Float32Array[]>(question: Question): Promise<T> =>
    new Promise((resolve, reject) => {
      const live = lanes.filter((lane) => lane.lost === null);
      if (live.length === 0) {
        reject(lanes[0]?.lost ?? new Error("no scoring threads"));
        return;
      }
      const lane = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      lane.pending.set(id, { resolve: resolve as Pending["resolve"], reject });
      lane.worker.postMessage({ id, ...question } satisfies PoolRequest);
    });
  return {
    scorer: (source, rewrite) => ask<CompareReport>({ source, rewrite }),
    async embed(texts) {
      const share = Math.ceil(texts.length / threads);
      const parts = Array.from({ length: threads }, (_, i) => texts.slice(i * share, (i + 1) * share)).filter((part) => part.length > 0);
      return (await Promise.all(parts.map((part) => ask<Float32Array[]>({ embed: part })))).flat();
    },
    async close() {
      closing = true;
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    },
  };
}

function startLane(bootstrap: string, name: ScorerName, closing: () => boolean): Promise<Lane> {
  const worker = new Worker(bootstrap, { eval: true, workerData: name });
  const lane: Lane = { worker, pending: new Map(), lost: null };
  const lose = (error: Error): void => {
    lane.lost ??= error;
    for (const waiter of lane.pending.values()) waiter.reject(error);
    lane.pending.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        resolve(lane);
        return;
      }
      const waiter = lane.pending.get(reply.id);
      lane.pending.delete(reply.id);
      if ("error" in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve("report" in reply ? reply.report : reply.vectors);
    });
    worker.on("error", (error) => {
      lose(error);
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!closing()) lose(new Error(`scoring thread exited with code ${code}`));
    });
  });
}
