import { BroadcastChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { PairTask, WorkerReply } from "./batch-protocol.js";
import { runPool } from "./worker-pool.js";

const script = new URL("./worker-pool.test-worker.mjs", import.meta.url);

function task(line: number, source: string, rewrite: string): PairTask {
  return { line, id: `pair-${line}`, source, rewrite, referenceDate: null };
}

async function* stream(tasks: PairTask[], onRead: () => void = () => undefined): AsyncGenerator<PairTask> {
  for (const one of tasks) {
    onRead();
    yield one;
  }
}

/** The replies in the order the pool passed them on. */
async function replies(tasks: PairTask[], workerCount: number): Promise<WorkerReply[]> {
  const got: WorkerReply[] = [];
  await runPool(stream(tasks), { workerCount, script, describeCrash: (error) => `crashed: ${error.message}` }, (reply) => got.push(reply));
  return got;
}

const threadOf = (reply: WorkerReply) => ("report" in reply ? (reply.report as unknown as { thread: number }).thread : undefined);

describe("runPool", () => {
  it("answers every pair once", async () => {
    const got = await replies([task(1, "a", "x"), task(2, "b", "y"), task(3, "a", "z")], 2);
    expect(got.map((reply) => [reply.line, "report" in reply])).toEqual([[1, true], [2, true], [3, true]]);
  });

  it("passes replies on in input order when a later pair finishes first", async () => {
    const got = await replies([task(1, "a", "slow"), task(2, "b", "x"), task(3, "c", "y")], 2);
    expect(got.map((reply) => reply.line)).toEqual([1, 2, 3]);
  });

  it("gives consecutive pairs with one source to one worker", async () => {
    const got = await replies([task(1, "a", "x"), task(2, "a", "y"), task(3, "a", "z"), task(4, "b", "v"), task(5, "b", "w")], 2);
    const [first, , , fourth] = got.map(threadOf);
    expect(got.map(threadOf)).toEqual([first, first, first, fourth, fourth]);
    expect(first).not.toBe(fourth);
  });

  it("reads no further ahead than 64 pairs per worker while a held pair holds up the replies", async () => {
    const tasks = [task(1, "a", "held"), ...Array.from({ length: 400 }, (_, i) => task(i + 2, `s${i}`, "x"))];
    // The held pair is let go a little after the other worker has been given more than the cap
    // allows waiting: with the cap, reading has stopped by then however slow the machine; without
    // it, the pause lets reading run on.
    const channel = new BroadcastChannel("worker-pool-test");
    let holding = false;
    let released = false;
    let read = 0;
    const releaseWhenPastCap = () => {
      if (released || !holding || read <= 2 * 64) return;
      released = true;
      setTimeout(() => channel.postMessage("release"), 50);
    };
    channel.onmessage = (event) => {
      holding ||= event.data === "holding";
      releaseWhenPastCap();
    };
    let readAtFirstReply = 0;
    const options = { workerCount: 2, script, describeCrash: (error: Error) => error.message };
    const onRead = () => {
      read++;
      releaseWhenPastCap();
    };
    await runPool(stream(tasks, onRead), options, () => (readAtFirstReply ||= read));
    channel.close();
    // 128 waiting, one group more handed out, one held at the gate and one line read ahead.
    expect(readAtFirstReply).toBeLessThanOrEqual(2 * 64 + 3);
  });

  it("fails with the error of a read that fails part-way, after answering the pairs already handed out", async () => {
    async function* failing(): AsyncGenerator<PairTask> {
      yield task(1, "a", "x");
      yield task(2, "b", "y");
      throw new Error("read failed");
    }
    const got: WorkerReply[] = [];
    const options = { workerCount: 2, script, describeCrash: (error: Error) => error.message };
    await expect(runPool(failing(), options, (reply) => got.push(reply))).rejects.toThrow("read failed");
    // Pair 2 was still waiting to learn whether pair 3 shares its source.
    expect(got.map((reply) => reply.line)).toEqual([1]);
  });

  it("answers a pair whose worker dies with an error and still compares the pairs after it", async () => {
    const got = await replies([task(1, "a", "x"), task(2, "a", "crash"), task(3, "a", "y"), task(4, "b", "z")], 1);
    expect(got).toEqual([
      { line: 1, id: "pair-1", report: { echoed: "pair-1", thread: expect.any(Number) } },
      { line: 2, id: "pair-2", error: "crashed: worker died" },
      { line: 3, id: "pair-3", report: { echoed: "pair-3", thread: expect.any(Number) } },
      { line: 4, id: "pair-4", report: { echoed: "pair-4", thread: expect.any(Number) } },
    ]);
  });
});
