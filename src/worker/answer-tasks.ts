import { parentPort } from "node:worker_threads";

/**
 * What a worker script posts once it can take tasks. `TaskWorker.stop()` waits for it: ending a
 * thread while onnxruntime builds its session aborts the whole process (session 14), so a worker
 * is only ended once its model has loaded. Stand-in test workers post this string too.
 */
export const WORKER_READY = "wiretrace/worker-ready";

/** In a worker script, once its model has loaded: answers each task its TaskWorker sends, in turn. */
export function answerTasks<Task, Reply>(answer: (task: Task) => Promise<Reply>): void {
  const port = parentPort;
  if (!port) throw new Error("answerTasks runs in a worker thread");
  port.on("message", async (task: Task) => port.postMessage(await answer(task)));
  port.postMessage(WORKER_READY);
}
