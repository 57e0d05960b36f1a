// A stand-in batch worker for worker-pool.test.ts: echoes each pair's id with the thread that
// compared it, dies on the pair whose rewrite is "crash", as a worker that runs out of memory
// does, takes a while over the pair whose rewrite is "slow", and holds the pair whose rewrite is
// "held" until the test says "release" on the "worker-pool-test" channel (it says "holding" first).
import { BroadcastChannel, parentPort, threadId } from "node:worker_threads";

parentPort.on("message", (task) => {
  if (task.rewrite === "crash") throw new Error("worker died");
  const reply = () => parentPort.postMessage({ line: task.line, id: task.id, report: { echoed: task.id, thread: threadId } });
  if (task.rewrite === "slow") setTimeout(reply, 300);
  else if (task.rewrite === "held") holdUntilReleased(reply);
  else reply();
});

function holdUntilReleased(reply) {
  const channel = new BroadcastChannel("worker-pool-test");
  channel.onmessage = (event) => {
    if (event.data !== "release") return;
    channel.close();
    reply();
  };
  channel.postMessage("holding");
}

// WORKER_READY in src/worker/answer-tasks.ts: ready at once.
parentPort.postMessage("wiretrace/worker-ready");
