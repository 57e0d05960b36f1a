import { describe, expect, it } from "vitest";
import { checkHedges } from "./hedges.js";
import { runCheckAgainstAll } from "./pair.test-data.js";

const hedgeFindings = (source: string, rewrite: string) =>
  runCheckAgainstAll(checkHedges, source, rewrite).map((finding) => `${finding.type}/${finding.severity}`);

describe("checkHedges", () => {
  it("flags a hedge the rewrite drops", () => {
    expect(hedgeFindings("The council may raise parking fees.", "The council will raise parking fees.")).toEqual(["hedge-dropped/medium"]);
  });

  it("flags a hedge dropped from a verb after 'have'", () => {
    expect(hedgeFindings("The Pellham suppliers are said to have inflated their invoices.", "The Pellham suppliers inflated their invoices.")).toEqual(["hedge-dropped/medium"]);
  });

  it("marks the words put where the hedge stood", () => {
    const [found] = runCheckAgainstAll(checkHedges, "Analysts said Nissan aims to increase sales by 2008.", "Analysts said Nissan will increase sales by 2008.");
    expect(found?.rewrite?.text).toBe("will");
  });

  it("marks the words either side of a dropped hedging word", () => {
    const [found] = runCheckAgainstAll(checkHedges, "The mayor reportedly resigned on Friday.", "The mayor resigned on Friday.");
    expect(found?.rewrite?.text).toBe("mayor resigned");
  });

  it("marks the certain word with the restated one when the hedge's place is gone", () => {
    const [found] = runCheckAgainstAll(checkHedges, "Nissan aims to increase sales by 2008.", "By 2008, Nissan will increase sales.");
    expect(found?.rewrite?.text).toBe("will increase");
  });

  it("flags a 'reported to be' the rewrite drops before a figure", () => {
    expect(hedgeFindings(
      "The gallery sold the vase for a price reported to be 3 million euros.",
      "The gallery sold the vase for a price of 3 million euros.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("flags a dropped hedge though another clause of the rewrite has a modal", () => {
    expect(hedgeFindings(
      "Officials said the death toll was likely to rise and the hospital could run out of beds.",
      "Officials said the death toll will rise and the hospital could run out of beds.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("flags a dropped hedge though the rewrite bounds a number with 'up to'", () => {
    expect(hedgeFindings(
      "Winds of up to 70 km/h are expected to ease by Thursday.",
      "Winds of up to 70 km/h will ease by Thursday.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("does not take 'would' for the 'probably' the rewrite drops", () => {
    expect(hedgeFindings(
      "The company said its margin would probably land at the low end of the range.",
      "The company said its margin would land at the low end of the range.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("does not take 'would' for the 'could' the rewrite drops", () => {
    expect(hedgeFindings(
      "Marsh said the project could run as much as 40 percent over budget.",
      "Marsh said the project would run 40 percent over budget.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("does not take 'can' for the 'may' the rewrite drops", () => {
    expect(hedgeFindings("Residents may apply for a permit online.", "Residents can apply for a permit online.")).toEqual(["hedge-dropped/medium"]);
  });
});

describe("checkHedges on a rewrite that keeps the doubt", () => {
  it("leaves another modal on the same claim", () => {
    expect(hedgeFindings("The river may rise overnight.", "The river could rise overnight.")).toEqual([]);
  });

  it("leaves a rewrite whose 'has' is not the verb the hedge doubts", () => {
    expect(hedgeFindings(
      "Weak spending is likely to have convinced the Pellham board to hold rates.",
      "The Pellham board has held rates for a sixth month.",
    )).toEqual([]);
  });

  it("leaves a hedge on a claim about another named subject", () => {
    expect(hedgeFindings(
      "Corvell Bank received its first licence in 1986. Harlow Bank is expected to receive its first licence this year.",
      "Corvell Bank, which received its first licence in 1986, wants more.",
    )).toEqual([]);
  });

  it("flags a hedge dropped from a claim about the subject the rewrite names", () => {
    expect(hedgeFindings(
      "Harlow Bank is expected to receive its first licence this year.",
      "Harlow Bank will receive its first licence this year.",
    )).toEqual(["hedge-dropped/medium"]);
  });

  it("leaves another hedge phrase on the same claim", () => {
    expect(hedgeFindings("The death toll is expected to rise.", "The death toll is likely to rise.")).toEqual([]);
    expect(hedgeFindings("Prices will probably rise in March.", "Prices will likely rise in March.")).toEqual([]);
  });

  it("leaves a hedge kept on a second mention of the hedged word", () => {
    expect(hedgeFindings(
      "Doctors confirmed 23 cases and are looking into 11 suspected cases.",
      "Doctors confirmed 23 cases and are looking into 11 more suspected cases.",
    )).toEqual([]);
  });

  it("leaves 'should' for an expectation", () => {
    expect(hedgeFindings("Winds are expected to ease by Thursday.", "Winds should ease by Thursday.")).toEqual([]);
  });

  it("leaves a hedge moved elsewhere in the same clause", () => {
    expect(hedgeFindings("The council may raise parking fees.", "Possibly the council will raise parking fees.")).toEqual([]);
  });

  it("leaves a hedge moved to the reporting clause", () => {
    expect(hedgeFindings("The toll will likely rise, officials said.", "Officials reportedly said the toll will rise.")).toEqual([]);
    expect(hedgeFindings("The toll will likely rise, officials said.", "The toll will rise, officials reportedly said.")).toEqual([]);
  });

  it("leaves a hedge that introduces the claim with 'that'", () => {
    expect(hedgeFindings("The toll may rise.", "It is likely that the toll will rise.")).toEqual([]);
  });

  it("leaves an 'apparent' that hedges the same event", () => {
    expect(hedgeFindings(
      "Doctors said he appeared to suffer a hamstring injury.",
      "Doctors said he suffered an apparent hamstring injury.",
    )).toEqual([]);
    expect(hedgeFindings(
      "Doctors said he suffered an apparent hamstring injury.",
      "Doctors said he appeared to suffer a hamstring injury.",
    )).toEqual([]);
  });

  it("takes 'as much as' for the source's 'up to'", () => {
    expect(hedgeFindings("The law would have fined platforms up to $25,000 per violation.", "The law would have fined platforms as much as 25,000 dollars per violation.")).toEqual([]);
  });

  it("flags an upper bound the rewrite drops from its number", () => {
    const found = runCheckAgainstAll(checkHedges, "Up to 300 jobs will go at the plant.", "300 jobs will go at the plant.");
    expect(found.map((finding) => [finding.type, finding.rewrite?.text])).toEqual([["hedge-dropped", "300"]]);
  });

  it("leaves an upper bound dropped under a modal that keeps the doubt", () => {
    expect(hedgeFindings("The plant could replace up to $100 million in boilers.", "The plant could replace $100 million in boilers.")).toEqual([]);
  });

  it("leaves an 'up to' kept on its number when the unit is written another way", () => {
    expect(hedgeFindings(
      "Fees are five points for up to 33 pct and 7.5 points for 34 to 66 pct.",
      "Fees are five points for up to 33 percent and 7.5 points for 34 to 66 pct.",
    )).toEqual([]);
  });

  it("leaves an 'up to' the rewrite keeps on the same number", () => {
    expect(hedgeFindings("Up to 300 jobs will go at the plant.", "Up to 300 jobs will go at the plant.")).toEqual([]);
  });
});
