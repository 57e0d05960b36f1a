import { describe, expect, it } from "vitest";
import type { BumpPair } from "../datasets/bump.js";
import { fakeContext, fakeReport, scorerByRewrite } from "../testing/fake-report.js";
import { evaluateBump } from "./bump.js";

const pairs: BumpPair[] = [
  {
    id: "1",
    article: "Ida Berg won on Sunday.",
    reference: "Ida Berg won on Sunday .",
    edited: "Ida Berg lost on Sunday .",
    errorType: "Intrinsic Predicate Error",
  },
  {
    id: "2",
    article: "Tom Hale paid 5 euros.",
    reference: "Tom Hale paid 5 euros .",
    edited: "Tom Hale paid 9 euros .",
    errorType: "Extrinsic Entity Error",
  },
];

const finding = (start: number, end: number, text: string) => ({
  type: "meaning-changed" as const,
  severity: "high" as const,
  rewrite: { sentence: 0, start, end, text },
  source: null,
  message: "",
});

const scorer = scorerByRewrite({
  "Ida Berg won on Sunday .": fakeReport({ faithfulness: 0.9, faithful: true }),
  "Ida Berg lost on Sunday .": fakeReport({ faithfulness: 0.4, faithful: false }, { findings: [finding(9, 13, "lost")] }),
  // A false alarm on the reference, at the number the edit later replaced.
  "Tom Hale paid 5 euros .": fakeReport({ faithfulness: 0.8, faithful: true }, { findings: [finding(14, 15, "5")] }),
  // A finding, but on the name rather than on the edited number.
  "Tom Hale paid 9 euros .": fakeReport({ faithfulness: 0.85, faithful: true }, { findings: [finding(0, 3, "Tom")] }),
});

describe("evaluateBump", () => {
  it("reports ROC-AUC of faithfulness, faithful accuracy and findings on the edit by type", async () => {
    const entries = await evaluateBump("bump-demo", pairs, fakeContext(scorer));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    // Reference 0.9 and 0.8 against edited 0.4 and 0.85: 3 of 4 pairs in order.
    expect(value("roc-auc")).toBe(0.75);
    // Faithful flags T,F,T,T against gold T,F,T,F: recall 1 and 0.5.
    expect(value("faithful-accuracy")).toBe(0.75);
    expect(value("finding-on-edit:Intrinsic Predicate Error")).toBe(1);
    expect(value("finding-on-edit:Extrinsic Entity Error")).toBe(0);
    expect(value("finding-on-edit:all")).toBe(0.5);
    expect(value("finding-on-reference:all")).toBe(0.5);
    expect(entries.every((entry) => entry.dataset === "bump-demo")).toBe(true);
  });
});
