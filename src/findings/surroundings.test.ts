import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { surroundings } from "./surroundings.js";

/** The surroundings of the first place `name` is written in a one-sentence text. */
function around(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  return surroundings(analyze(text).sentences[0]!, { start, end: start + name.length, text: name });
}

describe("surroundings", () => {
  it("reads two words either side", () => {
    expect(around("Traders said the Dorvex index swung on Monday.", "Dorvex")).toBe("said the | index swung");
  });

  it("counts the start of the sentence as a word", () => {
    expect(around("Dorvex shares fell.", "Dorvex")).toBe("^ | shares fell");
  });

  it("passes over a possessive's 's", () => {
    expect(around("Losses in Dorvex's accounts grew.", "Dorvex")).toBe(around("Losses in Velmor accounts grew.", "Velmor"));
  });

  it("gives nothing for a name with fewer than three words around it", () => {
    expect(around("Ask Dorvex", "Dorvex")).toBeUndefined();
  });
});
