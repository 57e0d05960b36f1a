import { partitionPoint } from "../search/index.js";

/**
 * Spans looked up by position. A long text has thousands of names and library spans, and a check
 * that scanned all of them for every word made analysis grow with the square of the text's length.
 */
export class SpanIndex<S extends { start: number; end: number }> {
  private readonly byStart: { span: S; order: number }[];
  private readonly longest: number;
  /** The furthest end among the spans up to each place in `byStart`. */
  private readonly furthestEnd: number[];

  constructor(spans: readonly S[]) {
    this.byStart = spans.map((span, order) => ({ span, order })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    this.longest = spans.reduce((longest, span) => Math.max(longest, span.end - span.start), 0);
    this.furthestEnd = [];
    for (const { span } of this.byStart) this.furthestEnd.push(Math.max(span.end, this.furthestEnd.at(-1) ?? -Infinity));
  }

  /**
   * Whether some span holds `offset` (span.start <= offset < span.end). Unlike `near`, it reads
   * no span: one long span (a quote running to its paragraph's end) would make `near` read every
   * span that starts within its length.
   */
  contains(offset: number): boolean {
    const started = partitionPoint(this.byStart.length, (at) => this.byStart[at]!.span.start <= offset);
    return started > 0 && this.furthestEnd[started - 1]! > offset;
  }

  /**
   * The spans that overlap or touch [start, end] (span.start <= end and span.end >= start), in the
   * order they were given, so a caller that keeps the first match gets the one a scan would.
   */
  near(start: number, end: number): S[] {
    const found: { span: S; order: number }[] = [];
    // A span ending at or after `start` cannot start before start - longest.
    for (let i = partitionPoint(this.byStart.length, (at) => this.byStart[at]!.span.start < start - this.longest); i < this.byStart.length; i++) {
      const entry = this.byStart[i]!;
      if (entry.span.start > end) break;
      if (entry.span.end >= start) found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map((entry) => entry.span);
  }
}
