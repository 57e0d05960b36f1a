import { BroadcastChannel } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { diedOutOfMemory } from "./heap-limit.js";
import { TaskWorker } from "./task-worker.js";

const script = new URL("./task-worker.test-worker.mjs", import.meta.url);

type Task = number | "slow" | "exit" | "oom";
type Reply = number | "slow done" | { crashed: Task; outOfMemory: boolean };

const started: TaskWorker<Task, Reply>[] = [];

function startWorker({ heapMb, loadMs }: { heapMb?: number; loadMs?: number } = {}): TaskWorker<Task, Reply> {
  const worker = new TaskWorker<Task, Reply>({
    script,
    resourceLimits: heapMb === undefined ? undefined : { maxOldGenerationSizeMb: heapMb },
    workerData: { loadMs },
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
    const worker = startWorker({ heapMb: 16 });
    expect(await worker.run("oom")).toEqual({ crashed: "oom", outOfMemory: true });
    expect(worker.alive).toBe(false);
  });

  it("stops a worker that is still loading only once it has loaded", async () => {
    const channel = new BroadcastChannel("task-worker-test");
    let loaded = false;
    channel.onmessage = () => (loaded = true);
    const worker = startWorker({ loadMs: 200 });
    await worker.stop();
    // The channel's message may arrive a turn after the worker's own ready message.
    await new Promise((resolve) => setTimeout(resolve, 50));
    channel.close();
    expect(loaded).toBe(true);
  });

  it("stops a worker only once it has answered the task in hand", async () => {
    const worker = startWorker();
    const reply = worker.run("slow");
    await worker.stop();
    expect(await reply).toBe("slow done");
  });
});
