import { describe, expect, it } from "vitest";
import { checkMeaning } from "./meaning.js";
import { runCheck } from "./pair.test-data.js";

describe("checkMeaning", () => {
  it("finds an opposite said of the same thing", () => {
    const found = runCheck(checkMeaning, "Ticket sales at the Varrow stadium fell in May.", "Ticket sales at the Varrow stadium rose in May.");
    expect(found.map((item) => [item.rewrite?.text, item.source?.text])).toEqual([["rose", "fell"]]);
  });

  it("ignores an opposite said of something else in the sentence", () => {
    // "reducing" is about debt, "expanded" about the company's focus.
    const found = runCheck(
      checkMeaning,
      "As debt falls, the focus of Denholm Mining has expanded to returning capital to shareholders.",
      "Denholm Mining is returning capital to shareholders, buying back shares and reducing its net debt.",
    );
    expect(found).toEqual([]);
  });

  it("ignores an opposite when the source's own word is still in the rewrite", () => {
    const found = runCheck(
      checkMeaning,
      "Our agents offer insurance plans for your specific needs.",
      "The agents offer a broad choice of insurance plans for specific needs.",
    );
    expect(found).toEqual([]);
  });

  it("finds a noun in the source turned into its opposite verb", () => {
    const found = runCheck(
      checkMeaning,
      "The board of Calloway Freight announced an increase in its quarterly dividend.",
      "Calloway Freight is decreasing its quarterly dividend.",
    );
    expect(found.map((item) => [item.rewrite?.text, item.source?.text])).toEqual([["decreasing", "increase"]]);
  });

  it("finds a loss where the source reports earnings", () => {
    const found = runCheck(checkMeaning, "Marrow Bank earned $2.1 billion in the second quarter.", "Marrow Bank lost $2.1 billion in the second quarter.");
    expect(found.map((item) => [item.rewrite?.text, item.source?.text])).toEqual([["lost", "earned"]]);
  });
});
