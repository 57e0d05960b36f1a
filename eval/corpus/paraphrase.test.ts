import { describe, expect, it } from "vitest";
import { reformulate, swapSynonyms } from "./paraphrase.js";
import { createRandom } from "./random.js";

describe("swapSynonyms", () => {
  it("replaces content words with synonyms in the same inflection", () => {
    const { text, swaps } = swapSynonyms("The firm purchased two small shops.", createRandom(1), 1);
    expect(swaps.length).toBeGreaterThan(0);
    expect(swaps.map((swap) => swap.from)).toContain("purchased");
    expect(text).toMatch(/\b(bought)\b/);
  });

  it("never touches capitalised words, numbers or reporting verbs", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { text } = swapSynonyms("Ida Berg said Harlow Mills will close 1,200 stores.", createRandom(seed), 1);
      expect(text).toMatch(/^Ida Berg said Harlow Mills will \w+ 1,200 \w+\.$/);
    }
  });

  it("changes nothing at rate 0", () => {
    expect(swapSynonyms("The firm purchased two small shops.", createRandom(1), 0)).toEqual({
      text: "The firm purchased two small shops.",
      swaps: [],
    });
  });
});

describe("reformulate", () => {
  it("moves a leading attribution to the end", () => {
    expect(reformulate("Ida Berg said the plant will stay open.", createRandom(1))?.text).toMatch(
      /^(The plant will stay open, Ida Berg said\.|Ida Berg said the plant is set to stay open\.)$/,
    );
  });

  it("moves a trailing attribution to the front", () => {
    expect(reformulate("The plant stays open for now, the company said.", createRandom(1))).toEqual({
      text: "The company said the plant stays open for now.",
      rule: "attribution moved to the front",
    });
  });

  it("swaps wire shorthand for words", () => {
    expect(reformulate("Sales rose five pct.", createRandom(1))).toEqual({ text: "Sales rose five percent.", rule: '"pct" -> "percent"' });
  });

  it("leaves a sentence with a quotation's attribution alone when nothing else applies", () => {
    expect(reformulate('Ida Berg said "the plant stays open" today.', createRandom(1))).toBeNull();
  });
});
