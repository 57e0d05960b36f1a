import { describe, expect, it } from "vitest";
import { checkNegation } from "./negation.js";
import { runCheckAgainstAll } from "./pair.test-data.js";

const flips = (source: string, rewrite: string) => runCheckAgainstAll(checkNegation, source, rewrite).map((finding) => finding.type);

describe("checkNegation", () => {
  it("flags a negation the rewrite drops", () => {
    expect(flips("The council did not approve the harbour plan.", "The council approved the harbour plan.")).toEqual(["negation-flipped"]);
  });

  it("leaves a claim the source negates with other words in the same clause", () => {
    expect(flips(
      "Officials say there is no flu vaccine for children in Marrow County, and even if one were available it would cost too much.",
      "No flu vaccine is available for children in Marrow County.",
    )).toEqual([]);
  });

  it("reads a verb such as 'failed to' as the source's negation", () => {
    expect(flips(
      "The inspector was blamed for failing to report the leak at the Dunmore plant.",
      "The inspector was blamed for not reporting the leak at the Dunmore plant.",
    )).toEqual([]);
  });

  it("keeps a hyphenated word inside the negated clause", () => {
    expect(flips(
      "Doctors said the injury was not life-threatening and the driver was awake.",
      "Doctors said the injury was not life threatening and the driver was awake.",
    )).toEqual([]);
  });
});

describe("checkNegation on a negation the source has no counterpart for", () => {
  it("flags a negated claim the source states positively in other words", () => {
    expect(flips(
      "The Pellow show also gives listeners weekly gardening tips.",
      "The Pellow show does not offer listeners weekly gardening tips.",
    )).toEqual(["negation-flipped"]);
  });

  it("leaves a negation when the source denies something too", () => {
    expect(flips(
      "The Pellow show never gives listeners weekly gardening tips.",
      "The Pellow show does not offer listeners weekly gardening tips.",
    )).toEqual([]);
  });

  it("leaves a negation whose clause shares at most one word with the source", () => {
    expect(flips(
      "The Pellow show also gives listeners weekly gardening tips.",
      "The Pellow show gives tips, though it is not a call-in programme.",
    )).toEqual([]);
  });
});
