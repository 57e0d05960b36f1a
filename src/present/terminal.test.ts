import { describe, expect, it } from "vitest";
import type { CompareReport } from "../report/types.js";
import { fixtureReport } from "./fixture.test-data.js";
import { renderTerminal } from "./terminal.js";

const ANSI = /\u001b\[/;
const plain = (report: CompareReport = fixtureReport(), width?: number) => renderTerminal(report, { color: false, width });

describe("renderTerminal", () => {
  it("opens with the verdict: relation, faithfulness, shares, drift by severity and omissions", () => {
    const head = plain().split("\n").slice(0, 9).join("\n");
    expect(head).toContain("Relation     rewrite");
    expect(head).toContain("Faithful     no · faithfulness 0.55");
    expect(head).toContain("Derived      100% of the rewrite draws on the source");
    expect(head).toContain("Verbatim     0% of the rewrite is copied word for word");
    expect(head).toContain("Drift        1 high · 0 medium · 0 low");
    expect(head).toContain("Omitted      1 of 3 source sentences");
  });

  it("without colour, brackets the finding span in the rewrite sentence and the source sentence", () => {
    const text = plain();
    expect(text).toContain("    Harbourview council approved «12» new bus routes on Monday.");
    expect(text).toContain("      S1  Harbourview council approved «14» new bus routes on Monday.");
  });

  it("lists each finding under its rewrite sentence with severity, type and message", () => {
    const block = plain().split("R2 ")[0]!;
    expect(block).toContain("R1  [altered]  from S1");
    expect(block).toMatch(/high +number-changed +The rewrite says 12 new bus routes; the source says 14\./);
  });

  it("writes no escape codes without colour and colours the span with it", () => {
    expect(plain()).not.toMatch(ANSI);
    const coloured = renderTerminal(fixtureReport(), { color: true });
    expect(coloured).toContain("\u001b[31m\u001b[4m12\u001b[24m\u001b[39m");
    expect(coloured).not.toContain("«");
  });

  it("ends with the omitted source sentences and their findings", () => {
    const omitted = plain().split("Omitted from the source")[1]!;
    expect(omitted).toContain("S3  Okafor warned that fares may rise next year.");
    expect(omitted).toMatch(/medium +omitted +The rewrite leaves out Okafor's warning/);
  });

  it("ends with exactly one newline", () => {
    expect(plain()).toMatch(/[^\n]\n$/);
  });

  it("says when nothing was omitted", () => {
    const report = { ...fixtureReport(), omitted: [], findings: fixtureReport().findings.slice(0, 1) };
    expect(plain(report)).toContain("Omitted from the source  nothing");
  });

  it("shows a source sentence identical to its rewrite sentence as (identical)", () => {
    const report = fixtureReport();
    report.rewrite.sentences[1] = { ...report.source.sentences[1]!, index: 1 };
    report.alignment[1]!.kind = "verbatim";
    expect(plain(report)).toContain("S2  (identical)");
  });

  it("says when a rewrite sentence has no source", () => {
    const report = fixtureReport();
    report.alignment[1] = { rewrite: 1, source: [], kind: "unsupported", score: 0.1 };
    expect(plain(report)).toContain("R2  [unsupported]  no source sentence");
  });

  it("draws overlapping findings as one bracketed region and lists both", () => {
    const report = fixtureReport();
    const sentence = report.rewrite.sentences[0]!;
    const clause = "approved 12 new bus routes";
    const start = sentence.start + sentence.text.indexOf(clause);
    report.findings.push({
      type: "meaning-changed",
      severity: "low",
      rewrite: { sentence: 0, start, end: start + clause.length, text: clause },
      source: null,
      message: "Invented detail.",
    });
    const text = plain(report);
    expect(text).toContain("    Harbourview council «approved 12 new bus routes» on Monday.");
    expect(text).toMatch(/low +meaning-changed +Invented detail\./);
  });

  it("colours each part of an overlapping region by its own severity", () => {
    const report = fixtureReport();
    const sentence = report.rewrite.sentences[0]!;
    const clause = "approved 12 new";
    const start = sentence.start + sentence.text.indexOf(clause);
    report.findings.push({ type: "meaning-changed", severity: "medium", rewrite: { sentence: 0, start, end: start + clause.length, text: clause }, source: null, message: "x" });
    const coloured = renderTerminal(report, { color: true });
    const yellow = (text: string) => `\u001b[33m\u001b[4m${text}\u001b[24m\u001b[39m`;
    const red = (text: string) => `\u001b[31m\u001b[4m${text}\u001b[24m\u001b[39m`;
    expect(coloured).toContain(yellow("approved") + yellow(" ") + red("12") + yellow(" ") + yellow("new"));
  });

  it("lists a finding whose sentence is missing from the report under Other findings", () => {
    const report = fixtureReport();
    report.findings[0]!.rewrite!.sentence = 7;
    const other = plain(report).split("Other findings")[1]!;
    expect(other).toMatch(/high +number-changed +The rewrite says 12/);
  });

  it("wraps to the width without breaking a marked span", () => {
    const report = fixtureReport();
    const sentence = report.rewrite.sentences[0]!;
    report.findings[0]!.rewrite = { sentence: 0, start: sentence.start + 29, end: sentence.start + 46, text: "12 new bus routes" };
    const lines = plain(report, 44).split("\n");
    expect(lines.every((line) => line.length <= 44)).toBe(true);
    expect(lines).toContain("    «12 new bus routes» on Monday.");
  });
});
