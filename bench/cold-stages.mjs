// Run as `node bench/cold-stages.mjs <repoRoot> <source> <rewrite>` in a fresh process: times each
// first-time step of a compare over the built dist/ (module loading, model load, first calls) and
// prints them as JSON, so the cold CLI time can be broken down. Plain JS so no transpiler is timed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [repoRoot, sourcePath, rewritePath] = process.argv.slice(2);
const dist = (module) => pathToFileURL(path.join(repoRoot, "dist", module, "index.js")).href;
const steps = [{ step: "node start-up", ms: performance.now(), rssMB: process.memoryUsage().rss / 1e6 }];

/** Runs one step and records its time and the resident set size after it. */
async function step(name, run) {
  const started = performance.now();
  const value = await run();
  steps.push({ step: name, ms: performance.now() - started, rssMB: process.memoryUsage().rss / 1e6 });
  return value;
}

const sourceText = readFileSync(sourcePath, "utf8");
const rewriteText = readFileSync(rewritePath, "utf8");
const [analyzer, aligner, findings, encoders] = await step("import analyze, align, findings, encoder", () =>
  Promise.all([import(dist("analyze")), import(dist("align")), import(dist("findings")), import(dist("encoder"))]));
const encoder = await step("load sentence encoder model", () => encoders.loadDefaultEncoder());
const [source, rewrite] = await step("first analyze (source + rewrite)", () => [
  analyzer.analyze(sourceText, { referenceDate: null }),
  analyzer.analyze(rewriteText, { referenceDate: null }),
]);
const vectors = await step("first encode (all sentences)", async () => {
  const all = await encoder.embed([...source.sentences, ...rewrite.sentences].map((sentence) => sentence.text));
  return { source: all.slice(0, source.sentences.length), rewrite: all.slice(source.sentences.length) };
});
const links = await step("first align", () => aligner.align(source, rewrite, vectors));
await step("first findings", () => findings.findDrift(source, rewrite, links));

process.stdout.write(JSON.stringify(steps));
