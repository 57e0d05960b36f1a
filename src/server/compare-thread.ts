/**
 * The server's compares run on one worker thread, so a long one (a pair of 300 KB texts took 35 s
 * on a 2-core machine) never holds up the event loop: health checks, pages and other API calls are
 * answered meanwhile. Compares queue in arrival order and go to the worker one at a time. The
 * worker starts with the server (`warm`) or else the first compare, and loads its own encoder; one
 * that dies (out of memory, a crash) fails the compare in hand only, and the next compare starts a
 * fresh one.
 */
import type { ResourceLimits } from "node:worker_threads";
import type { CompareInput } from "../compare/index.js";
import { createError, deserializeError, serializeError, type WiretraceError } from "../errors/index.js";
import type { CompareReport } from "../report/types.js";
import { diedOutOfMemory, WORKER_HEAP_LIMIT_TEXT } from "../worker/heap-limit.js";
import { TaskWorker } from "../worker/task-worker.js";
import type { CompareReply, CompareRequest } from "./compare-protocol.js";

export interface CompareThreadOptions {
  /** The worker script: it answers each CompareRequest with one CompareReply. */
  script: URL;
  resourceLimits?: ResourceLimits;
}

export interface CompareThread {
  /** The report, or the error compare threw on the worker, thrown again here: a WiretraceError keeps its code and message. */
  compare(source: CompareInput, rewrite: CompareInput): Promise<CompareReport>;
  /** Starts the worker and its model load now, so the first compare does not wait for them. */
  warm(): void;
  /** Ends the worker; the server calls it once no compare is in flight. */
  stop(): Promise<void>;
}

export function createCompareThread(options: CompareThreadOptions): CompareThread {
  const workerOptions = {
    ...options,
    crashReply: (request: CompareRequest, error: Error): CompareReply => ({ id: request.id, error: serializeError(crashError(error)) }),
  };
  let worker: TaskWorker<CompareRequest, CompareReply> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let lastId = 0;

  function liveWorker(): TaskWorker<CompareRequest, CompareReply> {
    if (!worker?.alive) worker = new TaskWorker(workerOptions);
    return worker;
  }

  return {
    async compare(source, rewrite) {
      const request: CompareRequest = { id: ++lastId, source, rewrite };
      const reply = queue.then(() => liveWorker().run(request));
      // A compare that fails must not stop the ones queued behind it.
      queue = reply.catch(() => undefined);
      const answer = await reply;
      if ("error" in answer) throw deserializeError(answer.error);
      return answer.report;
    },
    warm() {
      liveWorker();
    },
    async stop() {
      await worker?.stop();
    },
  };
}

/** One line for the client: the server's failure (500), not the request's. */
function crashError(error: Error): WiretraceError {
  return diedOutOfMemory(error) ? createError("COMPARE_OUT_OF_MEMORY", { limit: WORKER_HEAP_LIMIT_TEXT }) : createError("COMPARE_CRASHED", { reason: error.message });
}
