import { describe, expect, it } from "vitest";
import { checkNounSwap } from "./noun-swap.js";
import { runCheck, runCheckWithSupports } from "./pair.test-data.js";

const found = (source: string, rewrite: string) => runCheck(checkNounSwap, source, rewrite).map((item) => `${item.rewrite?.text}<${item.source?.text}`);

const SOURCE = "Ada Quell said the city will open its new museum wing in May with free entry. The old library on Fenn Street needs a new roof.";

describe("checkNounSwap", () => {
  it("flags a noun from elsewhere in the source between the same words as the supporting sentence's noun", () => {
    expect(found(SOURCE, "Ada Quell said the city will open its new library wing in May with free entry.")).toEqual(["library<museum"]);
  });

  it("leaves a number's unit written another way to the number check", () => {
    const findings = runCheckWithSupports(
      checkNounSwap,
      "Brazil paid 922 mln dlrs to the fund last year. Exports earned 26 billion dollars.",
      "Brazil paid 922 mln dollars to the fund last year.",
      [0],
    );
    expect(findings).toEqual([]);
  });

  it("accepts a more general noun from elsewhere in the source", () => {
    const findings = runCheckWithSupports(
      checkNounSwap,
      "Researchers at Ostbridge followed 12,480 adults aged 45 to 70 for ten years. Walking is cheap, and most people can do it.",
      "The Ostbridge researchers tracked 12,480 people aged 45 to 70 for ten years.",
      [0],
    );
    expect(findings).toEqual([]);
  });

  it("accepts a near-synonym from elsewhere in the source", () => {
    const findings = runCheckWithSupports(
      checkNounSwap,
      "The bank did not rule out further cuts later this year. Its last reduction came in May.",
      "The bank did not rule out further reductions later this year.",
      [0],
    );
    expect(findings).toEqual([]);
  });

  it("leaves a noun the source never uses to the other checks", () => {
    expect(found(SOURCE, "Ada Quell said the city will open its new gallery wing in May with free entry.")).toEqual([]);
  });

  it("accepts a noun from elsewhere that shares only one neighbour with the supporting noun", () => {
    expect(found(SOURCE, "Ada Quell said the city will open a library wing in May with free entry.")).toEqual([]);
  });

  it("accepts a noun added beside the supporting noun, which stays in the rewrite", () => {
    expect(found(SOURCE, "Ada Quell said the city will open its new museum and library wing in May with free entry.")).toEqual([]);
  });
});
