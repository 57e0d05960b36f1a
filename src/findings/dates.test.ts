import { describe, expect, it } from "vitest";
import { checkDates } from "./dates.js";
import { runCheckAgainstAll } from "./pair.test-data.js";

const types = (source: string, rewrite: string) => runCheckAgainstAll(checkDates, source, rewrite).map((item) => item.type);

describe("checkDates", () => {
  it("finds two relative dates that count from the same point and differ", () => {
    expect(types("Varrow's council met yesterday.", "Varrow's council met last week.")).toEqual(["date-changed"]);
  });

  it("lets a date counted from now stand for one counted from the story", () => {
    expect(types("Bread prices rose 4% from a year earlier.", "Bread prices were 4% higher than a year ago.")).toEqual([]);
  });
});
