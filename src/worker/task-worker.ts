import { Worker, type ResourceLimits } from "node:worker_threads";
import { WORKER_READY } from "./answer-tasks.js";

export interface TaskWorkerOptions<Task, Reply> {
  /** The worker script: it posts WORKER_READY once loaded, then answers each Task message with one Reply. */
  script: URL;
  resourceLimits?: ResourceLimits;
  /** Passed to the script as `workerData`. */
  workerData?: unknown;
  /** The reply for a task whose worker died while on it (out of memory, a crash). */
  crashReply: (task: Task, error: Error) => Reply;
}

/**
 * A worker thread running one task at a time; its death answers the task in hand with the crash
 * reply, and a caller that finds it dead starts another.
 */
export class TaskWorker<Task, Reply> {
  private readonly worker: Worker;
  private inHand: { task: Task; answer: (reply: Reply) => void } | undefined;
  private death: Error | undefined;
  /** Settles when the worker says it is ready, or dies first. */
  private readonly loaded: Promise<void>;
  private markLoaded!: () => void;
  private lastReply: Promise<Reply> | undefined;

  constructor(private readonly options: TaskWorkerOptions<Task, Reply>) {
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
    this.worker = new Worker(options.script, { resourceLimits: options.resourceLimits, workerData: options.workerData });
    this.worker.on("message", (message: Reply | typeof WORKER_READY) => (message === WORKER_READY ? this.markLoaded() : this.answer(message)));
    this.worker.on("error", (error) => this.die(error));
    this.worker.on("exit", (code) => this.die(new Error(`the worker exited with code ${code}`)));
  }

  get alive(): boolean {
    return this.death === undefined;
  }

  run(task: Task): Promise<Reply> {
    this.lastReply = new Promise((answer) => {
      this.inHand = { task, answer };
      this.worker.postMessage(task);
    });
    return this.lastReply;
  }

  /**
   * Ends the worker once it has loaded and answered the task in hand: ending it inside
   * onnxruntime's native code (building its session, running a pass) aborts the whole process.
   */
  async stop(): Promise<void> {
    await this.loaded;
    await this.lastReply;
    await this.worker.terminate();
  }

  private die(error: Error): void {
    // An out-of-memory error is followed by an exit; the error says more.
    this.death ??= error;
    this.markLoaded();
    if (this.inHand) this.answer(this.options.crashReply(this.inHand.task, this.death));
  }

  private answer(reply: Reply): void {
    const answer = this.inHand?.answer;
    this.inHand = undefined;
    answer?.(reply);
  }
}
