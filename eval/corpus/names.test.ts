import { describe, expect, it } from "vitest";
import { findNames, namePoolOf, reliableNames } from "./names.js";

describe("findNames", () => {
  it("finds multi-word names and keeps a connector after a single word", () => {
    expect(findNames("The Bank of England met Ida Berg in Eastport.").map((name) => name.text)).toEqual([
      "Bank of England",
      "Ida Berg",
      "Eastport",
    ]);
  });

  it("does not join two names across a connector", () => {
    expect(findNames("He met Ida Berg of OPEC.").map((name) => name.text)).toEqual(["Ida Berg", "OPEC"]);
  });

  it("skips months, weekdays and sentence openers", () => {
    expect(findNames("On Tuesday in March the council met.")).toEqual([]);
  });

  it("gives offsets into the sentence and flags a name that opens it", () => {
    expect(findNames("Talks with Tom Lind ended.")).toEqual([
      { text: "Talks", start: 0, end: 5, atStart: true },
      { text: "Tom Lind", start: 11, end: 19, atStart: false },
    ]);
  });
});

describe("reliableNames", () => {
  it("drops a single capitalised word that opens the sentence", () => {
    expect(reliableNames("Workers met Ida Berg.").map((name) => name.text)).toEqual(["Ida Berg"]);
    expect(reliableNames("Ida Berg met workers.").map((name) => name.text)).toEqual(["Ida Berg"]);
  });
});

describe("namePoolOf", () => {
  it("gives the names of several words of some texts, once each, sorted", () => {
    expect(namePoolOf(["Tomas Lind met Ida Berg in Carrow.", "Ida Berg left on Monday."])).toEqual(["Ida Berg", "Tomas Lind"]);
  });
});
