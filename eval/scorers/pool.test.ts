import { describe, expect, it } from "vitest";
import { engineEmbed } from "./engine.js";
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

  it("embeds texts on its threads, in input order, as this thread's encoder does", async () => {
    const pool = await createPooledScorer("overlap", 2);
    try {
      const texts = ["The ferry left Tarvik at dawn.", "Rain fell.", "Councillor Mbeki voted against the plan."];
      const pooled = await pool.embed(texts);
      const direct = await engineEmbed(texts);
      expect(pooled.map((vector) => vector.length)).toEqual([512, 512, 512]);
      // Sentences batched with different neighbours differ in the last float digits only.
      pooled.forEach((vector, i) => vector.forEach((value, k) => expect(value).toBeCloseTo(direct[i]![k]!, 5)));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
