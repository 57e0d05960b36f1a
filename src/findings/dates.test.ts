import { describe, expect, it } from "vitest";
import { checkDates } from "./dates.js";
import { runCheckAgainstAll, runCheckWithSupports } from "./pair.test-data.js";

const types = (source: string, rewrite: string) => runCheckAgainstAll(checkDates, source, rewrite).map((item) => item.type);
const replaced = (source: string, rewrite: string) => runCheckAgainstAll(checkDates, source, rewrite).map((item) => item.source?.text);

describe("checkDates", () => {
  it("flags a year read as a number that replaced the source's year in place", () => {
    const source = "Ana Ruiz ran the campaign for the Pellham party in both 1997 and 2001.";
    expect(replaced(source, "Ana Ruiz ran the campaign for the Pellham party in both 1996 and 2001.")).toEqual(["1997"]);
  });

  it("leaves a year read as a number that the source gives in the same place", () => {
    const source = "Harlow Mills expects a loss for all of fiscal 1987 as well.";
    expect(types(source, "Harlow Mills expects a loss for all of fiscal 1987 as well, its chief said.")).toEqual([]);
  });

  it("does not take a reordered list of years for a changed one", () => {
    const source = "The company will restate its 2002, 2001 and 2000 financial results.";
    expect(types(source, "The company will restate its 2000, 2001 and 2002 financial results.")).toEqual([]);
  });

  it("does not take a reordered clause ending on the same words for a changed date", () => {
    const source = "The index rose from 51.5 percent in May to 52.9 percent in June.";
    expect(types(source, "The index rose to 52.9 percent in June from 51.5 percent in May.")).toEqual([]);
  });

  it("finds a date changed to one the sentence gives elsewhere", () => {
    const source = "Shoppers came by the end of Saturday and on Sunday.";
    expect(replaced(source, "Shoppers came by the end of Sunday and on Sunday.")).toEqual(["Saturday"]);
  });

  it("does not take a date for a relative one the sentence may give as a year", () => {
    const source = "Varrow cut its deficit to 1.7 billion dlrs last year.";
    expect(types(source, "Varrow aims to borrow 1.6 billion dlrs this year after 1.7 billion dlrs in 1986.")).toEqual([]);
  });

  it("finds two relative dates that count from the same point and differ", () => {
    expect(types("Varrow's council met yesterday.", "Varrow's council met last week.")).toEqual(["date-changed"]);
  });

  it("lets one running period stand for a longer one that holds it", () => {
    expect(types("Varrow's shares rose 4% this month.", "Varrow's shares rose 4% today.")).toEqual([]);
  });

  it("reads last night as yesterday's evening", () => {
    expect(types("Varrow's council met yesterday.", "Varrow's council met last night.")).toEqual([]);
  });

  it("finds this year put for last year", () => {
    expect(types("Varrow's exports rose 4% last year.", "Varrow's exports rose 4% this year.")).toEqual(["date-changed"]);
  });

  it("sets a changed date against the one the rewrite dropped, not one it kept", () => {
    expect(replaced(
      "The law was signed in November and takes effect on April 1.",
      "The law was signed in November and takes effect on May 1.",
    )).toEqual(["April 1"]);
  });

  it("lets a date counted from now stand for one counted from the story", () => {
    expect(types("Bread prices rose 4% from a year earlier.", "Bread prices were 4% higher than a year ago.")).toEqual([]);
  });

  it("never calls a date changed that the supporting sentences write, even where they do not read it as a date", () => {
    expect(types(
      "Ferry fares at Ostrel rose 12% between 2015 and 2019 and may double by 2030.",
      "Ferry fares at Ostrel rose 12% from 2015 to 2019 and may double by 2030.",
    )).toEqual([]);
  });

  it("does not set a date the source states elsewhere against a supporting date the rewrite keeps", () => {
    expect(runCheckWithSupports(
      checkDates,
      "The Harrow bridge is the county's first new crossing since 2012. The next one is due in 2031.",
      "The Harrow bridge is the county's first new crossing since 2012; the next is due in 2031.",
      [0],
    ).map((item) => item.type)).toEqual([]);
  });

  it("still finds a date the source states elsewhere put in place of a supporting date the rewrite dropped", () => {
    expect(runCheckWithSupports(
      checkDates,
      "The Harrow toll was approved on March 3 and takes effect on April 1. Hearings on the bypass begin on May 1.",
      "The Harrow toll was approved on March 3 and takes effect on May 1.",
      [0],
    ).map((item) => item.type)).toEqual(["date-changed"]);
  });

  it("calls a new date in words of its own unsupported, not a changed supporting date", () => {
    expect(types(
      "Harlow United revealed on Sunday that it had received a proposal from Mr Glazer. Shares in the club rose 4% after the news.",
      "Shares in Harlow United closed up 4% on Monday following a new offer from Glazer.",
    )).toEqual(["unsupported"]);
  });

  it("finds a date changed in a reworded sentence that keeps its words", () => {
    expect(types("The Ostrel council approved the budget on Monday.", "On Tuesday, the Ostrel council approved the budget.")).toEqual(["date-changed"]);
  });

  it("counts a reporting verb among a date's words", () => {
    expect(types(
      "The resignation was reported in The Ledger today.",
      "The Ledger first reported yesterday that Mayor Ostrel had quit.",
    )).toEqual(["date-changed"]);
  });

  it("compares a date with no words around it with any supporting date", () => {
    expect(types("Feb 28\nNet profit rose to 4 mln dlrs.", "Feb 23\nNet profit rose to 4 mln dlrs.")).toEqual(["date-changed"]);
  });
});
