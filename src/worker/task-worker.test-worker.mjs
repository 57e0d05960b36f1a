// A stand-in worker for task-worker.test.ts: doubles each number it is sent, answers "slow" after
// 200 ms, exits on "exit" and fills its heap on "oom". With workerData.loadMs it "loads" that long
// first, and says "loaded" on the "task-worker-test" channel just before it is ready.
import { BroadcastChannel, parentPort, workerData } from "node:worker_threads";

parentPort.on("message", (task) => {
  if (task === "exit") process.exit(3);
  if (task === "oom") fillHeap();
  if (task === "slow") setTimeout(() => parentPort.postMessage("slow done"), 200);
  else parentPort.postMessage(task * 2);
});

if (workerData?.loadMs) setTimeout(sayReady, workerData.loadMs);
else sayReady();

function sayReady() {
  if (workerData?.loadMs) {
    const channel = new BroadcastChannel("task-worker-test");
    channel.postMessage("loaded");
    channel.close();
  }
  // WORKER_READY in answer-tasks.ts.
  parentPort.postMessage("wiretrace/worker-ready");
}

function fillHeap() {
  const held = [];
  for (;;) held.push(new Array(100_000).fill(held.length));
}
