import { describe, expect, it } from "vitest";
import type { ReportSentence } from "../report/types.js";
import { locateSpan, mergeMarks, segmentText, type SentenceMark } from "./marks.js";

const sentence: ReportSentence = { index: 1, text: "Fares may rise by 5% next year.", start: 40, end: 71 };

describe("locateSpan", () => {
  it("places a span whose offsets index the whole text", () => {
    expect(locateSpan(sentence, { sentence: 1, start: 58, end: 60, text: "5%" })).toEqual({ start: 18, end: 20 });
  });

  it("places a span whose offsets count from the sentence start", () => {
    expect(locateSpan(sentence, { sentence: 1, start: 18, end: 20, text: "5%" })).toEqual({ start: 18, end: 20 });
  });

  it("falls back to finding the span's text when its offsets are off", () => {
    expect(locateSpan(sentence, { sentence: 1, start: 3, end: 12, text: "next year" })).toEqual({ start: 21, end: 30 });
  });

  it("gives up on an empty span", () => {
    expect(locateSpan(sentence, { sentence: 1, start: 45, end: 45, text: "" })).toBeNull();
  });
});

describe("segmentText", () => {
  it("cuts overlapping marks into segments that each know every mark covering them", () => {
    const marks: SentenceMark[] = [
      { start: 0, end: 9, severity: "low", finding: 1 },
      { start: 6, end: 14, severity: "high", finding: 2 },
    ];
    const segments = segmentText("Fares may rise by 5%.", marks);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.finding)])).toEqual([
      ["Fares ", [1]],
      ["may", [1, 2]],
      [" rise", [2]],
      [" by 5%.", []],
    ]);
  });
});

describe("mergeMarks", () => {
  it("joins overlapping marks into one region in the strongest severity", () => {
    const marks: SentenceMark[] = [
      { start: 6, end: 14, severity: "medium", finding: 2 },
      { start: 0, end: 9, severity: "high", finding: 1 },
      { start: 18, end: 20, severity: "low", finding: 3 },
    ];
    expect(mergeMarks(marks)).toEqual([
      { start: 0, end: 14, severity: "high" },
      { start: 18, end: 20, severity: "low" },
    ]);
  });
});
