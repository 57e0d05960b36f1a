/**
 * Planted: real news articles (BBC News, Reuters-21578) compared with their first four paragraphs
 * after exactly one factual change, made by the corpus generator's own operations (a number, a
 * date, a name, a speaker, a quote's wording, a negation, a hedge, a direction word, a pronoun, a
 * speaker's credit).
 * Every such rewrite drifts at a known place, so the figure is recall on real news: the share of
 * changes that get a high or medium finding over the changed words, and the share whose finding
 * has a type that names the change. The same extract
 * unchanged is the control (its flagged share), as the `extracts` task's `lead` rows are. Each
 * change is planted a second time in the extract restructured (attributions moved, sentences
 * merged), whose control is the restructured extract.
 */
import type { CompareReport, Finding, FindingType } from "../../src/report/types.js";
import { alterQuote, changeDate, changeName, changeNumber, changeSpeaker, dropAttribution, mergeSentences, type OpName, type OpOutcome } from "../corpus/operations.js";
import { reformulate } from "../corpus/paraphrase.js";
import { dropHedge, flipNegation, swapAntonym, swapPronoun } from "../corpus/predicates.js";
import { namePoolOf } from "../corpus/names.js";
import { createRandom, type Random } from "../corpus/random.js";
import { parseDoc, renderDoc, type Doc } from "../corpus/sentences.js";
import { scoredSummary, writeRecords } from "../records.js";
import { stableHash } from "../sample.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";
import { extractOf, paragraphsOf, sampledArticles, type Article } from "./extracts.js";

const DATASET = "planted";

/** Names the generator must not swap: the agencies' own credits. */
const AGENCIES = ["Reuters", "Reuter", "BBC"];

type PlantedOp = Extract<
  OpName,
  "change-number" | "change-date" | "change-name" | "change-speaker" | "alter-quote" | "flip-negation" | "drop-hedge" | "swap-antonym" | "swap-pronoun" | "drop-attribution"
>;

/**
 * Each operation, and the finding types that name what it did. A name swapped in a speaker's place
 * is a misattribution as much as a changed name, and a quote given "not" or "never" is a flipped
 * negation as much as altered wording.
 */
const OPERATIONS: Record<PlantedOp, { apply: (doc: Doc, rng: Random, pool: readonly string[]) => OpOutcome | null; names: FindingType[] }> = {
  "change-number": { apply: (doc, rng) => changeNumber(doc, rng), names: ["number-changed"] },
  "change-date": { apply: (doc, rng) => changeDate(doc, rng), names: ["date-changed"] },
  "change-name": { apply: (doc, rng, pool) => changeName(doc, rng, pool, AGENCIES), names: ["entity-changed", "misattribution"] },
  "change-speaker": { apply: (doc, rng, pool) => changeSpeaker(doc, rng, pool, AGENCIES), names: ["misattribution", "entity-changed"] },
  "alter-quote": { apply: (doc, rng) => alterQuote(doc, rng), names: ["quote-altered", "negation-flipped"] },
  "flip-negation": { apply: (doc, rng) => flipNegation(doc, rng), names: ["negation-flipped", "meaning-changed", "quote-altered"] },
  "drop-hedge": { apply: (doc, rng) => dropHedge(doc, rng), names: ["hedge-dropped", "meaning-changed", "quote-altered"] },
  "swap-antonym": { apply: (doc, rng) => swapAntonym(doc, rng), names: ["meaning-changed", "negation-flipped", "quote-altered"] },
  "swap-pronoun": { apply: (doc, rng) => swapPronoun(doc, rng), names: ["entity-changed", "misattribution", "quote-altered"] },
  "drop-attribution": { apply: (doc, rng) => dropAttribution(doc, rng), names: ["attribution-dropped"] },
};

const OPS = Object.keys(OPERATIONS) as PlantedOp[];

/**
 * The extract as copied, or first restructured as a desk would without changing a claim (see
 * `restructure`), so a change must be found in sentences that no longer run word for word
 * around it. The generator's WordNet paraphrase is not used: its first-sense synonyms change
 * claims ("according to" -> "consorting to"), so its control would not be faithful.
 */
export type PlantedForm = "lead" | "restructured";
const FORMS: readonly PlantedForm[] = ["lead", "restructured"];

/** One comparison: an article with its lead extract, changed by `op` or (op null) unchanged. */
export interface PlantedItem {
  article: Article;
  form: PlantedForm;
  op: PlantedOp | null;
  detail: string;
  rewrite: string;
  /** The changed characters of `rewrite` (empty for the control). */
  changed: { start: number; end: number };
}

/**
 * Per form, the control and one item per operation that applies to the article: its first four
 * paragraphs, one per line as the generator writes them, changed once with a stream seeded by the
 * article and the operation, so every run plants the same changes.
 */
export function plantedItems(article: Article, pool: readonly string[]): PlantedItem[] {
  const lead = extractOf(article.text, "lead", article.paragraphBreak);
  if (lead === null) return [];
  // One paragraph per line, as the generator reads and writes text: wrapped wire lines are joined.
  const doc = parseDoc(paragraphsOf(lead).map((paragraph) => paragraph.replace(/\s+/g, " ")).join("\n"));
  return FORMS.flatMap((form) => {
    const formed = form === "lead" ? doc : restructure(doc, createRandom(stableHash(`${article.id}/restructure`)));
    return formed ? itemsOf(article, form, formed, pool) : [];
  });
}

/**
 * Every light reformulation that applies to a sentence without quotation marks (the attribution
 * moved to the other end, "pct" -> "percent", "more than" -> "over"), then two sentences without
 * quotation marks merged; null when nothing applied.
 */
export function restructure(doc: Doc, rng: Random): Doc | null {
  const reformulated = doc.map((sentence) => {
    // A phrase swap inside quotation marks would alter the quote.
    if (/["\u201c\u201d]/.test(sentence.text)) return sentence;
    const reformulation = reformulate(sentence.text, rng);
    return reformulation ? { ...sentence, text: reformulation.text } : sentence;
  });
  const merging = mergeSentences(reformulated, rng);
  // Sentences of one quotation joined with "and" would alter the quote.
  const merged = merging && !/["\u201c\u201d]/.test(merging.applied.to ?? "") ? merging.doc : reformulated;
  return renderDoc(merged) === renderDoc(doc) ? null : merged;
}

function itemsOf(article: Article, form: PlantedForm, doc: Doc, pool: readonly string[]): PlantedItem[] {
  const base = renderDoc(doc);
  const items: PlantedItem[] = [{ article, form, op: null, detail: "unchanged", rewrite: base, changed: { start: 0, end: 0 } }];
  for (const op of OPS) {
    const rng = createRandom(stableHash(`${article.id}/${op}`));
    const outcome = OPERATIONS[op].apply(doc, rng, pool);
    if (!outcome) continue;
    const rewrite = renderDoc(outcome.doc);
    if (rewrite === base) continue;
    items.push({ article, form, op, detail: outcome.applied.detail, rewrite, changed: changedSpan(base, rewrite) });
  }
  return items;
}

/** The characters of `after` that differ from `before`: what lies between their common start and common end. */
export function changedSpan(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // A deletion changes no character of `after`: the characters either side of the cut stand for it.
  if (after.length - end <= start) return { start: Math.max(0, start - 1), end: Math.min(after.length, start + 1) };
  return { start, end: after.length - end };
}

/** Findings that count: high or medium, not an omission, over the changed characters. */
function findingsOnChange(report: CompareReport, changed: { start: number; end: number }): Finding[] {
  return report.findings.filter(
    (finding) =>
      finding.type !== "omitted" &&
      finding.severity !== "low" &&
      finding.rewrite !== null &&
      finding.rewrite.start < changed.end &&
      changed.start < finding.rewrite.end,
  );
}

export const plantedTask: Task = {
  name: DATASET,
  async run(context: TaskContext): Promise<ResultEntry[]> {
    const articles = sampledArticles(context.sample);
    const pool = namePoolOf(articles.map((article) => article.text));
    const items = articles.flatMap((article) => plantedItems(article, pool));
    const scored = await scoreAll(
      items.map((item) => ({ key: `${item.article.id}/${item.form}/${item.op ?? "unchanged"}`, source: item.article.text, rewrite: item.rewrite })),
      context,
      DATASET,
    );
    const outcomes = items.map((item, i) => {
      const report = scored[i]!.report;
      if (!report) return null;
      const onChange = findingsOnChange(report, item.changed);
      const named = item.op !== null && onChange.some((finding) => OPERATIONS[item.op!].names.includes(finding.type));
      return { flagged: !report.verdict.faithful, found: onChange.length > 0, named };
    });
    writeRecords(
      context,
      DATASET,
      items.map((item, i) => {
        const base = { id: item.article.id, form: item.form, op: item.op ?? "unchanged", detail: item.detail, changed: [item.changed.start, item.changed.end] };
        return { ...base, ...outcomes[i], ...scoredSummary(scored[i]!) };
      }),
    );
    return plantedEntries(items, outcomes);
  },
};

type Outcome = { flagged: boolean; found: boolean; named: boolean } | null;

/**
 * Per collection and form, the control's flagged share, then per operation the found and named
 * shares and the count. The restructured form's metrics name it ("bbc-restructured-change-date").
 */
export function plantedEntries(items: readonly PlantedItem[], outcomes: readonly Outcome[]): ResultEntry[] {
  const entries: ResultEntry[] = [];
  const share = (values: boolean[]) => values.filter(Boolean).length / values.length;
  for (const collection of ["bbc", "reuters"] as const) {
    for (const form of FORMS) {
      const group = form === "lead" ? collection : `${collection}-${form}`;
      const of = (op: PlantedOp | null) =>
        items.flatMap((item, i) => (item.article.collection === collection && item.form === form && item.op === op && outcomes[i] ? [outcomes[i]!] : []));
      const control = of(null);
      if (control.length > 0) entries.push({ dataset: DATASET, metric: `flagged-share:${group}-unchanged`, value: share(control.map((o) => o.flagged)), target: null });
      for (const op of OPS) {
        const changed = of(op);
        if (changed.length === 0) continue;
        entries.push(
          { dataset: DATASET, metric: `found-share:${group}-${op}`, value: share(changed.map((o) => o.found)), target: null },
          { dataset: DATASET, metric: `named-share:${group}-${op}`, value: share(changed.map((o) => o.named)), target: null },
          { dataset: DATASET, metric: `planted:${group}-${op}`, value: changed.length, target: null },
        );
      }
    }
  }
  return entries;
}
