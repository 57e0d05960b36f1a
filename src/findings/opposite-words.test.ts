import { describe, expect, it } from "vitest";
import { checkOppositeWords } from "./opposite-words.js";
import { runCheck } from "./pair.test-data.js";

const pairsOf = (found: ReturnType<typeof runCheck>) => found.map((item) => [item.rewrite?.text, item.source?.text, item.severity]);

describe("checkOppositeWords", () => {
  it("finds a quantifier swapped for its opposite before the same noun", () => {
    const found = runCheck(checkOppositeWords, "The Pellow Trust will support all tenants of the Marsh estate.", "The Pellow Trust will support some tenants of the Marsh estate.");
    expect(pairsOf(found)).toEqual([["some", "all", "medium"]]);
  });

  it("finds a place word swapped for its opposite before the same number", () => {
    const found = runCheck(checkOppositeWords, "Ferrant Mining expects net debt to fall below $4 billion.", "Ferrant Mining expects net debt above $4 billion.");
    expect(pairsOf(found)).toEqual([["above", "below", "medium"]]);
  });

  it("ignores a contrast both texts draw with both words", () => {
    const found = runCheck(
      checkOppositeWords,
      "A reading below 50 signals contraction at Ostrava mills, while a reading above that signals growth.",
      "A reading above 50 signals growth at Ostrava mills, while a reading below that signals contraction.",
    );
    expect(found).toEqual([]);
  });

  it("ignores an added opposite when the source's phrase is kept", () => {
    const found = runCheck(checkOppositeWords, "Volunteers cleaned all parks in Dunmore.", "Volunteers cleaned all parks in Dunmore, and some parks twice.");
    expect(found).toEqual([]);
  });
});
