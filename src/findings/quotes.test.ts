import { describe, expect, it } from "vitest";
import { runCheckAgainstAll } from "./pair.test-data.js";
import { checkQuotes } from "./quotes.js";

const types = (source: string, rewrite: string) => runCheckAgainstAll(checkQuotes, source, rewrite).map((item) => item.type);

const QUOTE = '"Customers are buying fewer items on every visit,"';

describe("checkQuotes misattribution", () => {
  it("finds a quote given to another named speaker", () => {
    expect(types(`Helen Marsh met Tom Reddy. ${QUOTE} Reddy said.`, `${QUOTE} Helen Marsh said.`)).toEqual(["misattribution"]);
  });

  it("takes a person named just before the source's pronoun as the one it may stand for", () => {
    expect(types(`Shares in Calloway Foods fell. Chief executive Helen Marsh said sales slowed. ${QUOTE} she said.`, `${QUOTE} Helen Marsh said.`)).toEqual([]);
  });

  it("takes a name inside the source's longer speaker phrase as the same speaker", () => {
    expect(types(`Seismologist Dr. Owen Park of Coastal State University said: ${QUOTE.slice(0, -2)}."`, `${QUOTE} Owen Park said.`)).toEqual([]);
  });
});
