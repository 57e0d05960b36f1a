import { describe, expect, it } from "vitest";
import { leadRewritePairs } from "./long-batch.js";

describe("leadRewritePairs", () => {
  it("pairs an article with its first paragraphs as the rewrite", () => {
    const text = "Ferry fares rise.\n\nThe Tarvik line adds a stop.\n\nCrews welcome it.\n\nTickets go on sale in May.";
    expect(leadRewritePairs([{ id: "a1", text }], 2)).toEqual([
      { id: "a1", source: text, rewrite: "Ferry fares rise.\n\nThe Tarvik line adds a stop." },
    ]);
  });

  it("keeps a whole short article as its own rewrite", () => {
    expect(leadRewritePairs([{ id: "a2", text: "One line only." }], 3)[0]!.rewrite).toBe("One line only.");
  });
});
