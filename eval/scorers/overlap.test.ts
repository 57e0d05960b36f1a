import { describe, expect, it } from "vitest";
import { overlapScorer } from "./overlap.js";

describe("overlapScorer", () => {
  it("rates a verbatim copy fully derived and faithful", async () => {
    const text = "Mayor Lina Okafor opened the new bridge on Friday.";
    const { verdict, findings } = await overlapScorer(text, text);
    expect(verdict.derivedShare).toBe(1);
    expect(verdict.faithful).toBe(true);
    expect(findings).toEqual([]);
  });

  it("flags each rewrite word missing from the source at its offsets", async () => {
    const report = await overlapScorer("Lina Okafor opened the bridge.", "Lina Okafor closed the bridge.");
    expect(report.findings.map((f) => f.rewrite?.text)).toEqual(["closed"]);
    expect(report.findings[0]?.rewrite).toMatchObject({ start: 12, end: 18 });
    expect(report.verdict.faithfulness).toBeCloseTo(4 / 5);
  });

  it("scores a sentence by the share of its word types found in the source", async () => {
    const report = await overlapScorer("Rain fell in Oslo.", "Heavy rain fell.");
    expect(report.alignment[0]?.score).toBeCloseTo(2 / 3);
  });
});
