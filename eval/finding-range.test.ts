import { describe, expect, it } from "vitest";
import { findingRange, findingRanges } from "./finding-range.js";
import { fakeReport } from "./testing/fake-report.js";

const rewrite = "Kai Moss spoke. He said 40 jobs would go.";

describe("findingRange", () => {
  it("reads offsets into the whole rewrite as they are", () => {
    const span = { sentence: 1, start: 24, end: 26, text: "40" };
    expect(findingRange(span, fakeReport(), rewrite)).toEqual({ start: 24, end: 26 });
  });

  it("shifts offsets that are relative to their sentence", () => {
    const report = fakeReport();
    report.rewrite.sentences = [
      { index: 0, text: "Kai Moss spoke.", start: 0, end: 15 },
      { index: 1, text: "He said 40 jobs would go.", start: 16, end: 41 },
    ];
    expect(findingRange({ sentence: 1, start: 8, end: 10, text: "40" }, report, rewrite)).toEqual({ start: 24, end: 26 });
  });
});

describe("findingRanges", () => {
  it("skips findings with no rewrite span (omissions)", () => {
    const report = fakeReport({}, {
      findings: [
        { type: "omitted", severity: "low", rewrite: null, source: null, message: "" },
        { type: "number-changed", severity: "high", rewrite: { sentence: 1, start: 24, end: 26, text: "40" }, source: null, message: "" },
      ],
    });
    expect(findingRanges(report, rewrite)).toEqual([{ start: 24, end: 26 }]);
  });
});
