import { parentPort } from "node:worker_threads";
import { WiretraceError } from "../errors/index.js";
import { loadDefaultEncoder } from "../encoder/index.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";

// The model's files are read and its WASM compiled off this thread, so the load starts before the
// pipeline's modules are imported (half a second of this thread's own work) instead of after.
// A failed load is reported with the first pair: compare() asks for the encoder again.
loadDefaultEncoder().catch(() => undefined);
const { compare } = await import("../compare/index.js");
const { articleFromString } = await import("../ingest/index.js");

/** Compares pairs sent by the batch runner; the model loads once per worker. */
parentPort?.on("message", async (task: PairTask) => {
  let reply: WorkerReply;
  try {
    const source = articleFromString(task.source, `line ${task.line} source`);
    const rewrite = articleFromString(task.rewrite, `line ${task.line} rewrite`);
    reply = { line: task.line, id: task.id, report: await compare(source, rewrite, { referenceDate: task.referenceDate }) };
  } catch (error) {
    const message = error instanceof WiretraceError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    reply = { line: task.line, id: task.id, error: message };
  }
  parentPort!.postMessage(reply);
});
