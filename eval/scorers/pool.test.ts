import { describe, expect, it } from "vitest";
import { overlapScorer } from "./overlap.js";
import { createPooledScorer } from "./pool.js";

describe("createPooledScorer", () => {
  it("returns the same reports as the scorer run in this thread", async () => {
    const pool = await createPooledScorer("overlap", 2);
    try {
      const pairs = [
        ["Lina Okafor opened the bridge.", "Okafor opened a bridge."],
        ["Rain fell in Oslo.", "Heavy rain fell."],
        ["Prices rose 4%.", "Prices rose 4%."],
      ] as const;
      const pooled = await Promise.all(pairs.map(([source, rewrite]) => pool.scorer(source, rewrite)));
      const direct = await Promise.all(pairs.map(([source, rewrite]) => overlapScorer(source, rewrite)));
      expect(pooled).toEqual(direct);
    } finally {
      await pool.close();
    }
  });
});
