import { WiretraceError } from "../errors/index.js";
import { answerTasks } from "../worker/answer-tasks.js";
import { prepareThreadCompare } from "../worker/thread-compare.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";

/**
 * Vectors a worker keeps: a pair needs its own sentences, and pairs that share a source (sent to
 * one worker in a row) that source's; more only holds sentences a batch of new sources never
 * meets again. 2,000 instead of the default 10,000 took the long batch (`npm run bench -- --only
 * long`) from 683 to 625-628 MB peak, at the same speed and with the same reports.
 */
const WORKER_CACHE_LIMIT = 2_000;

const compare = await prepareThreadCompare({ cacheLimit: WORKER_CACHE_LIMIT });
const { articleFromString } = await import("../ingest/index.js");

/** Compares pairs sent by the batch runner; the model loads once per worker. */
answerTasks(async (task: PairTask): Promise<WorkerReply> => {
  try {
    const source = articleFromString(task.source, `line ${task.line} source`);
    const rewrite = articleFromString(task.rewrite, `line ${task.line} rewrite`);
    return { line: task.line, id: task.id, report: await compare(source, rewrite, task.referenceDate) };
  } catch (error) {
    const message = error instanceof WiretraceError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { line: task.line, id: task.id, error: message };
  }
});
