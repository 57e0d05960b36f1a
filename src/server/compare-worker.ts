/** The server's compare worker: compares what the event loop sends, one request at a time. */
import { serializeError } from "../errors/index.js";
import { answerTasks } from "../worker/answer-tasks.js";
import { prepareThreadCompare } from "../worker/thread-compare.js";
import type { CompareReply, CompareRequest } from "./compare-protocol.js";

const compare = await prepareThreadCompare();

answerTasks(async (request: CompareRequest): Promise<CompareReply> => {
  try {
    return { id: request.id, report: await compare(request.source, request.rewrite) };
  } catch (error) {
    return { id: request.id, error: serializeError(error) };
  }
});
