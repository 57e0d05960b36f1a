// A stand-in worker for task-worker.test.ts: doubles each number it is sent, exits on "exit" and
// fills its heap on "oom".
import { parentPort } from "node:worker_threads";

parentPort.on("message", (task) => {
  if (task === "exit") process.exit(3);
  if (task === "oom") fillHeap();
  parentPort.postMessage(task * 2);
});

function fillHeap() {
  const held = [];
  for (;;) held.push(new Array(100_000).fill(held.length));
}
