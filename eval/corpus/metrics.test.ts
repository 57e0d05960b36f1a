import { describe, expect, it } from "vitest";
import type { CorpusTruth } from "./build.js";
import { bCubed, edgeScores, recallAtK, tiedMisses } from "./metrics.js";

/** a is an original, b copies a, c copies b; d is unrelated. */
const truth: CorpusTruth = {
  sourceOf: new Map([
    ["a", null],
    ["b", "a"],
    ["c", "b"],
    ["d", null],
  ]),
  storyOf: new Map([
    ["a", "s1"],
    ["b", "s1"],
    ["c", "s1"],
    ["d", "s2"],
  ]),
};

describe("tiedMisses", () => {
  // c copies b, which is a plus a closing line c dropped: a and b hold the same of c's phrases.
  const texts = new Map([
    ["a", "The ferry to Carrow sailed at dawn."],
    ["b", "The ferry to Carrow sailed at dawn. Tickets cost four pounds."],
    ["c", "The ferry to Carrow sailed at dawn."],
    ["d", "Tolls on the bridge rose again."],
  ]);

  it("counts a miss whose first candidate holds exactly the article's phrases the source holds", () => {
    expect(tiedMisses(new Map([["c", ["a", "b"]]]), truth, texts)).toBe(1);
  });

  it("does not count a miss the text could have avoided", () => {
    expect(tiedMisses(new Map([["c", ["d", "b"]]]), truth, texts)).toBe(0);
  });

  it("does not count a hit", () => {
    expect(tiedMisses(new Map([["c", ["b"]]]), truth, texts)).toBe(0);
  });
});

describe("recallAtK", () => {
  const ranked = new Map([
    ["b", ["d", "a"]],
    ["c", ["b", "a"]],
  ]);

  it("counts a hit when the true source is in the first k", () => {
    expect(recallAtK(ranked, truth, 1)).toBe(0.5);
    expect(recallAtK(ranked, truth, 2)).toBe(1);
  });

  it("counts an article without a ranking as a miss", () => {
    expect(recallAtK(new Map([["c", ["b"]]]), truth, 5)).toBe(0.5);
  });

  it("scores only the articles in `only`", () => {
    expect(recallAtK(ranked, truth, 1, new Set(["b"]))).toBe(0);
  });

  it("is NaN when no scored article has a source", () => {
    expect(recallAtK(ranked, truth, 1, new Set(["a", "d"]))).toBeNaN();
  });
});

describe("edgeScores", () => {
  // a->b right; c->b is the pair b-c backwards; a->d is no true pair; a->b repeated counts once.
  const predicted = [
    { source: "a", derived: "b" },
    { source: "c", derived: "b" },
    { source: "a", derived: "d" },
    { source: "a", derived: "b" },
  ];

  it("computes directed precision 1/3 and recall 1/2", () => {
    const scores = edgeScores(predicted, truth);
    expect(scores.precision).toBeCloseTo(1 / 3);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(0.4);
    expect(scores.predicted).toBe(3);
    expect(scores.actual).toBe(2);
  });

  it("computes undirected precision 2/3 and recall 1", () => {
    const scores = edgeScores(predicted, truth);
    expect(scores.undirectedPrecision).toBeCloseTo(2 / 3);
    expect(scores.undirectedRecall).toBe(1);
  });

  it("judges direction only on edges whose pair is right: 1 of 2", () => {
    const scores = edgeScores(predicted, truth);
    expect(scores.pairsRight).toBe(2);
    expect(scores.directionAccuracy).toBe(0.5);
  });

  it("gives NaN direction accuracy when no pair is right", () => {
    expect(edgeScores([{ source: "a", derived: "d" }], truth).directionAccuracy).toBeNaN();
  });

  it("keeps only edges with both ends in `only`", () => {
    const scores = edgeScores(predicted, truth, new Set(["a", "b", "d"]));
    expect(scores.actual).toBe(1);
    expect(scores.predicted).toBe(2);
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(1);
  });
});

describe("bCubed", () => {
  it("reproduces Bagga and Baldwin's example", () => {
    // Gold: {1..5}, {6,7}, {8..12}; the system merged the last two: {1..5}, {6..12}.
    // Precision per item: items 1-5: 5/5; items 6-7: 2/7; items 8-12: 5/7.
    //   (5*1 + 2*(2/7) + 5*(5/7)) / 12 = (5 + 29/7) / 12 = (64/7) / 12 = 16/21 = 0.7619
    // Recall: each item's whole gold class sits in its cluster, so 1.
    // F1 = 2 * (16/21) * 1 / (16/21 + 1) = (32/21) / (37/21) = 32/37 = 0.8649
    const gold = new Map<string, string>();
    const predicted = new Map<string, string>();
    for (let item = 1; item <= 12; item++) {
      gold.set(String(item), item <= 5 ? "A" : item <= 7 ? "B" : "C");
      predicted.set(String(item), item <= 5 ? "x" : "y");
    }
    const scores = bCubed(predicted, gold);
    expect(scores.precision).toBeCloseTo(16 / 21, 10);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo(32 / 37, 10);
  });

  it("scores a split class and a mixed cluster", () => {
    // Gold: {a,b,c} in X, {d} in Y. Predicted: {a,b}, {c,d}.
    // Precision: a 1, b 1, c 1/2, d 1/2 -> 3/4. Recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3.
    // F1 = 2 * (3/4) * (2/3) / (3/4 + 2/3) = 1 / (17/12) = 12/17.
    const gold = new Map([
      ["a", "X"],
      ["b", "X"],
      ["c", "X"],
      ["d", "Y"],
    ]);
    const predicted = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "2"],
      ["d", "2"],
    ]);
    const scores = bCubed(predicted, gold);
    expect(scores.precision).toBeCloseTo(3 / 4, 10);
    expect(scores.recall).toBeCloseTo(2 / 3, 10);
    expect(scores.f1).toBeCloseTo(12 / 17, 10);
  });

  it("is 1 everywhere for a perfect clustering, whatever the ids", () => {
    expect(bCubed(new Map([["a", "p"], ["b", "p"], ["c", "q"]]), new Map([["a", "1"], ["b", "1"], ["c", "2"]]))).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it("treats an item missing from the prediction as a singleton", () => {
    // Gold {a,b}. a predicted alone, b missing: both singletons, precision 1, recall 1/2.
    const scores = bCubed(new Map([["a", "p"]]), new Map([["a", "1"], ["b", "1"]]));
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
  });

  it("is NaN for no gold items", () => {
    expect(bCubed(new Map(), new Map()).f1).toBeNaN();
  });
});
