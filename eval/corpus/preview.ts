/**
 * `npx tsx eval/corpus/preview.ts [--seed N] [--stories N] [--unrelated N] [--depth N] [--show N] [--chars N]`
 * Builds a corpus from the shared data and prints a few rewrites beside their parents with the
 * operations applied, plus the corpus sizes and build time, so the generator can be eyeballed.
 */
import { parseArgs } from "node:util";
import { DataMissingError } from "../paths.js";
import { buildCorpus, keysInSplit, type Corpus } from "./build.js";

function options() {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "1" },
      stories: { type: "string", default: "300" },
      unrelated: { type: "string", default: "1000" },
      depth: { type: "string", default: "3" },
      show: { type: "string", default: "4" },
      chars: { type: "string", default: "700" },
    },
  });
  return {
    seed: Number(values.seed),
    stories: Number(values.stories),
    unrelated: Number(values.unrelated),
    maxChainDepth: Number(values.depth),
    show: Number(values.show),
    chars: Number(values.chars),
  };
}

function excerpt(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)} [...]`;
}

function summary(corpus: Corpus, seconds: number): string {
  const derived = [...corpus.derivations.values()];
  const count = (predicate: (d: (typeof derived)[number]) => boolean): number => derived.filter(predicate).length;
  const opCounts = new Map<string, number>();
  for (const derivation of derived) for (const op of derivation.ops) opCounts.set(op.op, (opCounts.get(op.op) ?? 0) + 1);
  const stories = new Set(corpus.truth.storyOf.values()).size;
  return [
    `built in ${seconds.toFixed(1)} s: ${corpus.articles.length} articles, ${stories} stories, ${derived.length} derived`,
    `kinds: near-copy ${count((d) => d.kind === "near-copy")}, rewrite ${count((d) => d.kind === "rewrite")}, heavy-rewrite ${count((d) => d.kind === "heavy-rewrite")}`,
    `depths: ${[1, 2, 3, 4, 5].map((depth) => `${depth}: ${count((d) => d.depth === depth)}`).join(", ")}`,
    `ops: ${[...opCounts].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${op} ${n}`).join(", ")}`,
    `split: dev ${keysInSplit(corpus, "dev").size} articles, test ${keysInSplit(corpus, "test").size}`,
  ].join("\n");
}

function main(): void {
  const { show, chars, ...build } = options();
  const started = performance.now();
  const corpus = buildCorpus(build);
  const seconds = (performance.now() - started) / 1000;
  const byKey = new Map(corpus.articles.map((article) => [article.key, article]));
  const shown = [...corpus.derivations].filter((_, index) => index % 97 === 0).slice(0, show);
  for (const [key, derivation] of shown) {
    const article = byKey.get(key)!;
    const parent = byKey.get(derivation.parent)!;
    console.log("=".repeat(100));
    console.log(`${derivation.kind} (depth ${derivation.depth}) ${key} <- ${parent.key} (${corpus.originOf.get(key)})`);
    for (const op of derivation.ops) console.log(`  - ${op.op}: ${op.detail}`);
    console.log(`--- parent: ${parent.outlet}, ${parent.published}, "${parent.title ?? ""}"`);
    console.log(excerpt(parent.text, chars));
    console.log(`--- rewrite: ${article.outlet}, ${article.published}, "${article.title ?? ""}"`);
    console.log(excerpt(article.text, chars));
  }
  console.log("=".repeat(100));
  console.log(summary(corpus, seconds));
}

try {
  main();
} catch (error) {
  process.stderr.write(`preview: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof DataMissingError ? 2 : 1;
}
