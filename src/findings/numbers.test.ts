import { describe, expect, it } from "vitest";
import { checkNumbers } from "./numbers.js";
import { runCheck } from "./pair.test-data.js";

const types = (source: string, rewrite: string) => runCheck(checkNumbers, source, rewrite).map((item) => `${item.type}:${item.rewrite?.text}`);

describe("checkNumbers", () => {
  it("finds a number that replaced the source's", () => {
    expect(types("Orlen Foods earned $3.1 billion, or $6.78 per share.", "Orlen Foods earned $3.1 billion, or $6.90 per share.")).toEqual(["number-changed:$6.90"]);
  });

  it("does not take a bare count for a share or an amount of money the rewrite dropped", () => {
    expect(types("Orlen Foods said sales rose 13 pct in the year.", "Orlen Foods said sales rose as two new plants opened in the year.")).toEqual(["unsupported:two"]);
    expect(types("Orlen Foods said sales rose to $40 million in the year.", "Orlen Foods said sales rose as two new plants opened in the year.")).toEqual(["unsupported:two"]);
  });

  it("does not take a new amount in words of its own for one the rewrite dropped", () => {
    expect(types("Orlen Foods will give wine growers new aid, and exporters can apply for an extra 3.5m euros in funding.", "Orlen Foods will give wine growers 70m euros in aid.")).toEqual(["unsupported:70m euros"]);
  });

  it("does not take a span of time for a bare count the rewrite dropped", () => {
    expect(types("Orlen Foods said 250 staff built the plant.", "Orlen Foods said the plant took 18 months to build.")).toEqual(["unsupported:18 months"]);
  });

  it("takes a new span of time for one the rewrite dropped", () => {
    expect(types("Orlen Foods said the plant took 14 months to build.", "Orlen Foods said the plant was built in 18 months.")).toEqual(["number-changed:18 months"]);
  });

  it("takes a vague plural for a number in its range", () => {
    expect(types("Orlen Foods said 15,000 staff joined the strike.", "Orlen Foods said thousands of staff joined the strike.")).toEqual([]);
  });

  it("takes a new share for a share the rewrite dropped", () => {
    expect(types("Orlen Foods said sales rose 13 pct in the year.", "Orlen Foods said sales in the year rose by 18 percent, helped by new plants.")).toEqual(["number-changed:18 percent"]);
  });

  it("judges an amount and not its conversion into other currencies", () => {
    const source = "Orlen Foods bid 2.6bn Australian dollars for the brewer.";
    expect(types(source, "Orlen Foods bid 3.1bn Australian dollars ($2.3bn; £1.8bn) for the brewer.")).toEqual(["number-changed:3.1bn Australian dollars"]);
    expect(types(source, "Orlen Foods bid 2.6bn Australian dollars ($2bn) for the brewer.")).toEqual([]);
  });

  it("finds a conversion changed where the source gives its own", () => {
    expect(types("Orlen Foods bid $16.2bn (£8.7bn) for the brewer.", "Orlen Foods bid $16.2bn (£9.7bn) for the brewer.")).toEqual(["number-changed:£9.7bn"]);
  });

  it("reads a vote before a weekday as numbers, not a clock time", () => {
    const source = "The council voted 9-4 on Monday to approve the plan.";
    expect(types(source, "The council voted 9 to 4 on Monday to approve the plan.")).toEqual([]);
    expect(types(source, "The council voted 8 to 5 on Monday to approve the plan.")).toEqual(["number-changed:8", "number-changed:5"]);
  });

  it("does not let an approximate number take the one another number of the sentence states", () => {
    const source = "About 1.1m of Dorvia's 1.6m farmers are over 50.";
    expect(types(source, "About 1.7m of Dorvia's 1.6m farmers are over 50.")).toEqual(["number-changed:1.7m"]);
  });

  it("lets a number take the one restated right beside it", () => {
    const source = "People make four trips a day, 45 percent of them for shopping.";
    expect(types(source, "Nearly half - 45 percent - of the trips people make are for shopping.")).toEqual([]);
  });

  it("finds a number changed in a sentence copied around it, though the source gives the new one elsewhere", () => {
    const source = "The remaining 50 pct of winter wheat has no snow cover. A year ago the remaining 53 pct of winter wheat had none.";
    expect(types(source, "The remaining 53 pct of winter wheat has no snow cover.")).toEqual(["number-changed:53 pct"]);
  });

  it("finds a number changed to a value the sentence gives elsewhere", () => {
    const source = "Corn was 8 pct planted vs 64 pct a year ago and 51 pct on average.";
    expect(types(source, "Corn was 8 pct planted vs 51 pct a year ago and 51 pct on average.")).toEqual(["number-changed:51 pct"]);
  });

  it("does not take the next row of a table, copied into one sentence, for a changed number", () => {
    const source = "Net loss 931,000 vs profit 7,000. Nine mths Net loss 1,619,000 vs profit 185,000.";
    expect(types(source, "Net loss 931,000 vs profit 7,000 Nine mths Net loss 1,619,000 vs profit 185,000.")).toEqual([]);
  });

  it("accepts a quantity restated in another unit of the same measure", () => {
    expect(types("The Marlow bridge has carried traffic for 30 years.", "The Marlow bridge has carried traffic for three decades.")).toEqual([]);
  });

  it("flags a quantity in another unit that converts to a different amount", () => {
    expect(types("The Marlow bridge has carried traffic for 30 years.", "The Marlow bridge has carried traffic for two decades.")).toEqual(["number-changed:two decades"]);
  });

  it("flags an amount moved into another currency", () => {
    expect(types("Net profit at Orlen Foods rose to 412 million euros.", "Net profit at Orlen Foods rose to 412 million dollars.")).toEqual(["number-changed:412 million dollars"]);
  });

  it("finds a lower bound stated as the exact figure", () => {
    expect(runCheck(checkNumbers, "The fire at Merrivale has killed at least 11 people.", "The fire at Merrivale has killed 11 people.").map((item) => `${item.type}/${item.severity}`))
      .toEqual(["hedge-dropped/low"]);
  });

  it("finds a bound turned around", () => {
    expect(types("The fire at Merrivale has killed at least 11 people.", "The fire at Merrivale has killed at most 11 people.")).toEqual(["number-changed:11 people"]);
  });

  it("accepts a lower bound kept in other words", () => {
    expect(types("The fire at Merrivale has killed at least 11 people.", "The fire at Merrivale has killed more than 11 people.")).toEqual([]);
  });

  it("accepts a lower bound written after the number", () => {
    expect(types("Walkers who took at least 7,000 steps a day at Ostbridge fared best.", "Walkers who took 7,000 or more steps a day at Ostbridge fared best.")).toEqual([]);
  });

  it("accepts both ends of a source range written as two numbers", () => {
    expect(types(
      "We expect capital spending at Orlen Foods in the range of $90 million to $100 million.",
      "Orlen Foods expects capital spending between the range of $90 million and $100 million.",
    )).toEqual([]);
  });

  it("flags one end of a source range given as a point", () => {
    expect(types(
      "We expect capital spending at Orlen Foods in the range of $90 million to $100 million.",
      "Orlen Foods expects capital spending of $100 million.",
    )).toEqual(["number-changed:$100 million"]);
  });

  it("accepts a number another source sentence states about the same thing", () => {
    expect(types(
      "Net of that item, earnings per share were $6.86. In the quarter Orlen Foods earned $3.1 billion, or $6.78 per diluted share.",
      "Orlen Foods reported earnings per share of $6.86 and earned $3.1 billion in the quarter.",
    )).toEqual([]);
  });

  it("flags a number moved in from a sentence about something else", () => {
    expect(types(
      "The flood forced 2,300 residents of Corrin Falls from their homes. Volunteers filled 9,000 sandbags.",
      "The flood forced 9,000 residents of Corrin Falls from their homes.",
    )).toEqual(["number-changed:9,000"]);
  });

  it("flags a number with another unit moved into the slot of a supporting number", () => {
    expect(types(
      "The offer from Pelligan Telecom is valid for the first 20 customers who sign up. The package costs $65 a month.",
      "The offer from Pelligan Telecom is valid for the first $65 customers who sign up.",
    )).toEqual(["number-changed:$65"]);
  });

  it("leaves a share from elsewhere that shares no word beside an amount of money", () => {
    expect(types(
      "Harlow Oil made a profit of $16.2bn in 2024. Rival Corvell reported an annual profit of $17.5bn, a record for the sector. Harlow Oil also raised its dividend by 26% to 8 cents.",
      "Harlow Oil announced a 26% rise in annual profits to $16.2bn.",
    )).toEqual([]);
  });

  it("flags a share from elsewhere standing beside the words of an amount of money", () => {
    expect(types(
      "Harlow Oil raised its dividend by 26%. Harlow Oil reported an annual profit of $17.5bn, a record.",
      "Harlow Oil reported an annual profit of 26%, a record.",
    )).toEqual(["number-changed:26%"]);
  });

  it("accepts a number the supporting sentence writes inside another atom", () => {
    expect(types(
      "Corvell shares fell 72 cents, or 3.8 percent, to $18.34 Monday on the Harlow exchange.",
      "Corvell shares fell 72 cents to close at $18.34 on the Harlow exchange.",
    )).toEqual([]);
  });
});
