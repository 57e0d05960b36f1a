import fs from "node:fs";
import { extractEntities } from "./src/analyze/entities.ts";
import { extractQuotes, extractAttributions, REPORTING_VERBS } from "./src/analyze/quotes.ts";
const dir = "/work/shared/data/polnear/dev";
let gold = 0, goldVerb = 0, hitAll = 0, hitVerb = 0, ours = 0, oursOk = 0, srcOk = 0, qs = 0, qsOk = 0, qsNull = 0;
let entTime = 0, chars = 0;
const misses: string[] = []; const fps: string[] = [];
for (const f of fs.readdirSync(dir + "/text")) {
  const raw = fs.readFileSync(`${dir}/text/${f}`, "utf8");
  const text = raw.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/\u00a0/g, " ");
  const base = f.replace(/\.txt$/, "");
  const annName = fs.readdirSync(dir + "/attributions").find(a => a.startsWith(base));
  if (!annName) continue;
  const annFile = `${dir}/attributions/${annName}`;
  const cues: [number, number, string][] = [], sources: [number, number][] = [];
  for (const line of fs.readFileSync(annFile, "utf8").split("\n")) {
    const m = /^T\d+\t(Cue|Source) (\d+) (\d+)(?:;\d+ \d+)*\t(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "Cue") cues.push([+m[2], +m[3], m[4]]); else sources.push([+m[2], +m[3]]);
  }
  const t0 = performance.now();
  const ents = extractEntities(text);
  entTime += performance.now() - t0; chars += text.length;
  const atts = extractAttributions(text, ents);
  const quotes = extractQuotes(text, ents);
  const ov = (a: number, b: number, c: number, d: number) => a < d && c < b;
  const spans: [number, number][] = [...atts.map(a => [a.start, a.end] as [number, number])];
  for (const a of atts) { ours++; if (cues.some(c => ov(a.start, a.end, c[0], c[1]))) oursOk++; else fps.push(a.text + " || " + text.slice(a.start - 40, a.end + 30).replace(/\n/g, " ")); if (sources.some(s => ov(a.speakerSpan.start, a.speakerSpan.end, s[0], s[1]))) srcOk++; }
  for (const q of quotes) { qs++; if (!q.speakerSpan) { qsNull++; continue; } spans.push([q.speakerSpan.start - 12, q.speakerSpan.end + 12]); if (sources.some(s => ov(q.speakerSpan!.start, q.speakerSpan!.end, s[0], s[1]))) qsOk++; }
  for (const c of cues) {
    gold++;
    const isVerb = REPORTING_VERBS[c[2].toLowerCase().split(/\s+/).pop() ?? ""] !== undefined || /according to/i.test(c[2]);
    const hit = spans.some(s => ov(s[0], s[1], c[0], c[1]));
    if (isVerb) goldVerb++;
    if (hit) { hitAll++; if (isVerb) hitVerb++; } else if (isVerb) misses.push(c[2] + " || " + text.slice(c[0] - 50, c[1] + 20).replace(/\n/g, " "));
  }
}
console.log({ gold, goldVerb, hitAll, hitVerb, ours, oursOk, srcOk, qs, qsNull, qsOk, msPerKB: (entTime / chars * 1000).toFixed(1) });
console.log("MISSES"); console.log(misses.slice(0, 25).join("\n"));
console.log("FPS"); console.log(fps.slice(0, 25).join("\n"));
