/**
 * When a member appeared, and which of two members came first. Publication times win; the store's
 * ingest time stands in when either publication time is missing, and is trusted less.
 */
import { DAY_MS, timeOf } from "../ingest/instant.js";
import type { StoredArticle } from "../store/types.js";

/** How the order of two members is known, strongest first. */
export type OrderBasis = "published" | "ingested" | "tie";

export interface Order {
  basis: OrderBasis;
  /** Milliseconds from the first to the second; 0 for a tie. */
  gapMs: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The time a member is placed at: published, else ingested. */
export function memberTime(article: Pick<StoredArticle, "published" | "ingestedAt">): number {
  return timeOf(article.published) ?? timeOf(article.ingestedAt) ?? 0;
}

/**
 * How `later` stands to `earlier`: a positive gap means `later` really came after. Two published
 * times on the same day where either gives no clock time cannot be ordered, so they tie rather
 * than fall back to ingest order, which says nothing about publication.
 */
export function orderOf(earlier: StoredArticle, later: StoredArticle): Order {
  const a = timeOf(earlier.published);
  const b = timeOf(later.published);
  if (a !== undefined && b !== undefined) {
    const dayOnly = DATE_ONLY.test(earlier.published!) || DATE_ONLY.test(later.published!);
    if (dayOnly && Math.floor(a / DAY_MS) === Math.floor(b / DAY_MS)) return { basis: "tie", gapMs: 0 };
    return b === a ? { basis: "tie", gapMs: 0 } : { basis: "published", gapMs: b - a };
  }
  const ia = timeOf(earlier.ingestedAt);
  const ib = timeOf(later.ingestedAt);
  if (ia === undefined || ib === undefined || ia === ib) return { basis: "tie", gapMs: 0 };
  return { basis: "ingested", gapMs: ib - ia };
}

/** "45 min", "3 h", "2 days": a gap rounded to the unit a reader thinks in. */
export function formatGap(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (minutes < 1) return "under a minute";
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
