/**
 * Keeps a full-text query to its rare words. A word found in a large share of the articles (in
 * Reuters: "mln", "company", "shares") says little about which article is the source, yet makes
 * the search score every article holding it: at a million articles, seconds per query.
 */
import { stemmer } from "stemmer";

export interface RareTermSettings {
  /** A word in more than this share of the articles is common... */
  maxShare: number;
  /** ...unless it is in no more than this many (small stores keep everything). */
  minDocumentLimit: number;
  /** The rarest words are kept even when all are common, so a query never comes back empty. */
  minTerms: number;
}

/**
 * 0.2% from `npm run bench -- --only sources --sizes 1m`, twice each against 1%: candidates p50/p99
 * 49-50/222-228 ms against 60-85/269-292 ms, for 191 instead of 193 of 200 real sources in the top 5.
 * Below about 25,000 articles the 50-article floor decides, so the corpus evaluation is unchanged.
 */
export const rareTermDefaults: RareTermSettings = { maxShare: 0.002, minDocumentLimit: 50, minTerms: 8 };

/** Counts are cached until the store has grown by this share: rarity changes slowly. */
const REFRESH_GROWTH = 0.1;

export interface TermStatistics {
  /** Articles whose full-text index holds this stem. */
  documentsWith(stem: string): number;
  /** Articles stored (an upper bound is fine). */
  articleCount(): number;
}

/** Filters query terms by how many articles hold them, with the counts cached between queries. */
export class RareTerms {
  private readonly counts = new Map<string, number>();
  private countedAt = 0;

  constructor(
    private readonly statistics: TermStatistics,
    private readonly settings: RareTermSettings = rareTermDefaults,
  ) {}

  /** The terms worth searching for, in their given order. */
  select(terms: readonly string[]): string[] {
    const articles = this.statistics.articleCount();
    if (articles > this.countedAt * (1 + REFRESH_GROWTH)) {
      this.counts.clear();
      this.countedAt = articles;
    }
    const limit = Math.max(this.settings.minDocumentLimit, this.settings.maxShare * articles);
    const counted = terms.map((term) => ({ term, documents: this.documentsWith(term) }));
    const rarest = new Set(
      [...counted]
        .sort((a, b) => a.documents - b.documents)
        .slice(0, this.settings.minTerms)
        .map((entry) => entry.term),
    );
    return counted.filter((entry) => entry.documents <= limit || rarest.has(entry.term)).map((entry) => entry.term);
  }

  /** Phrases ("o'brien" becomes two words) are not counted: they are rare by nature. */
  private documentsWith(term: string): number {
    if (!/^[\p{L}\p{N}]+$/u.test(term)) return 0;
    const stem = stemmer(term.toLowerCase());
    let documents = this.counts.get(stem);
    if (documents === undefined) {
      documents = this.statistics.documentsWith(stem);
      this.counts.set(stem, documents);
    }
    return documents;
  }
}
