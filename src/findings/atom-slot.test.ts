import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { atomSlot, dateSlot, slotOverlap } from "./atom-slot.js";

function slotOf(text: string, word: string): Set<string> {
  const analysis = analyze(text);
  const start = text.indexOf(word);
  return atomSlot(analysis.sentences[0]!, { start, end: start + word.length, text: word });
}

describe("atomSlot", () => {
  it("takes the content words either side of a number, leaving names out", () => {
    const slot = slotOf("Maren Tolle offered the first 20 customers a discount.", "20");
    expect(slot.has("custom")).toBe(true);
    expect(slot.has("maren")).toBe(false);
  });

  it("leaves out the reporting verb beside a name", () => {
    const slot = slotOf("Marcus Dahl said Halvorsen expects to complete the sale.", "Halvorsen");
    expect([...slot].sort()).toEqual(["complet", "expect", "sale"]);
  });

  it("leaves out the common words of another name", () => {
    const slot = slotOf("Mr Dahl took over at the Home Office from Jack Straw last year.", "Jack Straw");
    expect([...slot].sort()).toEqual(["take", "year"]);
  });

  it("counts the slot words two places share", () => {
    const a = slotOf("The first 20 customers get a discount.", "20");
    const b = slotOf("Only the first 65 customers came.", "65");
    expect(slotOverlap(a, b)).toBe(1);
  });

  it("keeps the reporting verb beside a date", () => {
    const text = "The Ledger first reported yesterday that the mayor resigned.";
    const analysis = analyze(text);
    const start = text.indexOf("yesterday");
    const slot = dateSlot(analysis.sentences[0]!, { start, end: start + "yesterday".length, text: "yesterday" });
    expect(slot.has("report")).toBe(true);
  });
});
