import { analyze, looksEnglish, overlongRun } from "../analyze/index.js";
import type { Analysis } from "../analyze/types.js";
import { align, alignDefaults, candidateSources, trigramContainment, type AlignSettings, type SentenceVectors } from "../align/index.js";
import { cosine, loadDefaultEncoder, meanUnitVector, type Encoder } from "../encoder/index.js";
import { createError } from "../errors/index.js";
import { findDrift, verdict } from "../findings/index.js";
import { COMPARE_SCHEMA_ID, type CompareReport, type ReportDocument } from "../report/types.js";

export { parsePairLine, type PairRecord } from "./pairs.js";

export interface CompareInput {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  /** Where the text came from, for error messages: a path, "stdin", or a batch id. */
  origin?: string;
}

export interface CompareOptions {
  /** Sentence encoder; the bundled one is loaded when omitted. `null` compares by words alone. */
  encoder?: Encoder | null;
  /** Date to resolve "Tuesday" and "next week" against; defaults to the source's published date. */
  referenceDate?: string | null;
  settings?: AlignSettings;
}

/**
 * Aligns a rewrite to its source and reports, sentence by sentence, what it kept, changed,
 * invented and dropped, as a `wiretrace/compare@1` report.
 */
export async function compare(
  source: string | CompareInput,
  rewrite: string | CompareInput,
  options: CompareOptions = {},
): Promise<CompareReport> {
  const sourceInput = asInput(source, "source");
  const rewriteInput = asInput(rewrite, "rewrite");
  const referenceDate = options.referenceDate ?? isoDay(sourceInput.published) ?? isoDay(rewriteInput.published);
  const sourceAnalysis = analyzeEnglish(sourceInput, referenceDate);
  const rewriteAnalysis = analyzeEnglish(rewriteInput, isoDay(rewriteInput.published) ?? referenceDate);

  const encoder = options.encoder === undefined ? await loadDefaultEncoder() : options.encoder;
  const settings = options.settings ?? alignDefaults;
  const candidates = candidateSources(sourceAnalysis, rewriteAnalysis, settings.candidates);
  const vectors = encoder ? await embedSentences(encoder, sourceAnalysis, rewriteAnalysis, candidates) : null;
  const links = align(sourceAnalysis, rewriteAnalysis, { vectors, candidates, settings });
  const drift = findDrift(sourceAnalysis, rewriteAnalysis, links);
  const documentCosine = vectors ? cosine(meanUnitVector(vectors.source.filter(isVector)), meanUnitVector(vectors.rewrite)) : 0;

  return {
    schema: COMPARE_SCHEMA_ID,
    source: reportDocument(sourceInput, sourceAnalysis),
    rewrite: reportDocument(rewriteInput, rewriteAnalysis),
    verdict: verdict(rewriteAnalysis.sentences, drift.alignment, drift.findings, {
      documentCosine,
      verbatimShare: trigramContainment(rewriteAnalysis.sentences, sourceAnalysis.sentences),
    }),
    alignment: drift.alignment,
    omitted: drift.omitted,
    findings: drift.findings,
  };
}

function asInput(input: string | CompareInput, origin: string): CompareInput {
  return typeof input === "string" ? { text: input, origin } : { origin, ...input };
}

function analyzeEnglish(input: CompareInput, referenceDate: string | null): Analysis {
  if (input.text.trim() === "") throw createError("INPUT_EMPTY", { path: input.origin ?? "input" });
  if (!looksEnglish(input.text)) throw createError("INPUT_UNSUPPORTED_LANGUAGE", { path: input.origin ?? "input" });
  const run = overlongRun(input.text);
  if (run > 0) throw createError("INPUT_NOT_PROSE", { path: input.origin ?? "input", length: run.toLocaleString("en") });
  return analyze(input.text, { referenceDate });
}

/**
 * The source sentences a comparison encodes: those some rewrite sentence has among its candidates
 * (every rewrite sentence is encoded too). Exported so the bench can count encoder work.
 */
export function sourceSentencesToEncode(candidates: readonly (readonly number[])[]): number[] {
  return [...new Set(candidates.flat())].sort((a, b) => a - b);
}

/** Encodes every rewrite sentence and only the source sentences some rewrite sentence may draw on. */
async function embedSentences(
  encoder: Encoder,
  source: Analysis,
  rewrite: Analysis,
  candidates: readonly (readonly number[])[],
): Promise<SentenceVectors> {
  const needed = sourceSentencesToEncode(candidates);
  const vectors = await encoder.embed([...needed.map((s) => source.sentences[s]!.text), ...rewrite.sentences.map((s) => s.text)]);
  const sourceVectors: (Float32Array | undefined)[] = new Array(source.sentences.length);
  needed.forEach((s, i) => (sourceVectors[s] = vectors[i]));
  return { source: sourceVectors, rewrite: vectors.slice(needed.length) };
}

function isVector(vector: Float32Array | undefined): vector is Float32Array {
  return vector !== undefined;
}


function reportDocument(input: CompareInput, analysis: Analysis): ReportDocument {
  return {
    ...(input.title ? { title: input.title } : {}),
    ...(input.byline ? { byline: input.byline } : {}),
    ...(input.published ? { published: input.published } : {}),
    sentences: analysis.sentences.map(({ index, text, start, end }) => ({ index, text, start, end })),
  };
}

function isoDay(value: string | undefined): string | null {
  const match = value?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
}
