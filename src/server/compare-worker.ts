/** The server's compare worker: compares what the event loop sends, one request at a time. */
import { parentPort } from "node:worker_threads";
import { serializeError } from "../errors/index.js";
import { prepareThreadCompare } from "../worker/thread-compare.js";
import type { CompareReply, CompareRequest } from "./compare-protocol.js";

const compare = await prepareThreadCompare();

parentPort?.on("message", async (request: CompareRequest) => {
  let reply: CompareReply;
  try {
    reply = { id: request.id, report: await compare(request.source, request.rewrite) };
  } catch (error) {
    reply = { id: request.id, error: serializeError(error) };
  }
  parentPort!.postMessage(reply);
});
