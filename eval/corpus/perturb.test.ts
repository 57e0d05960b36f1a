import { describe, expect, it } from "vitest";
import { perturb, REWRITE_KINDS } from "./perturb.js";
import { createRandom } from "./random.js";

const STORY = [
  "Harlow Mills said on Tuesday it would cut 1,200 jobs at its plant in Eastport.",
  "The company's chief executive, Ida Berg, said demand for paper had collapsed in March.",
  '"We had no other choice but to act," said Ida Berg.',
  "Workers at the plant earn about 41,000 dollars a year, according to Tom Lind.",
  "The union plans a large protest next week in the town centre.",
  "Local shops expect sales to fall by 15 percent over the summer.",
  "The plant opened in 1962 and once employed 4,000 people.",
  "Reuter",
].join("\n");

const context = { namePool: ["Kari Holm", "Ola Nordmann", "Eastport Council"], agency: "Wire C" };

describe("perturb", () => {
  it("is deterministic for a seed", () => {
    for (const kind of REWRITE_KINDS) {
      expect(perturb(STORY, kind, createRandom(11), context)).toEqual(perturb(STORY, kind, createRandom(11), context));
    }
  });

  it("differs between seeds", () => {
    const texts = new Set([1, 2, 3, 4].map((seed) => perturb(STORY, "rewrite", createRandom(seed), context).text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it("applies one or two light operations for a near copy", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { ops, kind } = perturb(STORY, "near-copy", createRandom(seed), context);
      expect(kind).toBe("near-copy");
      expect(ops.length).toBeGreaterThanOrEqual(1);
      expect(ops.length).toBeLessThanOrEqual(2);
      for (const op of ops) expect(["change-name", "change-speaker", "alter-quote", "add-sentence", "reorder"]).not.toContain(op.op);
    }
  });

  it("always paraphrases and drops for a rewrite and a heavy rewrite", () => {
    for (const kind of ["rewrite", "heavy-rewrite"] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const names = perturb(STORY, kind, createRandom(seed), context).ops.map((op) => op.op);
        expect(names).toContain("paraphrase");
        expect(names).toContain("drop-sentences");
      }
    }
  });

  it("drops more in a heavy rewrite than in a near copy", () => {
    const length = (kind: "near-copy" | "heavy-rewrite") =>
      [1, 2, 3, 4, 5].reduce((sum, seed) => sum + perturb(STORY, kind, createRandom(seed), context).text.length, 0);
    expect(length("heavy-rewrite")).toBeLessThan(length("near-copy"));
  });

  it("records changes that are still in the final text", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { text, ops } = perturb(STORY, "heavy-rewrite", createRandom(seed), context);
      for (const op of ops) {
        if (["change-number", "change-name", "change-speaker", "add-sentence"].includes(op.op)) expect(text).toContain(op.to);
      }
    }
  });

  it("runs operations in phase order: paraphrase first, invented sentences last", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const names = perturb(STORY, "heavy-rewrite", createRandom(seed), context).ops.map((op) => op.op);
      expect(names[0]).toBe("paraphrase");
      const added = names.indexOf("add-sentence");
      if (added !== -1) expect(added).toBe(names.length - 1);
    }
  });
});
