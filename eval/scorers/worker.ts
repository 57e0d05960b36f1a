import { parentPort, workerData } from "node:worker_threads";
import type { PoolRequest } from "./pool.js";
import { createScorer, type ScorerName } from "./index.js";
import { engineEmbed } from "./engine.js";

/**
 * One scoring thread: builds its own scorer (loading the model once), then answers requests: a
 * pair's report, or the vectors of some texts from the same encoder and cache the scorer uses.
 */
const port = parentPort;
if (!port) throw new Error("scorers/worker.ts must run as a worker thread");

const scorer = await createScorer(workerData as ScorerName);
port.on("message", async (request: PoolRequest) => {
  try {
    if ("embed" in request) port.postMessage({ id: request.id, vectors: await engineEmbed(request.embed) });
    else port.postMessage({ id: request.id, report: await scorer(request.source, request.rewrite) });
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
