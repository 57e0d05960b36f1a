/**
 * `sources`: which stored articles a given article most likely derives from. Candidates come
 * from the indexes and are ranked on shared words; the best few are then verified with the full
 * compare engine, whose derived share decides the final order.
 */
import { compare, type CompareInput } from "../compare/index.js";
import type { Encoder } from "../encoder/index.js";
import { WiretraceError } from "../errors/index.js";
import type { CompareReport, Finding, Relation } from "../report/types.js";
import type { ArticleInput, Store, StoredArticle } from "../store/index.js";
import { candidateDefaults, findCandidates, type Candidate, type CandidateSettings } from "./candidates.js";
import { articleFeatures } from "./features.js";

/** Compare with its encoder bound, as verification runs it. */
export type PairCompare = (source: CompareInput, rewrite: CompareInput) => Promise<CompareReport>;

export interface SourcesOptions {
  /** Sources to return. */
  limit?: number;
  /** Verify the best candidates with compare; false ranks on index evidence alone. */
  verify?: boolean;
  /** Encoder for verification; the bundled one when absent, words alone when null. */
  encoder?: Encoder | null;
  /** Verifies with this instead of compare with `encoder` on this thread: the server's compare worker. */
  compare?: PairCompare;
  /**
   * Also search stored document vectors with the article's own: its stored vector when it has one,
   * else (only when this is true) one encoded now, which costs about a second.
   */
  semantic?: boolean;
  settings?: CandidateSettings;
}

export interface Verification {
  relation: Relation;
  derivedShare: number;
  verbatimShare: number;
  faithfulness: number;
  faithful: boolean;
  /** Drift findings, most severe first (omissions left out). */
  findings: Finding[];
  report: CompareReport;
}

export interface SourceMatch {
  article: StoredArticle;
  coverage: number;
  jaccard: number;
  score: number;
  verification?: Verification;
}

/** The article whose sources are sought, and the stored ids that are the article itself. */
export interface SourcesTarget {
  article: ArticleInput;
  self: number[];
}

const DEFAULT_LIMIT = 5;
const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
/** Larger than any index score, so a source compare rejects always ranks below one it accepts. */
const UNSUPPORTED_PENALTY = 10;

/** Ranks stored articles as sources of the target, best first. */
export async function findSources(store: Store, target: SourcesTarget, options: SourcesOptions = {}): Promise<SourceMatch[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const features = await articleFeatures(target.article.text, null);
  const vector = await queryVector(store, target, options);
  if (vector) features.index.vector = vector;
  const published = target.article.published;
  const candidates = await findCandidates(store, features, {
    // A source cannot appear after the article it was copied into.
    ...(published ? { window: { to: published } } : {}),
    exclude: target.self,
    settings: options.settings ?? candidateDefaults,
  });
  const best = candidates.slice(0, limit);
  if (options.verify === false) return best.map(asMatch);
  const comparePair = options.compare ?? compareOnThisThread(options.encoder);
  const verified: SourceMatch[] = [];
  for (const candidate of best) {
    const verification = await verify(candidate.article, target.article, comparePair);
    verified.push(verification ? { ...asMatch(candidate), verification } : asMatch(candidate));
  }
  return verified.sort((a, b) => verifiedScore(b) - verifiedScore(a) || a.article.id - b.article.id);
}

/** The article's document vector for the semantic route: stored with it, or encoded when asked to. */
async function queryVector(store: Store, target: SourcesTarget, options: SourcesOptions): Promise<Float32Array | undefined> {
  const stored = await store.vectors(target.self);
  const own = target.self.map((id) => stored.get(id)).find((vector) => vector !== undefined);
  if (own || !options.semantic) return own;
  const { loadDefaultEncoder } = await import("../encoder/index.js");
  const encoder = options.encoder ?? (await loadDefaultEncoder());
  return (await articleFeatures(target.article.text, encoder)).index.vector;
}

/** The stored article with this id as a target: its other versions are not its sources. */
export async function storedTarget(store: Store, id: number): Promise<SourcesTarget | null> {
  const article = await store.getArticle(id);
  if (!article) return null;
  return { article, self: await store.versions(id) };
}

function asMatch(candidate: Candidate): SourceMatch {
  return { article: candidate.article, coverage: candidate.coverage, jaccard: candidate.jaccard, score: candidate.score };
}

function compareOnThisThread(encoder: Encoder | null | undefined): PairCompare {
  return (source, rewrite) => compare(source, rewrite, encoder === undefined ? {} : { encoder });
}

/** Compare's verdict on one candidate; none when compare refuses the pair (a text not in English, say). */
async function verify(source: StoredArticle, rewrite: ArticleInput, comparePair: PairCompare): Promise<Verification | null> {
  let report: CompareReport;
  try {
    report = await comparePair(asCompareInput(source), asCompareInput(rewrite));
  } catch (error) {
    if (error instanceof WiretraceError && error.code.startsWith("INPUT_")) return null;
    throw error;
  }
  const findings = report.findings
    .filter((finding) => finding.type !== "omitted")
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const { relation, derivedShare, verbatimShare, faithfulness, faithful } = report.verdict;
  return { relation, derivedShare, verbatimShare, faithfulness, faithful, findings, report };
}

function asCompareInput(article: ArticleInput): CompareInput {
  return {
    text: article.text,
    origin: article.origin,
    ...(article.title ? { title: article.title } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
}

/**
 * The index score orders sources (on generated chains it picks the direct source more often than
 * compare's derived share does); verification moves the ones compare finds independent or
 * unrelated to the end.
 */
function verifiedScore(match: SourceMatch): number {
  const relation = match.verification?.relation;
  return match.score - (relation === "independent" || relation === "unrelated" ? UNSUPPORTED_PENALTY : 0);
}
