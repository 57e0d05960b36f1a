/**
 * Leads: the first paragraph of a real news article (BBC News, Reuters-21578) as the rewrite, the
 * rest of the article as its source. A lead tells in fewer, other words what the body reports,
 * much as a summary does, and its writer does not contradict the body. So a finding that says the
 * lead contradicts the body (another number, date or name, a flipped negation, another speaker,
 * other words inside quotation marks) is nearly always a false alarm, of the kind abstractive
 * summaries meet. Unsupported and attribution findings are not counted: a lead may state what the
 * body never repeats, and often drops "police said". Leads of fewer than ten words (table rows,
 * sports results) are left out. Unlabelled: a false-alarm measure only.
 */
import type { Finding, FindingType } from "../../src/report/types.js";
import { scoredSummary, writeRecords } from "../records.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";
import { paragraphsOf, sampledArticles, type Article } from "./extracts.js";

const DATASET = "leads";

/** Findings that say the rewrite states something other than its source. */
export const CONTRADICTIONS: readonly FindingType[] = [
  "number-changed",
  "date-changed",
  "entity-changed",
  "negation-flipped",
  "meaning-changed",
  "misattribution",
  "quote-altered",
];

/** The high and medium findings among `findings` that contradict the source. */
export function contradictions(findings: readonly Finding[]): Finding[] {
  return findings.filter((item) => CONTRADICTIONS.includes(item.type) && item.severity !== "low");
}

/** Words a lead needs to be prose. */
const MIN_LEAD_WORDS = 10;

/**
 * A lead of prose, not a table row or a result: Reuters' earnings and table items open with a row
 * ("Shr 10 cts vs 13 cts") that the body's other rows contradict by design.
 */
export function isProseLead(lead: string): boolean {
  return lead.split(/\s+/u).length >= MIN_LEAD_WORDS;
}

/** An article's first paragraph and the rest, joined in the article's own layout. */
export function leadAndBody(article: Pick<Article, "text" | "paragraphBreak">): { lead: string; body: string } {
  const [lead = "", ...rest] = paragraphsOf(article.text);
  return { lead, body: rest.join(article.paragraphBreak) };
}

export const leadsTask: Task = {
  name: DATASET,
  async run(context: TaskContext): Promise<ResultEntry[]> {
    // The extracts task's articles: the two measures read the same stories.
    const articles = sampledArticles(context.sample);
    const pairs = articles
      .map((article) => ({ article, ...leadAndBody(article) }))
      .filter((pair) => isProseLead(pair.lead));
    const scored = await scoreAll(
      pairs.map((pair) => ({ key: pair.article.id, source: pair.body, rewrite: pair.lead })),
      context,
      DATASET,
    );
    const found = scored.map((result) => (result.report ? contradictions(result.report.findings) : null));
    writeRecords(
      context,
      DATASET,
      pairs.map((pair, i) => ({ id: pair.article.id, ...scoredSummary(scored[i]!) })),
    );
    const entries: ResultEntry[] = [];
    for (const collection of ["bbc", "reuters"] as const) {
      const judged = pairs.flatMap((pair, i) => (pair.article.collection === collection && found[i] ? [found[i]!] : []));
      if (judged.length === 0) continue;
      const share = (keep: (item: Finding) => boolean) => judged.filter((items) => items.some(keep)).length / judged.length;
      entries.push({ dataset: DATASET, metric: `contradicted-share:${collection}`, value: share(() => true), target: null });
      for (const type of CONTRADICTIONS) {
        entries.push({ dataset: DATASET, metric: `contradicted-share:${collection}-${type}`, value: share((item) => item.type === type), target: null });
      }
      entries.push({ dataset: DATASET, metric: `leads:${collection}`, value: judged.length, target: null });
    }
    return entries;
  },
};
