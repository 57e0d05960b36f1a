// A stand-in compare worker for compare-thread.test.ts: answers each request with a stand-in report
// naming the rewrite and the thread, takes a while over the rewrite "slow", refuses the rewrite
// "empty" as compare refuses an empty text, dies on the rewrite "crash" as a worker that crashes
// does, and fills its heap on the rewrite "oom".
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", (request) => {
  const rewrite = request.rewrite.text;
  if (rewrite === "crash") throw new Error("worker died");
  if (rewrite === "oom") fillHeap();
  const reply = () => parentPort.postMessage({ id: request.id, report: { rewrite, thread: threadId } });
  if (rewrite === "empty") parentPort.postMessage({ id: request.id, error: { code: "INPUT_EMPTY", params: { path: "rewrite" } } });
  else if (rewrite === "slow") setTimeout(reply, 300);
  else reply();
});

function fillHeap() {
  const held = [];
  for (;;) held.push(new Array(100_000).fill(held.length));
}

// WORKER_READY in src/worker/answer-tasks.ts: ready at once.
parentPort.postMessage("wiretrace/worker-ready");
