/**
 * Extracts: real news articles (BBC News, Reuters-21578) compared with rewrites made only of their
 * own sentences, copied word for word. Such a rewrite is faithful by construction, so every drift
 * finding on it is a false alarm; the figure is the share of extracts flagged (a high or medium
 * finding other than an omission). The articles keep their own layout (blank-line paragraphs,
 * Reuters' wrapped lines and indented paragraphs), which the labelled data sets do not exercise.
 */
import { analyze, PARAGRAPH_BREAK } from "../../src/analyze/index.js";
import type { CompareReport } from "../../src/report/types.js";
import { parseJsonLines } from "../corpus/articles.js";
import { readText } from "../decode.js";
import { dataFile } from "../paths.js";
import { scoredSummary, writeRecords } from "../records.js";
import { sampleByHash } from "../sample.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

const DATASET = "extracts";
/** Articles per collection: every extract kind is made from the same ones. */
const ARTICLES = { full: 200, sample: 10 };
/** Paragraphs (or sentences) an article needs for every kind of extract. */
const MIN_PARTS = 5;
/** Parts an extract keeps. */
const KEPT = 4;

export type ExtractKind = "lead" | "alternate-paragraphs" | "alternate-sentences";
const KINDS: ExtractKind[] = ["lead", "alternate-paragraphs", "alternate-sentences"];

export interface Article {
  id: string;
  collection: "bbc" | "reuters";
  text: string;
  /** What joins two paragraphs in this collection's layout. */
  paragraphBreak: string;
}

/** The paragraphs of an article as its layout marks them: a blank line, or a line break before an indented line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

/** A sentence whose straight double quotes pair up: keeping it alone leaves no quote open. */
function balancedQuotes(sentence: string): boolean {
  return (sentence.match(/"/g) ?? []).length % 2 === 0;
}

/** The extract of one kind, or null when the article is too short for it. */
export function extractOf(text: string, kind: ExtractKind, paragraphBreak: string): string | null {
  if (kind === "alternate-sentences") {
    // One line: a sentence of wrapped wire copy keeps none of the source's line breaks.
    const sentences = analyze(text).sentences.map((sentence) => sentence.text.replace(/\s+/g, " ")).filter(balancedQuotes);
    const kept = sentences.filter((_, index) => index % 2 === 1).slice(0, KEPT * 2);
    return kept.length >= KEPT ? kept.join(" ") : null;
  }
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length < MIN_PARTS) return null;
  const kept = kind === "lead" ? paragraphs.slice(0, KEPT) : paragraphs.filter((_, index) => index % 2 === 1).slice(0, KEPT);
  return kept.join(paragraphBreak);
}

/** The articles of a collection long enough for every kind of extract, each in its own layout. */
function readArticles(collection: Article["collection"]): Article[] {
  const file = collection === "bbc" ? dataFile("bbc-news", "bbc.jsonl") : dataFile("reuters21578", "reuters21578.jsonl");
  return parseJsonLines(readText(file), collection).flatMap((item): Article[] => {
    const lines = String(item.text ?? "").split("\n");
    // BBC bodies repeat the title as their first line.
    if (collection === "bbc" && lines[0]?.trim() === String(item.title ?? "").trim()) lines.shift();
    const text = lines.join("\n").trim();
    const id = `${collection}:${String(collection === "bbc" ? item.id : item.newid)}`;
    return paragraphsOf(text).length >= MIN_PARTS ? [{ id, collection, text, paragraphBreak: collection === "bbc" ? "\n\n" : "\n    " }] : [];
  });
}

/**
 * The articles the news tasks read (extracts, leads, planted): the same ones for each, chosen by
 * hash from each collection, `ARTICLES.sample` of them per collection in a `--sample` run.
 */
export function sampledArticles(sample: boolean): Article[] {
  const count = sample ? ARTICLES.sample : ARTICLES.full;
  return (["bbc", "reuters"] as const).flatMap((collection) => sampleByHash(readArticles(collection), count, (article) => article.id));
}

/** A high or medium finding other than an omission: what `verdict.faithful` counts. */
function flagged(report: CompareReport): boolean {
  return !report.verdict.faithful;
}

export const extractsTask: Task = {
  name: DATASET,
  async run(context: TaskContext): Promise<ResultEntry[]> {
    const articles = sampledArticles(context.sample);
    const items = articles.flatMap((article) =>
      KINDS.flatMap((kind) => {
        const extract = extractOf(article.text, kind, article.paragraphBreak);
        return extract === null ? [] : [{ article, kind, extract }];
      }),
    );
    const scored = await scoreAll(
      items.map((item) => ({ key: `${item.article.id}/${item.kind}`, source: item.article.text, rewrite: item.extract })),
      context,
      DATASET,
    );
    writeRecords(
      context,
      DATASET,
      items.map((item, i) => {
        const result = scored[i]!;
        const base = { id: item.article.id, kind: item.kind };
        return { ...base, ...(result.report ? { flagged: flagged(result.report) } : {}), ...scoredSummary(result) };
      }),
    );
    const entries: ResultEntry[] = [];
    for (const collection of ["bbc", "reuters"] as const) {
      for (const kind of KINDS) {
        const reports = items.flatMap((item, i) => (item.article.collection === collection && item.kind === kind && scored[i]!.report ? [scored[i]!.report!] : []));
        if (reports.length === 0) continue;
        entries.push({ dataset: DATASET, metric: `flagged-share:${collection}-${kind}`, value: reports.filter(flagged).length / reports.length, target: null });
        entries.push({ dataset: DATASET, metric: `extracts:${collection}-${kind}`, value: reports.length, target: null });
      }
    }
    return entries;
  },
};
