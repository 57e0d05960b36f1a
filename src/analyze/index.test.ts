import { describe, expect, it } from "vitest";
import { analyze } from "./index.js";

describe("analyze", () => {
  it("reads a name broken across two lines of hard-wrapped text as one", () => {
    const text = "The grain report came from the United\nNations agency in Carrow on\nMonday, officials said, and\nprices rose again.";
    const names = analyze(text).atoms.filter((atom) => atom.kind === "entity").map((atom) => atom.text);
    expect(names).toContain("United\nNations");
  });
});
