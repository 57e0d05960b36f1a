import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanIndex } from "./span-index.js";

describe("SpanIndex", () => {
  it("finds the spans that overlap or touch a range, in the order they were given", () => {
    const spans = [
      { start: 20, end: 25, name: "c" },
      { start: 0, end: 4, name: "a" },
      { start: 5, end: 30, name: "long" },
      { start: 10, end: 12, name: "b" },
    ];
    expect(new SpanIndex(spans).near(11, 20).map((span) => span.name)).toEqual(["c", "long", "b"]);
  });

  it("answers as a scan of every span would", () => {
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.nat(240), fc.nat(20), (spans, start, length) => {
        const end = start + length;
        const scanned = spans.filter((s) => s.start <= end && s.end >= start);
        expect(new SpanIndex(spans).near(start, end)).toEqual(scanned);
      }),
    );
  });

  it("tells whether an offset lies inside a span, the end left out, nested spans included", () => {
    const index = new SpanIndex([
      { start: 5, end: 40 },
      { start: 10, end: 12 },
      { start: 50, end: 52 },
    ]);
    expect([4, 5, 11, 39, 40, 50, 52].map((offset) => index.contains(offset))).toEqual([false, true, true, true, false, true, false]);
  });

  it("tells whether an offset lies inside a span as a scan of every span would", () => {
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.nat(240), (spans, offset) => {
        expect(new SpanIndex(spans).contains(offset)).toBe(spans.some((s) => offset >= s.start && offset < s.end));
      }),
    );
  });
});
