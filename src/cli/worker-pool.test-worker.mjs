// A stand-in batch worker for worker-pool.test.ts: echoes each pair's id, and dies on the pair
// whose rewrite is "crash", as a worker that runs out of memory does.
import { parentPort } from "node:worker_threads";

parentPort.on("message", (task) => {
  if (task.rewrite === "crash") throw new Error("worker died");
  parentPort.postMessage({ line: task.line, id: task.id, report: { echoed: task.id } });
});
