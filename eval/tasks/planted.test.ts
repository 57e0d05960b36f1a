import { describe, expect, it } from "vitest";
import type { Article } from "./extracts.js";
import { createRandom } from "../corpus/random.js";
import { parseDoc, renderDoc } from "../corpus/sentences.js";
import { changedSpan, plantedEntries, plantedItems, restructure } from "./planted.js";

const ARTICLE: Article = {
  id: "bbc:test",
  collection: "bbc",
  paragraphBreak: "\n\n",
  text: [
    "The Carrow council will close 12 libraries in March, Mayor Helen Okafor said on Monday.",
    '"We have no other way to balance the budget this year," Okafor told reporters at the town hall.',
    "Union leader Tomas Berg said he feared staff may strike for three days after pay fell.",
    "The closures save about 4 million pounds a year.",
    "Readers can use the central library instead.",
    "A vote is due on Friday.",
  ].join("\n\n"),
};

describe("changedSpan", () => {
  it("spans the characters that differ", () => {
    expect(changedSpan("closes 12 libraries", "closes 14 libraries")).toEqual({ start: 8, end: 9 });
  });

  it("spans the characters either side of a cut", () => {
    expect(changedSpan("rose 82 pct", "rose 8 pct")).toEqual({ start: 5, end: 7 });
  });

  it("covers a word put in", () => {
    expect(changedSpan("no other way", "no really other way")).toEqual({ start: 3, end: 10 });
  });
});

describe("restructure", () => {
  it("moves an attribution to the other end and merges two sentences", () => {
    const doc = parseDoc("Okafor said the council will shut 12 libraries.\nStaff plan a strike.\nA vote is due.\nReaders can use the central library.");
    expect(renderDoc(restructure(doc, createRandom(1))!)).toBe(
      "The council will shut 12 libraries, Okafor said; Staff plan a strike.\n\nA vote is due.\n\nReaders can use the central library.",
    );
  });
});

describe("plantedItems", () => {
  const all = plantedItems(ARTICLE, ["Maria Alvarez", "Kestrel Bank"]);
  const items = all.filter((item) => item.form === "lead");

  it("starts with the unchanged lead as the control", () => {
    expect(items[0]).toMatchObject({ op: null, changed: { start: 0, end: 0 } });
    expect(items[0]!.rewrite.split("\n\n")).toHaveLength(4);
  });

  it("marks the new digits of a number change as changed", () => {
    const number = items.find((item) => item.op === "change-number")!;
    expect(number.rewrite.slice(number.changed.start, number.changed.end)).toMatch(/^\d+$/);
  });

  it("plants every operation in an article that has what each changes", () => {
    expect(items.map((item) => item.op)).toEqual([
      null, "change-number", "change-date", "change-name", "change-speaker", "alter-quote", "flip-negation", "drop-hedge", "swap-antonym", "swap-pronoun", "drop-attribution",
    ]);
  });

  it("plants the same changes on every run", () => {
    expect(plantedItems(ARTICLE, ["Maria Alvarez", "Kestrel Bank"])).toEqual(all);
  });

  it("plants in a restructured lead too, with it unchanged as its control", () => {
    const restructured = all.filter((item) => item.form === "restructured");
    expect(restructured[0]).toMatchObject({ op: null, changed: { start: 0, end: 0 } });
    expect(restructured[0]!.rewrite).not.toBe(items[0]!.rewrite);
    expect(restructured.length).toBeGreaterThan(1);
  });
});

describe("plantedItems on wire copy", () => {
  it("joins the wrapped lines of each paragraph", () => {
    const wire: Article = {
      id: "reuters:test",
      collection: "reuters",
      paragraphBreak: "\n    ",
      text: ["Carrow will close 12\nlibraries, the mayor said.", "Staff will strike\nfor three days.", "A vote is due.", "Readers can use the\ncentral library.", "Shops stay open."].join("\n    "),
    };
    expect(plantedItems(wire, []).find((item) => item.form === "lead")!.rewrite).toBe(
      "Carrow will close 12 libraries, the mayor said.\n\nStaff will strike for three days.\n\nA vote is due.\n\nReaders can use the central library.",
    );
  });
});

describe("plantedEntries", () => {
  it("gives the control's flagged share and each operation's found and named shares", () => {
    const items = plantedItems(ARTICLE, ["Maria Alvarez"]).slice(0, 2);
    const entries = plantedEntries(items, [
      { flagged: false, found: false, named: false },
      { flagged: true, found: true, named: false },
    ]);
    expect(entries.map((entry) => [entry.metric, entry.value])).toEqual([
      ["flagged-share:bbc-unchanged", 0],
      ["found-share:bbc-change-number", 1],
      ["named-share:bbc-change-number", 0],
      ["planted:bbc-change-number", 1],
    ]);
  });

  it("names the restructured form's metrics", () => {
    const items = plantedItems(ARTICLE, ["Maria Alvarez"]).filter((item) => item.form === "restructured").slice(0, 1);
    const entries = plantedEntries(items, [{ flagged: true, found: false, named: false }]);
    expect(entries.map((entry) => [entry.metric, entry.value])).toEqual([["flagged-share:bbc-restructured-unchanged", 1]]);
  });
});
