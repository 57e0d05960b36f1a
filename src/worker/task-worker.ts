import { Worker, type ResourceLimits } from "node:worker_threads";

export interface TaskWorkerOptions<Task, Reply> {
  /** The worker script: it answers each Task message with one Reply. */
  script: URL;
  resourceLimits?: ResourceLimits;
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

  constructor(private readonly options: TaskWorkerOptions<Task, Reply>) {
    this.worker = new Worker(options.script, { resourceLimits: options.resourceLimits });
    this.worker.on("message", (reply: Reply) => this.answer(reply));
    this.worker.on("error", (error) => this.die(error));
    this.worker.on("exit", (code) => this.die(new Error(`the worker exited with code ${code}`)));
  }

  get alive(): boolean {
    return this.death === undefined;
  }

  run(task: Task): Promise<Reply> {
    return new Promise((answer) => {
      this.inHand = { task, answer };
      this.worker.postMessage(task);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private die(error: Error): void {
    // An out-of-memory error is followed by an exit; the error says more.
    this.death ??= error;
    if (this.inHand) this.answer(this.options.crashReply(this.inHand.task, this.death));
  }

  private answer(reply: Reply): void {
    const answer = this.inHand?.answer;
    this.inHand = undefined;
    answer?.(reply);
  }
}
