import { describe, expect, it } from "vitest";
import { runCheckAgainstAll } from "./pair.test-data.js";
import { checkQuotes } from "./quotes.js";

const types = (source: string, rewrite: string, rewriteSentence = 0) =>
  runCheckAgainstAll(checkQuotes, source, rewrite, rewriteSentence).map((item) => item.type);

const QUOTE = '"Customers are buying fewer items on every visit,"';

describe("checkQuotes misattribution", () => {
  it("finds a quote given to another named speaker", () => {
    expect(types(`Helen Marsh met Tom Reddy. ${QUOTE} Reddy said.`, `${QUOTE} Helen Marsh said.`)).toEqual(["misattribution"]);
  });

  it("takes a person named just before the source's pronoun as the one it may stand for", () => {
    expect(types(`Shares in Calloway Foods fell. Chief executive Helen Marsh said sales slowed. ${QUOTE} she said.`, `${QUOTE} Helen Marsh said.`)).toEqual([]);
  });

  it("takes the rewrite's pronoun for the speaker it named just before", () => {
    expect(types(`Marsh said costs were rising. ${QUOTE} Marsh said.`, `Marsh said costs were rising. ${QUOTE} he said.`, 1)).toEqual([]);
  });

  it("finds a rewrite pronoun that can only stand for another speaker", () => {
    expect(types(`Helen Okafor met Tom Reddy. ${QUOTE} Reddy said.`, `Helen Okafor spoke first. ${QUOTE} she said.`, 1)).toEqual(["misattribution"]);
  });

  it("does not claim a misattribution on a pronoun taken for no known person", () => {
    expect(types(`Tom Reddy met the Tories. ${QUOTE} Reddy said.`, `The Tories met first. ${QUOTE} he said.`, 1)).toEqual([]);
  });

  it("takes a speaker written in the same words as the same speaker, though one text keys it to a longer name", () => {
    // The rewrite names the company in full first, so its "Cairn" takes the full name's key; the source's does not.
    expect(types(`Shares in Cairn fell on Monday. Cairn Energy owns the field. ${QUOTE} Cairn said.`, `Cairn Energy owns the field. ${QUOTE} Cairn said.`, 1)).toEqual([]);
  });

  it("takes a speaker written in the same words as the same speaker, though the texts key it to different names", () => {
    expect(types(`Lakshmi Mittal runs the group. ${QUOTE} Mittal said.`, `Mittal Steel cut jobs. ${QUOTE} Mittal said.`, 1)).toEqual([]);
  });

  it("takes a name inside the source's longer speaker phrase as the same speaker", () => {
    expect(types(`Seismologist Dr. Owen Park of Coastal State University said: ${QUOTE.slice(0, -2)}."`, `${QUOTE} Owen Park said.`)).toEqual([]);
  });
});

describe("checkQuotes quote-altered", () => {
  const SPOKEN = '"The bridge will open in June," Mayor Ana Ruiz told the council.';

  it("takes one speaker's consecutive quotes joined word for word as no alteration", () => {
    const source = `${SPOKEN} "Nobody will pay a toll to cross it."`;
    expect(types(source, 'Mayor Ana Ruiz told the council: "The bridge will open in June. Nobody will pay a toll to cross it."')).toEqual([]);
  });

  it("finds words left out of the middle of a quote as a medium alteration", () => {
    const found = runCheckAgainstAll(checkQuotes, '"The bridge will not open before June," Ana Ruiz said.', '"The bridge will open before June," Ana Ruiz said.');
    expect(found.map((item) => [item.type, item.severity])).toEqual([["quote-altered", "medium"]]);
  });

  it("does not join quotes of two speakers", () => {
    const source = `${SPOKEN} "Nobody will pay a toll to cross it," Tom Banks said.`;
    expect(types(source, 'Mayor Ana Ruiz told the council: "The bridge will open in June. Nobody will pay a toll to cross it."')).toContain("quote-altered");
  });
});
