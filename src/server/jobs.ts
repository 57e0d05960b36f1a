/**
 * Long work (a JSON Lines ingest) runs as a job: the request that starts it returns at once with
 * the job, and the client polls its progress. Jobs run one after another, in arrival order, so two
 * batches never interleave their writes; they live in memory and the last few finished ones are kept.
 */
import { randomUUID } from "node:crypto";
import { WiretraceError, type ErrorCode } from "../errors/index.js";

export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface Job<Summary = unknown> {
  id: string;
  kind: string;
  status: JobStatus;
  progress: { done: number; total: number | null };
  summary?: Summary;
  error?: { code: ErrorCode; message: string };
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}

/** What a job's work is handed: where to report progress, and a signal raised at shutdown. */
export interface JobControl {
  progress(done: number, total?: number | null): void;
  signal: AbortSignal;
}

export interface JobRegistry {
  start<Summary>(kind: string, work: (control: JobControl) => Promise<Summary>): Job<Summary>;
  get(id: string): Job | undefined;
  /** Stops queued jobs, asks the running one to stop, and resolves when it has. */
  drain(): Promise<void>;
}

/** Finished jobs kept for polling; older ones are forgotten first. */
const FINISHED_KEPT = 100;

export function createJobRegistry(): JobRegistry {
  const jobs = new Map<string, Job>();
  const stop = new AbortController();
  let queue: Promise<void> = Promise.resolve();

  function forgetOldFinished(): void {
    const finished = [...jobs.values()].filter((job) => job.finishedAt);
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) jobs.delete(job.id);
  }

  async function run<Summary>(job: Job<Summary>, work: (control: JobControl) => Promise<Summary>): Promise<void> {
    if (stop.signal.aborted) {
      finish(job, "cancelled");
      return;
    }
    job.status = "running";
    job.startedAt = new Date().toISOString();
    try {
      job.summary = await work({
        progress: (done, total) => {
          job.progress = { done, total: total === undefined ? job.progress.total : total };
        },
        signal: stop.signal,
      });
      finish(job, stop.signal.aborted ? "cancelled" : "done");
    } catch (error) {
      job.error = error instanceof WiretraceError ? { code: error.code, message: error.message } : { code: "INTERNAL", message: String(error) };
      finish(job, "failed");
    }
  }

  function finish(job: Job, status: JobStatus): void {
    job.status = status;
    job.finishedAt = new Date().toISOString();
    forgetOldFinished();
  }

  return {
    start<Summary>(kind: string, work: (control: JobControl) => Promise<Summary>): Job<Summary> {
      const job: Job<Summary> = { id: randomUUID(), kind, status: "queued", progress: { done: 0, total: null }, createdAt: new Date().toISOString() };
      jobs.set(job.id, job);
      queue = queue.then(() => run(job, work));
      return job;
    },
    get: (id) => jobs.get(id),
    drain() {
      stop.abort();
      return queue;
    },
  };
}
