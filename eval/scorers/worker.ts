import { parentPort, workerData } from "node:worker_threads";
import { createScorer, type ScorerName } from "./index.js";

/** One scoring thread: builds its own scorer (loading the model once), then answers requests. */
interface Request {
  id: number;
  source: string;
  rewrite: string;
}

const port = parentPort;
if (!port) throw new Error("scorers/worker.ts must run as a worker thread");

const scorer = await createScorer(workerData as ScorerName);
port.on("message", async ({ id, source, rewrite }: Request) => {
  try {
    port.postMessage({ id, report: await scorer(source, rewrite) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
