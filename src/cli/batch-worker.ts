import { parentPort } from "node:worker_threads";
import { compare } from "../compare/index.js";
import { WiretraceError } from "../errors/index.js";
import { articleFromString } from "../ingest/index.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";

/** Compares pairs sent by the batch runner; the model loads once per worker, on the first pair. */
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
