import fs from "node:fs";
import { extractEntities } from "./src/analyze/entities.ts";
import { extractQuotes } from "./src/analyze/quotes.ts";
const dir = "/work/shared/data/polnear/dev/text/";
const out: string[] = [];
for (const f of fs.readdirSync(dir)) {
  const text = fs.readFileSync(dir + f, "utf8").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014\u2015]/g, "-").replace(/\u00a0/g, " ");
  for (const q of extractQuotes(text, extractEntities(text))) if (!q.speaker && q.inner.text.split(/\s+/).length > 4) out.push(JSON.stringify(text.slice(Math.max(0, q.start - 60), q.start)) + " Q[" + q.inner.text.slice(0, 40) + "] " + JSON.stringify(text.slice(q.end, q.end + 50)));
}
console.log(out.length); console.log(out.slice(0, 40).join("\n"));
