/** The server's compare worker: compares what the event loop sends, one request at a time. */
import { availableParallelism } from "node:os";
import { parentPort } from "node:worker_threads";
import { serializeError } from "../errors/index.js";
import { prepareThreadCompare } from "../worker/thread-compare.js";
import type { CompareReply, CompareRequest } from "./compare-protocol.js";

// The server's only compare thread, so its encoder may use every core.
const compare = await prepareThreadCompare({ threads: availableParallelism() });

parentPort?.on("message", async (request: CompareRequest) => {
  let reply: CompareReply;
  try {
    reply = { id: request.id, report: await compare(request.source, request.rewrite) };
  } catch (error) {
    reply = { id: request.id, error: serializeError(error) };
  }
  parentPort!.postMessage(reply);
});
