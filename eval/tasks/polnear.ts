import { analyze } from "../../src/analyze/index.js";
import { ACCORDING_TO, REPORTING_VERBS } from "../../src/analyze/quotes.js";
import { loadPolnear, POLNEAR_SPLITS, type GoldAttribution, type PolnearArticle, type PolnearSplit } from "../datasets/polnear.js";
import { rangesOverlap, type CharRange } from "../edit-span.js";
import { writeRecords } from "../records.js";
import { sampleByHash } from "../sample.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

const DATASET = "polnear";

/** Articles per split in `--sample` runs. */
export const POLNEAR_SAMPLE_SIZE = 10;

/**
 * One attribution the analyzer found: an attribution atom (the phrase with speaker and reporting
 * verb) or a quote atom with a speaker (the quoted words).
 */
export interface PredictedAttribution extends CharRange {
  kind: "attribution" | "quote";
  speaker: CharRange;
}

/** The analyzer's attributions in `text`: every attribution atom and every quote with a speaker. */
export function predictAttributions(text: string): PredictedAttribution[] {
  return analyze(text).atoms.flatMap((atom): PredictedAttribution[] => {
    if ((atom.kind !== "attribution" && atom.kind !== "quote") || !atom.speakerSpan) return [];
    const speaker = { start: atom.speakerSpan.start, end: atom.speakerSpan.end };
    return [{ kind: atom.kind, start: atom.start, end: atom.end, speaker }];
  });
}

function overlapsAny(range: CharRange, ranges: readonly CharRange[]): boolean {
  return ranges.some((other) => rangesOverlap(range, other));
}

/** An attribution phrase must overlap one of the relation's cues; a quote, one of its contents. */
export function matchesCue(prediction: PredictedAttribution, gold: GoldAttribution): boolean {
  return overlapsAny(prediction, prediction.kind === "attribution" ? gold.cues : gold.contents);
}

/** The cue matches and the speaker overlaps one of the same relation's sources. */
export function matchesAttribution(prediction: PredictedAttribution, gold: GoldAttribution): boolean {
  return matchesCue(prediction, gold) && overlapsAny(prediction.speaker, gold.sources);
}

/**
 * Whether a relation's cue holds a reporting verb wiretrace looks for ("said", "told", "according
 * to"). PolNeAR also marks beliefs, intentions and stances ("wants", "called for", "a poll shows"),
 * which wiretrace does not try to find; recall over these relations alone says how well it finds
 * what it looks for.
 */
export function hasReportingCue(text: string, relation: GoldAttribution): boolean {
  return relation.cues.some(({ start, end }) => {
    const cue = text.slice(start, end).toLowerCase();
    return cue.includes(ACCORDING_TO) || cue.split(/[^a-z]+/).some((word) => REPORTING_VERBS[word] !== undefined);
  });
}

/** Counts for one article or a whole split. */
export interface Tally {
  /** Gold relations with a source: the items of recall. */
  gold: number;
  /** Those whose cue is a reporting verb (`hasReportingCue`), and how many of them a prediction matches. */
  reportingGold: number;
  reportingMatchedGold: number;
  goldWithoutSource: number;
  predictions: number;
  correct: number;
  cueCorrect: number;
  matchedGold: number;
  cueMatchedGold: number;
}

/** A gold relation with a source that no prediction matches; "wrong-speaker" when one matched its cue. */
export interface Miss {
  gold: GoldAttribution;
  kind: "wrong-speaker" | "not-found";
}

/** A prediction that matches no relation; `cueMatched` when it found a cue but named the wrong speaker. */
export interface WrongPrediction {
  prediction: PredictedAttribution;
  cueMatched: boolean;
}

export interface ArticleScore extends Tally {
  misses: Miss[];
  wrong: WrongPrediction[];
}

/**
 * Score one article. Precision looks for a match among all gold relations (one without a source
 * can match only the cue); recall counts only relations with a source.
 */
export function scoreArticle(
  gold: readonly GoldAttribution[],
  predictions: readonly PredictedAttribution[],
  isReporting: (relation: GoldAttribution) => boolean = () => false,
): ArticleScore {
  const withSource = gold.filter((relation) => relation.sources.length > 0);
  const anyGold = (prediction: PredictedAttribution, rule: typeof matchesCue) => gold.some((relation) => rule(prediction, relation));
  const anyPrediction = (relation: GoldAttribution, rule: typeof matchesCue) => predictions.some((prediction) => rule(prediction, relation));

  const wrong = predictions
    .filter((prediction) => !anyGold(prediction, matchesAttribution))
    .map((prediction) => ({ prediction, cueMatched: anyGold(prediction, matchesCue) }));
  const misses = withSource
    .filter((relation) => !anyPrediction(relation, matchesAttribution))
    .map((relation): Miss => ({ gold: relation, kind: anyPrediction(relation, matchesCue) ? "wrong-speaker" : "not-found" }));
  const reporting = withSource.filter(isReporting);
  return {
    gold: withSource.length,
    reportingGold: reporting.length,
    reportingMatchedGold: reporting.filter((relation) => anyPrediction(relation, matchesAttribution)).length,
    goldWithoutSource: gold.length - withSource.length,
    predictions: predictions.length,
    correct: predictions.length - wrong.length,
    cueCorrect: predictions.filter((prediction) => anyGold(prediction, matchesCue)).length,
    matchedGold: withSource.length - misses.length,
    cueMatchedGold: withSource.filter((relation) => anyPrediction(relation, matchesCue)).length,
    misses,
    wrong,
  };
}

function sumTallies(tallies: readonly Tally[]): Tally {
  const total: Tally = { gold: 0, reportingGold: 0, reportingMatchedGold: 0, goldWithoutSource: 0, predictions: 0, correct: 0, cueCorrect: 0, matchedGold: 0, cueMatchedGold: 0 };
  for (const tally of tallies) {
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
  }
  return total;
}

/** A ratio with nothing to count is 0, as in metrics.ts. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The split's figures, each metric suffixed with `:<split>`. */
export function splitEntries(split: PolnearSplit, articles: number, tally: Tally): ResultEntry[] {
  const precision = ratio(tally.correct, tally.predictions);
  const recall = ratio(tally.matchedGold, tally.gold);
  const figures: [string, number][] = [
    ["attribution-precision", precision],
    ["attribution-recall", recall],
    ["attribution-f1", f1(precision, recall)],
    ["cue-precision", ratio(tally.cueCorrect, tally.predictions)],
    ["cue-recall", ratio(tally.cueMatchedGold, tally.gold)],
    ["attribution-recall-reporting-verbs", ratio(tally.reportingMatchedGold, tally.reportingGold)],
    ["articles", articles],
    ["gold-attributions", tally.gold],
    ["gold-reporting-verbs", tally.reportingGold],
    ["gold-without-source", tally.goldWithoutSource],
    ["predictions", tally.predictions],
  ];
  return figures.map(([metric, value]) => ({ dataset: DATASET, metric: `${metric}:${split}`, value, target: null }));
}

const asPair = (range: CharRange): [number, number] => [range.start, range.end];

/** Ids, counts and offsets only: the articles' text must not leave the data folder. */
function articleRecord(article: PolnearArticle, score: ArticleScore): object {
  return {
    id: article.id,
    split: article.split,
    annotator: article.annotator,
    gold: score.gold,
    goldWithoutSource: score.goldWithoutSource,
    predictions: score.predictions,
    correct: score.correct,
    matchedGold: score.matchedGold,
    misses: score.misses.map(({ gold, kind }) => ({
      relation: gold.id,
      kind,
      source: gold.sources.map(asPair),
      cue: gold.cues.map(asPair),
      content: gold.contents.map(asPair),
    })),
    wrong: score.wrong.map(({ prediction, cueMatched }) => ({
      kind: prediction.kind,
      span: asPair(prediction),
      speaker: asPair(prediction.speaker),
      cueMatched,
    })),
  };
}

function evaluateSplit(split: PolnearSplit, context: TaskContext): { entries: ResultEntry[]; records: object[] } {
  const articles = sampleByHash(loadPolnear(split), context.sample ? POLNEAR_SAMPLE_SIZE : undefined, (article) => article.id);
  const started = Date.now();
  const scores = articles.map((article) =>
    scoreArticle(article.attributions, predictAttributions(article.text), (relation) => hasReportingCue(article.text, relation)),
  );
  context.log(`${DATASET} ${split}: ${articles.length} articles analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    entries: splitEntries(split, articles.length, sumTallies(scores)),
    records: articles.map((article, i) => articleRecord(article, scores[i]!)),
  };
}

/**
 * PolNeAR: wiretrace's attributions and attributed quotes against human-labelled source, cue and
 * content spans, on dev (where the rules in src/analyze/quotes.ts are developed) and train (held
 * out). Runs `analyze` in this thread; the scorer is not used.
 */
export const polnearTask: Task = {
  name: DATASET,
  usesScorer: false,
  async run(context) {
    const results = POLNEAR_SPLITS.map((split) => evaluateSplit(split, context));
    writeRecords(context, DATASET, results.flatMap((result) => result.records));
    return results.flatMap((result) => result.entries);
  },
};
