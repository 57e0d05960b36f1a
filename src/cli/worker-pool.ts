import type { ResourceLimits } from "node:worker_threads";
import { TaskWorker } from "../worker/task-worker.js";
import type { PairTask, WorkerReply } from "./batch-protocol.js";

export interface PoolOptions {
  workerCount: number;
  /** The worker script: it answers each PairTask message with one WorkerReply. */
  script: URL;
  resourceLimits?: ResourceLimits;
  /** The error reply for a pair whose worker died while comparing it (out of memory, a crash). */
  describeCrash: (error: Error) => string;
}

/**
 * Pairs handed out but not yet passed on, per worker, past which no more are handed out: a slow
 * pair holds back the replies after it, and the pairs behind it must not pile up in memory.
 */
const MAX_WAITING_PER_WORKER = 64;

/** A long run of one source is cut into groups of this many, so one group never fills memory. */
const MAX_GROUP_PAIRS = 64;

/**
 * Runs the pairs on worker threads as they are read, and passes each reply to `onReply` in the
 * pairs' order. Consecutive pairs that share a source go to the same worker, one after the other,
 * so its sentence-vector cache serves the source again (one story, many rewrites). Only
 * consecutive pairs can be grouped, since the pairs are streamed: a source that comes back after
 * other sources may go to another worker and be encoded again. Pairs are read only as workers need
 * them, so memory holds the pairs in flight, not the batch. A worker that dies while comparing a
 * pair costs that pair only: it is answered with an error and a fresh worker takes the rest, so
 * one oversized pair never loses the batch its good pairs.
 */
export async function runPool(tasks: AsyncIterable<PairTask>, options: PoolOptions, onReply: (reply: WorkerReply) => void): Promise<void> {
  const order = new InOrder(onReply);
  const groups = handOut(consecutiveBySource(tasks), order, MAX_WAITING_PER_WORKER * options.workerCount);
  const slots = Array.from({ length: options.workerCount }, () => runSlot(groups, options, (reply) => order.arrive(reply)));
  // A failed read ends every slot at its next pull; each finishes its group and stops its worker first.
  const failed = (await Promise.allSettled(slots)).find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (failed) throw failed.reason;
}

/** Runs of consecutive pairs with one source, at most MAX_GROUP_PAIRS long. */
async function* consecutiveBySource(tasks: AsyncIterable<PairTask>): AsyncGenerator<PairTask[]> {
  let group: PairTask[] = [];
  for await (const task of tasks) {
    if (group.length > 0 && (task.source !== group[0]!.source || group.length === MAX_GROUP_PAIRS)) {
      yield group;
      group = [];
    }
    group.push(task);
  }
  if (group.length > 0) yield group;
}

/** Hands out each group once no more than `maxWaiting` pairs are waiting to be passed on. */
async function* handOut(groups: AsyncIterable<PairTask[]>, order: InOrder, maxWaiting: number): AsyncGenerator<PairTask[]> {
  for await (const group of groups) {
    await order.untilWaitingAtMost(maxWaiting);
    order.expect(group);
    yield group;
  }
}

/** One worker's share: a group at a time, its pairs in turn. The worker starts with the first group. */
async function runSlot(groups: AsyncIterator<PairTask[]>, options: PoolOptions, onReply: (reply: WorkerReply) => void): Promise<void> {
  const workerOptions = {
    script: options.script,
    resourceLimits: options.resourceLimits,
    crashReply: (task: PairTask, error: Error): WorkerReply => ({ line: task.line, id: task.id, error: options.describeCrash(error) }),
  };
  let worker: TaskWorker<PairTask, WorkerReply> | undefined;
  try {
    for (let next = await groups.next(); !next.done; next = await groups.next()) {
      for (const task of next.value) {
        if (!worker?.alive) worker = new TaskWorker(workerOptions);
        onReply(await worker.run(task));
      }
    }
  } finally {
    await worker?.stop();
  }
}

/** Passes replies on in the order their pairs were handed out, holding back those that finish early. */
class InOrder {
  /** Line numbers of the pairs handed out and not yet passed on, in order. */
  private readonly waiting: number[] = [];
  private readonly early = new Map<number, WorkerReply>();
  private wakers: (() => void)[] = [];

  constructor(private readonly onReply: (reply: WorkerReply) => void) {}

  expect(group: PairTask[]): void {
    for (const task of group) this.waiting.push(task.line);
  }

  arrive(reply: WorkerReply): void {
    this.early.set(reply.line, reply);
    while (this.waiting.length > 0 && this.early.has(this.waiting[0]!)) {
      const line = this.waiting.shift()!;
      this.onReply(this.early.get(line)!);
      this.early.delete(line);
    }
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  async untilWaitingAtMost(limit: number): Promise<void> {
    while (this.waiting.length > limit) await new Promise<void>((resolve) => this.wakers.push(resolve));
  }
}
