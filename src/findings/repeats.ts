import type { Finding, FindingSpan } from "../report/types.js";

/**
 * Findings without repeats: one per type and rewrite span (a quote in two parts, or over two
 * sentences, gives its speaker twice), and no `entity-changed` on words a `misattribution` already
 * reports (a swapped speaker is one drift, said best as who said it).
 */
export function withoutRepeats(found: readonly Finding[]): Finding[] {
  const misattributed = found.flatMap((item) => (item.type === "misattribution" && item.rewrite ? [item.rewrite] : []));
  const seen = new Set<string>();
  return found.filter((item) => {
    const words = item.rewrite;
    if (item.type === "entity-changed" && words && misattributed.some((span) => overlaps(span, words))) return false;
    const key = `${item.type} ${item.rewrite?.start} ${item.rewrite?.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function overlaps(a: FindingSpan, b: FindingSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
