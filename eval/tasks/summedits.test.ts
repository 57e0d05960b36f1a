import { describe, expect, it } from "vitest";
import type { SummEditsItem } from "../datasets/summedits.js";
import { fakeContext, fakeReport, scorerByRewrite } from "../testing/fake-report.js";
import { evaluateSummEditsDomain, summEditsAverage } from "./summedits.js";

const item = (summary: string, label: 0 | 1, split: SummEditsItem["split"]): SummEditsItem => ({
  id: summary,
  doc: "Caller: the order ships Monday.",
  summary,
  label,
  split,
  editTypes: [],
});

const items = [
  item("e1", 1, "evaluation"),
  item("e2", 0, "evaluation"),
  item("t1", 1, "test"),
  item("t2", 1, "test"),
  item("t3", 0, "test"),
  item("t4", 0, "test"),
];

const scorer = scorerByRewrite({
  e1: fakeReport({ faithfulness: 0.9, faithful: true }),
  e2: fakeReport({ faithfulness: 0.5, faithful: true }),
  t1: fakeReport({ faithfulness: 0.95, faithful: true }),
  t2: fakeReport({ faithfulness: 0.6, faithful: false }),
  t3: fakeReport({ faithfulness: 0.8, faithful: true }),
  t4: fakeReport({ faithfulness: 0.3, faithful: false }),
});

describe("evaluateSummEditsDomain", () => {
  it("reports balanced accuracy of the flag and of faithfulness tuned on the evaluation split", async () => {
    const entries = await evaluateSummEditsDomain("summedits-demo", items, fakeContext(scorer));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    // Flags on test T,F,T,F against gold 1,1,0,0: recall 0.5 each.
    expect(value("balanced-accuracy")).toBe(0.5);
    // Evaluation split puts the threshold at 0.7: test predictions T,F,T,F again.
    expect(value("balanced-accuracy-tuned")).toBe(0.5);
    // Positives 0.95, 0.6 against negatives 0.8, 0.3: 3 of 4 pairs in order.
    expect(value("roc-auc")).toBe(0.75);
  });
});

describe("summEditsAverage", () => {
  it("averages each balanced-accuracy figure over the domains", () => {
    const average = summEditsAverage([
      { dataset: "summedits-a", metric: "balanced-accuracy", value: 0.6, target: 0.6 },
      { dataset: "summedits-b", metric: "balanced-accuracy", value: 0.7, target: 0.6 },
      { dataset: "summedits-a", metric: "roc-auc", value: 0.9, target: null },
    ]);
    expect(average).toHaveLength(1);
    expect(average[0]).toMatchObject({ dataset: "summedits-average", metric: "balanced-accuracy", target: 0.68 });
    expect(average[0]?.value).toBeCloseTo(0.65);
  });
});
