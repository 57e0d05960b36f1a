import fs from "node:fs";
import { extractEntities } from "./src/analyze/entities.ts";
import { extractQuotes } from "./src/analyze/quotes.ts";
const dir = "/work/shared/data/polnear/dev/text/";
const f = fs.readdirSync(dir).find(x => x.includes(process.argv[2]))!;
const text = fs.readFileSync(dir + f, "utf8").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/\u00a0/g, " ");
const e = extractEntities(text);
console.log(e.map(x => `${x.text}/${x.type}/${x.key}`).join(" | "));
for (const q of extractQuotes(text, e)) console.log(JSON.stringify(q.text.slice(0, 60)), "->", q.speaker, "||", JSON.stringify(text.slice(q.end, q.end + 30)));
