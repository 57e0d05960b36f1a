import { describe, expect, it } from "vitest";
import { changeNumber, deriveVariant, seededRandom, splitSentences, variantSeed } from "./variants.js";

const ARTICLE = [
  "Kestrel Mills said on Tuesday it would close its Dunmore plant. The plant employs 1,240 people.",
  "Mayor Ilse Varga called the decision a blow. She said talks would go on. Union leaders met at 9.30 am.",
  "Shares in Kestrel fell 3.5 percent.",
].join("\n");

describe("splitSentences", () => {
  it("labels each sentence with the line it came from", () => {
    expect(splitSentences("One here. Two here.\nThree here.").map((s) => [s.paragraph, s.text])).toEqual([
      [0, "One here."],
      [0, "Two here."],
      [1, "Three here."],
    ]);
  });
});

describe("deriveVariant", () => {
  it("keeps the lead sentence", () => {
    const variant = deriveVariant(ARTICLE, seededRandom(1));
    expect(variant.split("\n")[0]!.startsWith("Kestrel Mills said on Tuesday")).toBe(true);
  });

  it("drops at least one sentence of a text with three or more", () => {
    const before = splitSentences(ARTICLE).length;
    for (let seed = 1; seed <= 20; seed++) expect(splitSentences(deriveVariant(ARTICLE, seededRandom(seed))).length).toBeLessThan(before);
  });

  it("gives the same variant for the same seed", () => {
    expect(deriveVariant(ARTICLE, seededRandom(7))).toBe(deriveVariant(ARTICLE, seededRandom(7)));
  });

  it("gives different variants for different seeds", () => {
    const variants = new Set(Array.from({ length: 20 }, (_, seed) => deriveVariant(ARTICLE, seededRandom(seed))));
    expect(variants.size).toBeGreaterThan(15);
  });

  it("leaves a two-sentence text with no numbers as it was", () => {
    expect(deriveVariant("Rain fell. Roads flooded.", seededRandom(3))).toBe("Rain fell. Roads flooded.");
  });
});

describe("changeNumber", () => {
  it("keeps thousands separators and the count of decimals", () => {
    expect(changeNumber("1,240", seededRandom(2))).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(changeNumber("3.5", seededRandom(2))).toMatch(/^\d+\.\d$/);
  });

  it("never returns the number it was given", () => {
    for (let seed = 0; seed < 50; seed++) expect(changeNumber("1", seededRandom(seed))).not.toBe("1");
  });
});

describe("variantSeed", () => {
  it("differs between stored and query variants of the same article and round", () => {
    expect(variantSeed(12, 1, 0)).not.toBe(variantSeed(12, 1, 1));
  });
});
