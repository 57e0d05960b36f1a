import { describe, expect, it } from "vitest";
import { createError } from "../errors/index.js";
import { createJobRegistry, type Job } from "./jobs.js";

async function settled(job: Job): Promise<Job> {
  while (job.status === "queued" || job.status === "running") await new Promise((resolve) => setTimeout(resolve, 1));
  return job;
}

describe("createJobRegistry", () => {
  it("runs a job to done with its summary and progress", async () => {
    const jobs = createJobRegistry();
    const job = jobs.start("ingest", async ({ progress }) => {
      progress(0, 2);
      progress(2);
      return { added: 2 };
    });
    expect(await settled(job)).toMatchObject({ status: "done", summary: { added: 2 }, progress: { done: 2, total: 2 } });
  });

  it("runs jobs one after another in arrival order", async () => {
    const jobs = createJobRegistry();
    const order: string[] = [];
    const slow = jobs.start("ingest", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("first");
    });
    const quick = jobs.start("ingest", async () => void order.push("second"));
    await settled(quick);
    await settled(slow);
    expect(order).toEqual(["first", "second"]);
  });

  it("records a failure with its code and message", async () => {
    const jobs = createJobRegistry();
    const job = jobs.start("ingest", () => Promise.reject(createError("STORE_UNREADABLE", { path: "w.db", reason: "disk full" })));
    expect(await settled(job)).toMatchObject({ status: "failed", error: { code: "STORE_UNREADABLE", message: expect.stringContaining("disk full") } });
  });

  it("finds a job by id", () => {
    const jobs = createJobRegistry();
    const job = jobs.start("ingest", async () => undefined);
    expect(jobs.get(job.id)).toBe(job);
  });

  it("cancels queued jobs and signals the running one when drained", async () => {
    const jobs = createJobRegistry();
    const running = jobs.start("ingest", async ({ signal }) => {
      while (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, 1));
    });
    const queued = jobs.start("ingest", async () => "never");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await jobs.drain();
    expect([running.status, queued.status]).toEqual(["cancelled", "cancelled"]);
  });
});
