import { describe, expect, it } from "vitest";
import { eventSpecifics } from "./specifics.js";

describe("eventSpecifics", () => {
  const keys = (text: string) => [...eventSpecifics(text).keys()];

  it("keeps capitalised words that do not open a sentence", () => {
    expect(keys("Crews reached Harnet. Later the Vell rose.")).toEqual(["harnet", "vell"]);
  });

  it("skips a capital after an opening quote or a dateline dash", () => {
    expect(keys(`TARNMOUTH (Galloway Wire) - The pier shut. "Nobody asked," Marsh said.`)).toEqual(["galloway", "wire", "marsh"]);
  });

  it("reads a possessive as the name", () => {
    expect(keys("It was Sarrow's plan.")).toEqual(["sarrow"]);
  });

  it("keys numbers of three or more digits without separators, and decimals", () => {
    expect(keys("It cost 2,300 or 2300 crowns, 2.4 million, in 12 days.")).toEqual(["#2300", "#2.4"]);
  });

  it("leaves out weekdays, months and titles", () => {
    expect(keys("It opened on Monday in March, said Mrs Quill.")).toEqual(["quill"]);
  });

  it("searches for a number as first written and for a name as keyed", () => {
    const specifics = eventSpecifics("Up 1,300 and then 1300, said Sarrow's aide.");
    expect([specifics.get("#1300"), specifics.get("sarrow")]).toEqual(["1,300", "sarrow"]);
  });
});
