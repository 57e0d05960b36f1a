import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WiretraceError } from "../errors/index.js";
import { extractDates, relativeAnchor, sameDate } from "./dates.js";
import type { DateAtom } from "./types.js";

/** A Wednesday. */
const REFERENCE = "2024-11-06";

function only(text: string, referenceDate: string | null = null): DateAtom {
  const atoms = extractDates(text, referenceDate);
  expect(atoms).toHaveLength(1);
  return atoms[0] as DateAtom;
}

function date(key: string, extra: Partial<DateAtom> = {}): DateAtom {
  return { kind: "date", start: 0, end: 1, text: "", key, iso: null, endKey: null, time: null, ...extra };
}

describe("extractDates: calendar dates", () => {
  it.each(["1 November", "November 1", "Nov. 1"])("keys %s without a year", (text) => {
    expect(only(`The vote was on ${text}.`)).toMatchObject({ key: "--11-01", iso: null, text });
  });

  it("keys a full date", () => {
    expect(only("Nov 1, 2024")).toMatchObject({ key: "2024-11-01", iso: "2024-11-01" });
  });

  it("does not take the year from the reference date", () => {
    expect(only("on 1 November", REFERENCE)).toMatchObject({ key: "--11-01", iso: "2024-11-01" });
  });

  it("keys a month and year", () => {
    expect(only("in May 2023").key).toBe("2023-05");
  });

  it("keys a month alone without a year", () => {
    expect(only("in March", REFERENCE)).toMatchObject({ key: "--03", text: "March" });
  });

  it("keys a year after a preposition", () => {
    expect(only("in 2024")).toMatchObject({ key: "2024", text: "2024" });
  });

  it("keys a year after \"as early as\" and its like", () => {
    expect(only("could close as early as 2031").key).toBe("2031");
  });

  it("keys a year before the noun it names the year of", () => {
    expect(only("the 2005 budget was cut").key).toBe("2005");
  });

  it("keys a year after a season", () => {
    expect(only("reopens in summer 2006").key).toBe("2006");
  });

  it("keys a year after \"year-end\"", () => {
    expect(only("capital of 24.5 mln dlrs at year-end 1986").key).toBe("1986");
  });

  it("keys both years of a pair", () => {
    expect(extractDates("paid between 1997 and 2002", null).map((date) => date.key)).toEqual(["1997", "2002"]);
  });

  it("does not read a bare four-digit number as a date", () => {
    expect(extractDates("2024", null)).toEqual([]);
  });

  it("keeps the comma after a date out of the span", () => {
    expect(only("on Tuesday, police said").text).toBe("Tuesday");
  });

  it("keeps the space after a dateline date out of the span", () => {
    expect(only("LISBON, Nov 6 (Northwire) - Police said").text).toBe("Nov 6");
  });

  it("keeps a leading on out of the span", () => {
    expect(only("on Tuesday").text).toBe("Tuesday");
  });
});

describe("extractDates: ranges", () => {
  it("reads a range across months", () => {
    expect(only("Oct 31-Nov 1")).toMatchObject({ key: "--10-31", endKey: "--11-01" });
  });

  it("reads between March 3 and 5", () => {
    expect(only("between March 3 and 5")).toMatchObject({ key: "--03-03", endKey: "--03-05", text: "March 3 and 5" });
  });

  it("reads between 3 and 5 March", () => {
    expect(only("between 3 and 5 March")).toMatchObject({ key: "--03-03", endKey: "--03-05", text: "3 and 5 March" });
  });
});

describe("extractDates: weekdays and relative dates", () => {
  it("keys a weekday without a reference", () => {
    expect(only("on Tuesday")).toMatchObject({ key: "weekday:tuesday", iso: null });
  });

  it("resolves a weekday with a reference", () => {
    expect(only("on Tuesday", REFERENCE)).toMatchObject({ key: "2024-11-05", iso: "2024-11-05" });
  });

  it("keys next week by its text without a reference", () => {
    expect(only("next week").key).toBe("rel:next-week");
  });

  it("keys next week by its Monday with a reference", () => {
    expect(only("next week", REFERENCE)).toMatchObject({ key: "week:2024-11-11", iso: null });
  });

  it("keys last year by its text without a reference", () => {
    expect(only("last year").key).toBe("rel:last-year");
  });

  it("keys last year as a year with a reference", () => {
    expect(only("last year", REFERENCE)).toMatchObject({ key: "2023", iso: null });
  });

  it("resolves yesterday with a reference", () => {
    expect(only("yesterday", REFERENCE)).toMatchObject({ key: "2024-11-05", iso: "2024-11-05" });
  });

  it("gives digits and words the same relative key", () => {
    expect(only("2 days ago").key).toBe(only("two days ago").key);
  });

  it("gives a relative date the same key however it is rounded", () => {
    expect(only("about eight minutes before landing").key).toBe(only("roughly eight minutes before landing").key);
  });

  it("does not resolve expressions relative to the story", () => {
    expect(only("two days later", REFERENCE)).toMatchObject({ key: "rel:2-days-later", iso: null });
  });
});

describe("extractDates: times", () => {
  it("reads a time with a weekday", () => {
    expect(only("10 a.m. on Friday")).toMatchObject({ key: "weekday:friday", time: "10:00" });
  });

  it("keys a time alone", () => {
    expect(only("at 10 a.m.")).toMatchObject({ key: "time:10:00", time: "10:00", text: "10 a.m." });
  });

  it("reads a number with two decimals and a percent sign or unit after it as no time", () => {
    expect(extractDates("rates stay at 3.32% for now", null)).toEqual([]);
    expect(extractDates("the index closed at 12.45 points", null)).toEqual([]);
    expect(extractDates("profit fell from 2.12 billion", null)).toEqual([]);
  });

  it("reads a time written with a dot", () => {
    expect(only("the train left at 3.32 on Monday").time).toBe("03:32");
  });

  it("reads a 24-hour time", () => {
    expect(only("at 14:30").key).toBe("time:14:30");
  });

  it("does not read a time without a marker", () => {
    expect(extractDates("5 to 10 people", null)).toEqual([]);
  });
});

describe("extractDates: false positives", () => {
  it.each([
    "Officials may resign.",
    "They march to the square.",
    "She sat down.",
    "Theresa May spoke.",
    "The second round.",
    "12 people were hurt.",
    "It runs 24/7.",
    "in the past 24 hours",
    "right now",
    "The Sunday Times reported it.",
    "Jan Novak spoke.",
  ])("finds no date in %j", (text) => {
    expect(extractDates(text, REFERENCE)).toEqual([]);
  });

  it("keeps a weekday followed by a name when a preposition precedes it", () => {
    expect(only("On Sunday President Kim spoke.").key).toBe("weekday:sunday");
  });

  it("reads May after a preposition", () => {
    expect(only("in May").key).toBe("--05");
  });
});

describe("extractDates: reference date", () => {
  it("rejects a malformed reference date", () => {
    expect(() => extractDates("on Tuesday", "06/11/2024")).toThrow(WiretraceError);
  });

  it("rejects an impossible reference date", () => {
    expect(() => extractDates("on Tuesday", "2024-02-30")).toThrow(WiretraceError);
  });
});

describe("sameDate", () => {
  it("matches a day and month with the full date", () => {
    expect(sameDate(date("--11-01"), date("2024-11-01"))).toBe("same");
  });

  it("matches a month with a day in it", () => {
    expect(sameDate(date("2024-11"), date("2024-11-05"))).toBe("same");
  });

  it("tells different days apart", () => {
    expect(sameDate(date("--11-01"), date("--11-02"))).toBe("different");
  });

  it("tells different years apart", () => {
    expect(sameDate(date("2023"), date("2024-11-05"))).toBe("different");
  });

  it("matches a weekday with a date on that weekday", () => {
    expect(sameDate(date("weekday:tuesday"), date("2024-11-05"))).toBe("same");
  });

  it("tells a weekday from a date on another weekday", () => {
    expect(sameDate(date("weekday:monday"), date("2024-11-05"))).toBe("different");
  });

  it("cannot check a weekday against a date without a year", () => {
    expect(sameDate(date("weekday:tuesday"), date("--11-05"))).toBe("unknown");
  });

  it("matches a week with a day in it", () => {
    expect(sameDate(date("week:2024-11-11"), date("2024-11-13"))).toBe("same");
  });

  it("cannot compare a time with a date", () => {
    expect(sameDate(date("time:10:00", { time: "10:00" }), date("2024-11-05"))).toBe("unknown");
  });

  it("compares two times", () => {
    expect(sameDate(date("time:10:00", { time: "10:00" }), date("time:11:00", { time: "11:00" }))).toBe("different");
  });

  it("tells the same day at different times apart", () => {
    expect(sameDate(date("2024-11-05", { time: "10:00" }), date("2024-11-05", { time: "14:00" }))).toBe("different");
  });

  it("cannot compare a year with a day and month", () => {
    expect(sameDate(date("2024"), date("--11-05"))).toBe("unknown");
  });

  it("matches identical relative keys", () => {
    expect(sameDate(date("rel:yesterday"), date("rel:yesterday"))).toBe("same");
  });

  it("cannot compare a relative key with a date", () => {
    expect(sameDate(date("rel:yesterday"), date("2024-11-05"))).toBe("unknown");
  });

  it("matches a day inside a range", () => {
    expect(sameDate(date("--03-03", { endKey: "--03-05" }), date("2025-03-04"))).toBe("same");
  });

  it("matches a day inside a range across the year end", () => {
    expect(sameDate(date("--12-30", { endKey: "--01-02" }), date("--01-01"))).toBe("same");
  });

  it("tells a day outside a range apart", () => {
    expect(sameDate(date("--03-03", { endKey: "--03-05" }), date("--03-09"))).toBe("different");
  });

  it("tells ranges with different ends apart", () => {
    expect(sameDate(date("--03-03", { endKey: "--03-05" }), date("--03-03", { endKey: "--03-06" }))).toBe("different");
  });

  it("is symmetric", () => {
    const keys = ["2024-11-05", "--11-05", "2024-11", "2024", "--11", "weekday:tuesday", "week:2024-11-04", "rel:yesterday", "time:10:00"];
    const arbitraryDate = fc.record({
      key: fc.constantFrom(...keys),
      endKey: fc.constantFrom(null, "--11-07", "2024-11-09"),
      time: fc.constantFrom(null, "10:00", "11:00"),
    });
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, (x, y) => {
        const a = date(x.key, { endKey: x.endKey, time: x.time });
        const b = date(y.key, { endKey: y.endKey, time: y.time });
        expect(sameDate(a, b)).toBe(sameDate(b, a));
      }),
    );
  });
});

describe("relativeAnchor", () => {
  const anchorOf = (text: string) => relativeAnchor(extractDates(text, null)[0]!);

  it("counts 'a year ago' from the time of writing and 'a year earlier' from the story", () => {
    expect(anchorOf("Prices were lower a year ago.")).toBe("now");
    expect(anchorOf("Prices were lower a year earlier.")).toBe("story");
  });

  it("gives no anchor to an absolute date", () => {
    expect(anchorOf("The vote is on 1 November 2026.")).toBeNull();
  });
});

describe("extractDates: an hour with no clock marker", () => {
  it("keeps 'at 5' out of the date it follows", () => {
    expect(extractDates("The chance of a larger quake in the next week at 5% is small.", null).map((date) => date.text)).toEqual(["next week"]);
  });

  it("keeps a vote before or after a weekday out of the date", () => {
    const texts = (text: string) => extractDates(text, null).map((date) => date.text);
    expect(texts("The council voted 9 to 4 on Monday.")).toEqual(["Monday"]);
    expect(texts("The council voted from 9 to 4 on Monday.")).toEqual(["Monday"]);
    expect(texts("The council voted on Monday 9 to 4.")).toEqual(["Monday"]);
  });

  it("still reads a marked time beside a weekday", () => {
    const times = (text: string) => extractDates(text, null).map((date) => [date.text, date.time]);
    expect(times("It is open from 9 a.m. to 4 p.m. on Monday.")).toEqual([["from 9 a.m. to 4 p.m. on Monday", "09:00"]]);
    expect(times("It is open 9-11 a.m. on Monday.")).toEqual([["9-11 a.m. on Monday", "09:00"]]);
  });
});

describe("extractDates: midday", () => {
  it("reads midday as the noon it is", () => {
    const [midday] = extractDates("Power was back by midday.", null);
    const [noon] = extractDates("Power was back by noon.", null);
    expect(midday && noon && sameDate(midday, noon)).toBe("same");
  });
});
