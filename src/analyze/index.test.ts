import { describe, expect, it } from "vitest";
import { analyze } from "./index.js";

describe("analyze", () => {
  it("reads a name broken across two lines of hard-wrapped text as one", () => {
    const text = "The grain report came from the United\nNations agency in Carrow on\nMonday, officials said, and\nprices rose again.";
    const names = analyze(text).atoms.filter((atom) => atom.kind === "entity").map((atom) => atom.text);
    expect(names).toContain("United\nNations");
  });
});

describe("analyze, numbers inside names", () => {
  const numbers = (text: string) => analyze(text).atoms.filter((atom) => atom.kind === "number").map((atom) => atom.text);

  it("reads no number in a name written with a number word", () => {
    expect(numbers("Wales won their Six Nations match in Carrow by 12 points.")).toEqual(["12"]);
  });

  it("keeps an ordinal written inside a name", () => {
    expect(numbers("Grenades were thrown at soldiers from the Third Armored Cavalry Regiment.")).toEqual(["Third"]);
  });

  it("keeps a number word that opens a sentence outside any name", () => {
    expect(numbers("Six people were hurt in Carrow.")).toEqual(["Six people"]);
  });
});
