import { afterEach, describe, expect, it } from "vitest";
import { diedOutOfMemory } from "./heap-limit.js";
import { TaskWorker } from "./task-worker.js";

const script = new URL("./task-worker.test-worker.mjs", import.meta.url);

type Task = number | "exit" | "oom";
type Reply = number | { crashed: Task; outOfMemory: boolean };

const started: TaskWorker<Task, Reply>[] = [];

function startWorker(heapMb?: number): TaskWorker<Task, Reply> {
  const worker = new TaskWorker<Task, Reply>({
    script,
    resourceLimits: heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb },
    crashReply: (task, error) => ({ crashed: task, outOfMemory: diedOutOfMemory(error) }),
  });
  started.push(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.stop()));
});

describe("TaskWorker", () => {
  it("answers each task with the worker's reply, one after another", async () => {
    const worker = startWorker();
    expect(await worker.run(2)).toBe(4);
    expect(await worker.run(5)).toBe(10);
    expect(worker.alive).toBe(true);
  });

  it("answers the task in hand with the crash reply when the worker exits, and is dead after", async () => {
    const worker = startWorker();
    expect(await worker.run("exit")).toEqual({ crashed: "exit", outOfMemory: false });
    expect(worker.alive).toBe(false);
  });

  it("tells a worker that reached its heap limit from one that crashed", async () => {
    const worker = startWorker(16);
    expect(await worker.run("oom")).toEqual({ crashed: "oom", outOfMemory: true });
    expect(worker.alive).toBe(false);
  });
});
