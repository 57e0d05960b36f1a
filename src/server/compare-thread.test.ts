import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { CompareReport } from "../report/types.js";
import { createCompareThread, type CompareThread } from "./compare-thread.js";
import { startTestServer, type TestServer } from "./test-server.test-data.js";

const script = new URL("./compare-thread.test-worker.mjs", import.meta.url);

/** What the stand-in worker answers in place of a report. */
interface StandInReport {
  rewrite: string;
  thread: number;
}

async function compareOn(thread: CompareThread, rewrite: string): Promise<StandInReport> {
  return (await thread.compare({ text: "source", origin: "source" }, { text: rewrite, origin: "rewrite" })) as unknown as StandInReport;
}

async function withThread(run: (thread: CompareThread) => Promise<void>, resourceLimits?: { maxOldGenerationSizeMb: number }): Promise<void> {
  const thread = createCompareThread({ script, ...(resourceLimits ? { resourceLimits } : {}) });
  try {
    await run(thread);
  } finally {
    await thread.stop();
  }
}

describe("createCompareThread", () => {
  it("answers compares sent together each with its own report, in turn on one worker", async () => {
    await withThread(async (thread) => {
      const reports = await Promise.all(["slow", "quick", "slow"].map((rewrite) => compareOn(thread, rewrite)));
      expect(reports.map((report) => report.rewrite)).toEqual(["slow", "quick", "slow"]);
      expect(new Set(reports.map((report) => report.thread)).size).toBe(1);
    });
  });

  it("starts its worker on warm, before any compare", async () => {
    await withThread(async (thread) => {
      thread.warm();
      // Thread ids only grow: a worker started after this one would have a larger id.
      const later = new Worker("", { eval: true });
      const laterId = later.threadId;
      await later.terminate();
      expect((await compareOn(thread, "quick")).thread).toBeLessThan(laterId);
    });
  });

  it("throws the WiretraceError compare threw on the worker, with its code and message", async () => {
    await withThread(async (thread) => {
      await expect(compareOn(thread, "empty")).rejects.toMatchObject({ name: "WiretraceError", code: "INPUT_EMPTY", message: "rewrite is empty: there is no text to compare" });
    });
  });

  it("fails only the compare in hand when the worker dies, and compares the next on a fresh worker", async () => {
    await withThread(async (thread) => {
      const before = await compareOn(thread, "quick");
      const [crashed, after] = await Promise.allSettled([compareOn(thread, "crash"), compareOn(thread, "quick")]);
      expect(crashed).toMatchObject({ status: "rejected", reason: { code: "COMPARE_CRASHED", message: "the server's compare worker stopped while comparing these texts: worker died" } });
      expect(after).toMatchObject({ status: "fulfilled", value: { rewrite: "quick" } });
      expect((after as PromiseFulfilledResult<StandInReport>).value.thread).not.toBe(before.thread);
    });
  });

  it("says the worker ran out of memory when it reached its heap limit", async () => {
    await withThread(
      async (thread) => {
        await expect(compareOn(thread, "oom")).rejects.toMatchObject({ code: "COMPARE_OUT_OF_MEMORY", message: expect.stringMatching(/^comparing these texts needed more than the \d+ MB/) });
        await expect(compareOn(thread, "quick")).resolves.toMatchObject({ rewrite: "quick" });
      },
      { maxOldGenerationSizeMb: 16 },
    );
  });
});

describe("the server when its compare worker dies", () => {
  const body = (rewrite: string) => ({ json: { source: { text: "source" }, rewrite: { text: rewrite } } });

  it("answers that compare 500 with one line, and the next compare 200", async () => {
    const api = await startTestServer({ compareWorker: script });
    try {
      const crashed = await api.request("POST", "/api/compare", body("crash"));
      expect(crashed.status).toBe(500);
      expect(crashed.body).toEqual({ error: { code: "COMPARE_CRASHED", message: "the server's compare worker stopped while comparing these texts: worker died" } });
      const next = await api.request("POST", "/api/compare", body("quick"));
      expect(next.status).toBe(200);
      expect((next.body as CompareReport & StandInReport).rewrite).toBe("quick");
    } finally {
      await api.close();
    }
  });

  it("costs a batch the line it died on only", async () => {
    const api = await startTestServer({ compareWorker: script });
    try {
      const lines = ["quick", "crash", "quick"].map((rewrite, index) => JSON.stringify({ id: `pair-${index + 1}`, source: "source", rewrite })).join("\n");
      const started = await api.request("POST", "/api/compare/batch", { body: lines, headers: { "content-type": "application/x-ndjson" } });
      expect(started.status).toBe(202);
      const job = await finishedJob(api, started.headers.get("location")!);
      expect(job.summary.results.map((result) => result.error ?? result.report?.rewrite)).toEqual([
        "quick",
        "the server's compare worker stopped while comparing these texts: worker died",
        "quick",
      ]);
    } finally {
      await api.close();
    }
  });
});

interface BatchJob {
  status: string;
  summary: { results: Array<{ error?: string; report?: StandInReport }> };
}

async function finishedJob(api: TestServer, location: string): Promise<BatchJob> {
  for (;;) {
    const { job } = (await api.request("GET", location)).body as { job: BatchJob };
    if (job.status !== "queued" && job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
