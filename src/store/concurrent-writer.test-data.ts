/**
 * A separate process for the SQLite tests: adds synthetic articles numbered FROM..TO-1 to the
 * store at DB, printing one line per committed article ("added 7", "duplicate 8"), so a test can
 * run two of these at once or kill one mid-run. Starts at START_AT (epoch ms) so that two
 * processes begin together.
 *
 * Usage: node --import tsx concurrent-writer.test-data.ts DB FROM TO START_AT
 */
import { createHash } from "node:crypto";
import { openSqliteStore } from "./sqlite.js";

const [path, from, to, startAt] = process.argv.slice(2);
if (!path || !from || !to || !startAt) throw new Error("usage: concurrent-writer DB FROM TO START_AT");

while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5));

const store = await openSqliteStore(path);
for (let n = Number(from); n < Number(to); n++) {
  const text = `Dispatch ${n}: ferries resumed between Carrow and Westport.`;
  const outcome = await store.addArticle(
    { text, contentHash: createHash("sha256").update(text).digest("hex"), cues: [], origin: `writer:${n}`, outlet: "Harbour Wire" },
    { signature: Uint32Array.of(n), bandKeys: [n % 7, 1000 + n] },
    { newStory: { headline: `Dispatch ${n}` } },
  );
  process.stdout.write(`${outcome.status} ${n}\n`);
}
await store.close();
