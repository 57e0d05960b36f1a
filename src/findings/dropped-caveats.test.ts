import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { caveatClauses, droppedCaveats } from "./dropped-caveats.js";

const clauses = (text: string) => caveatClauses(analyze(text).sentences[0]!).map((clause) => clause.text);

/** The caveats a rewrite drops from the source's first sentence, taken as kept. */
const dropped = (source: string, rewrite: string) => droppedCaveats(analyze(source), analyze(rewrite), new Set([0]));

describe("caveatClauses", () => {
  it("reads a clause after a comma to the sentence's end", () => {
    expect(clauses("Ten people are missing, though police said many may simply be travelling.")).toEqual([
      "though police said many may simply be travelling",
    ]);
  });

  it("reads an opening clause to its comma", () => {
    expect(clauses("Although the vote passed, the mayor may still veto the budget.")).toEqual(["Although the vote passed"]);
  });

  it("ends a clause at a semicolon", () => {
    expect(clauses("Fares will rise, unless the province steps in; the board meets on Friday.")).toEqual(["unless the province steps in"]);
  });

  it("ignores a cue inside a clause", () => {
    expect(clauses("The small but busy harbour reopened on Monday.")).toEqual([]);
  });
});

describe("droppedCaveats", () => {
  const source = "Ten people are missing, though police cautioned that many may simply be travelling abroad.";

  it("reports a caveat the rewrite leaves out of a kept sentence", () => {
    const [found] = dropped(source, "Ten people are missing.");
    expect(found).toMatchObject({ type: "omitted", severity: "medium", rewrite: null });
    expect(found!.source!.text).toBe("though police cautioned that many may simply be travelling abroad");
  });

  it("accepts a caveat the rewrite restates in other words", () => {
    expect(dropped(source, "Ten people are missing, but police warned many may be travelling abroad.")).toEqual([]);
  });

  it("accepts a caveat the rewrite moves to a sentence of its own", () => {
    expect(dropped(source, "Ten people are missing. Police cautioned that many may be travelling abroad.")).toEqual([]);
  });

  it("says nothing of a sentence the rewrite does not keep", () => {
    expect(droppedCaveats(analyze(source), analyze("Ten people are missing."), new Set())).toEqual([]);
  });

  it("passes over a caveat too short to report", () => {
    expect(dropped("The plan passed, but narrowly.", "The plan passed.")).toEqual([]);
  });
});
