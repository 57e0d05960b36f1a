// Preloaded with `node --import` into the CLI under measurement: on exit it reports the process's
// peak resident set size and CPU time, which cover the batch worker threads too (they share the
// process).
import { writeSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

// Must match USAGE_MARKER in child.ts, which parses it.
const USAGE_MARKER = "wiretrace-bench usage:";

if (isMainThread) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeSync(2, `\n${USAGE_MARKER} max-rss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
