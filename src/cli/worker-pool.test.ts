import { describe, expect, it } from "vitest";
import type { PairTask, WorkerReply } from "./batch-protocol.js";
import { runPool } from "./worker-pool.js";

const script = new URL("./worker-pool.test-worker.mjs", import.meta.url);

function task(line: number, source: string, rewrite: string): PairTask {
  return { line, id: `pair-${line}`, source, rewrite, referenceDate: null };
}

async function replies(tasks: PairTask[], workerCount: number): Promise<WorkerReply[]> {
  const got: WorkerReply[] = [];
  await runPool(tasks, { workerCount, script, describeCrash: (error) => `crashed: ${error.message}` }, (reply) => got.push(reply));
  return got.sort((a, b) => a.line - b.line);
}

describe("runPool", () => {
  it("answers every pair once", async () => {
    const got = await replies([task(1, "a", "x"), task(2, "b", "y"), task(3, "a", "z")], 2);
    expect(got.map((reply) => [reply.line, "report" in reply])).toEqual([[1, true], [2, true], [3, true]]);
  });

  it("answers a pair whose worker dies with an error and still compares the pairs after it", async () => {
    const got = await replies([task(1, "a", "x"), task(2, "a", "crash"), task(3, "a", "y"), task(4, "b", "z")], 1);
    expect(got).toEqual([
      { line: 1, id: "pair-1", report: { echoed: "pair-1" } },
      { line: 2, id: "pair-2", error: "crashed: worker died" },
      { line: 3, id: "pair-3", report: { echoed: "pair-3" } },
      { line: 4, id: "pair-4", report: { echoed: "pair-4" } },
    ]);
  });
});
