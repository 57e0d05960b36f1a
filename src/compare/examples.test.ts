import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDefaultEncoder, type Encoder } from "../encoder/index.js";
import type { CompareReport, Finding, FindingType } from "../report/types.js";
import { compare } from "./index.js";

interface Planted {
  type: FindingType;
  rewriteText: string | null;
  sourceText: string | null;
}

const examples = new URL("../../examples/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), "utf8");
const expected: { file: string; findings: Planted[] }[] = JSON.parse(read("expected.json"));
const source = read("source.txt");

let encoder: Encoder;
beforeAll(async () => {
  encoder = await loadDefaultEncoder();
});

/** A finding matches a planted one when its type agrees and its span overlaps the planted text. */
function matches(finding: Finding, planted: Planted, rewrite: string): boolean {
  if (finding.type !== planted.type) return false;
  const side = planted.rewriteText !== null ? { span: finding.rewrite, text: rewrite, needle: planted.rewriteText } : { span: finding.source, text: source, needle: planted.sourceText! };
  const at = side.text.indexOf(side.needle);
  return side.span !== null && side.span.start < at + side.needle.length && at < side.span.end;
}

describe.each(expected)("examples/$file", ({ file, findings: planted }) => {
  const rewrite = read(file);
  let report: CompareReport;
  beforeAll(async () => {
    report = await compare({ text: source, origin: "source.txt" }, { text: rewrite, origin: file }, { encoder });
  });

  it("is recognised as a rewrite of the source", () => {
    expect(report.verdict.relation).toBe("rewrite");
  });

  it.each(planted.map((item) => [item.type, item] as const))("finds the planted %s", (_type, item) => {
    const found = report.findings.some((finding) => matches(finding, item, rewrite));
    expect(found, JSON.stringify(report.findings.filter((f) => f.type === item.type), null, 1)).toBe(true);
  });

  if (planted.length === 0) {
    it("reports no drift of medium or high severity", () => {
      const drift = report.findings.filter((finding) => finding.type !== "omitted" && finding.severity !== "low");
      expect(drift).toEqual([]);
      expect(report.verdict.faithful).toBe(true);
    });
  } else {
    it("is not judged faithful", () => {
      expect(report.verdict.faithful).toBe(false);
    });

    it("reports no medium or high drift beyond what was planted", () => {
      const unplanted = report.findings.filter(
        (finding) => finding.type !== "omitted" && finding.severity !== "low" && !planted.some((item) => matches(finding, item, rewrite)),
      );
      expect(unplanted).toEqual([]);
    });
  }
});
