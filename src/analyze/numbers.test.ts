import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers, sameQuantity } from "./numbers.js";
import type { NumberAtom } from "./types.js";

/** The one atom found in `text`, failing the test when there is not exactly one. */
function only(text: string): NumberAtom {
  const atoms = extractNumbers(text);
  expect(atoms).toHaveLength(1);
  return atoms[0] as NumberAtom;
}

function atom(value: number, extra: Partial<NumberAtom> = {}): NumberAtom {
  return { kind: "number", start: 0, end: 1, text: "", value, high: value, unit: "", approximate: false, year: false, ...extra };
}

describe("extractNumbers: digits", () => {
  it("reads thousands separators", () => {
    expect(only("Some 12,000 fans came.")).toMatchObject({ value: 12000, text: "12,000" });
  });

  it("reads decimals", () => {
    expect(only("It grew 2.5 times.")).toMatchObject({ value: 2.5, unit: "" });
  });

  it("reads glued scale suffixes m, bn and k", () => {
    const values = extractNumbers("1.2m, 3bn and 40k").map((a) => a.value);
    expect(values).toEqual([1.2e6, 3e9, 40e3]);
  });

  it("keeps exact values when scaling decimals", () => {
    expect(only("a 1.23m budget").value).toBe(1230000);
  });

  it("reads spaced scale words", () => {
    expect(only("3 billion people").value).toBe(3e9);
  });

  it("gives each atom the text of its span", () => {
    const text = "Prices rose 7% to $4.5bn in 2023.";
    for (const found of extractNumbers(text)) expect(text.slice(found.start, found.end)).toBe(found.text);
  });

  it("skips digits glued to names", () => {
    expect(extractNumbers("COVID-19 grounded the F-16 fleet before the G20.")).toEqual([]);
  });

  it("skips clock times and slash dates", () => {
    expect(extractNumbers("at 10:30 on 11/01/2024")).toEqual([]);
  });

  it("skips decades written as 1990s", () => {
    expect(extractNumbers("since the 1990s")).toEqual([]);
  });
});

describe("extractNumbers: currency", () => {
  it("reads a dollar sign with a scale word", () => {
    expect(only("a $2.5 billion deal")).toMatchObject({ value: 2.5e9, unit: "USD", text: "$2.5 billion" });
  });

  it("reads euro and pound signs", () => {
    expect(extractNumbers("€40m and £3").map((a) => [a.value, a.unit])).toEqual([
      [40e6, "EUR"],
      [3, "GBP"],
    ]);
  });

  it("reads a currency name after the number", () => {
    expect(only("12 million euros")).toMatchObject({ value: 12e6, unit: "EUR" });
  });

  it("reads US$", () => {
    expect(only("a US$5 fee")).toMatchObject({ value: 5, unit: "USD", text: "US$5" });
  });

  it("reads a country's dollars after the number", () => {
    expect(only("a bid of 3.1bn Australian dollars")).toMatchObject({ value: 3.1e9, unit: "AUD", text: "3.1bn Australian dollars" });
    expect(only("gold at 400 U.S. dlrs an ounce")).toMatchObject({ value: 400, unit: "USD", text: "400 U.S. dlrs" });
  });

  it("reads dollars written out", () => {
    expect(only("5 dollars")).toMatchObject({ value: 5, unit: "USD" });
  });

  it("reads rupees written Rs", () => {
    expect(only("Rs 300")).toMatchObject({ value: 300, unit: "INR" });
  });
});

describe("extractNumbers: percentages", () => {
  it.each(["7%", "7 percent", "7 per cent", "seven percent"])("reads %s", (text) => {
    expect(only(text)).toMatchObject({ value: 7, unit: "%", text });
  });

  it("reads percentage points as pp", () => {
    expect(only("up 7 percentage points")).toMatchObject({ value: 7, unit: "pp" });
  });
});

describe("extractNumbers: words", () => {
  it.each([
    ["three", 3],
    ["twenty-one", 21],
    ["a dozen", 12],
    ["two dozen", 24],
    ["a hundred", 100],
    ["one million", 1e6],
    ["two hundred and fifty thousand", 250000],
    ["two and a half million", 2.5e6],
    ["half a million", 5e5],
  ])("reads %s", (text, value) => {
    expect(only(`${text} people`)).toMatchObject({ value, approximate: false });
  });

  it.each([
    ["half", 0.5],
    ["a third", 1 / 3],
    ["two-thirds", 2 / 3],
    ["three quarters", 0.75],
  ])("reads the fraction %s", (text, value) => {
    expect(only(`${text} of voters`).value).toBeCloseTo(value);
  });

  it("reads dozens as an approximate range", () => {
    expect(only("dozens of homes")).toMatchObject({ value: 24, approximate: true });
  });

  it("reads hundreds of as an approximate range", () => {
    expect(only("hundreds of homes")).toMatchObject({ value: 200, high: 1000, approximate: true });
  });

  it("reads thousands as reaching up to a million", () => {
    expect(only("thousands of homes")).toMatchObject({ value: 2000, high: 1e6, approximate: true });
  });

  it("reads tens of thousands", () => {
    expect(only("tens of thousands marched")).toMatchObject({ value: 20000, high: 100000, approximate: true });
  });

  it("ignores the pronoun one", () => {
    expect(extractNumbers("one of the officers")).toEqual([]);
  });

  it("keeps one before a unit", () => {
    expect(only("one person died")).toMatchObject({ value: 1, unit: "people" });
  });

  it("does not read the first half as a fraction", () => {
    expect(extractNumbers("in the first half")).toEqual([]);
  });
});

describe("extractNumbers: words named like Object properties", () => {
  it("reads no number in 'constructor'", () => {
    expect(only("The constructor built 3 bridges.").value).toBe(3);
  });
});

describe("extractNumbers: ordinals", () => {
  it("marks digit ordinals with unit ordinal", () => {
    expect(only("the 21st summit")).toMatchObject({ value: 21, unit: "ordinal" });
  });

  it("reads 'a sixth month' as a place in a series, not a share", () => {
    expect(only("prices rose for a sixth month")).toMatchObject({ value: 6, unit: "ordinal" });
    expect(only("a fifth straight year")).toMatchObject({ value: 5, unit: "ordinal" });
  });

  it("marks word ordinals with unit ordinal", () => {
    expect(only("the third attack")).toMatchObject({ value: 3, unit: "ordinal" });
  });

  it("skips the idiomatic first and second", () => {
    expect(extractNumbers("at first, for a second")).toEqual([]);
  });
});

describe("extractNumbers: ranges", () => {
  it("reads a hyphen range", () => {
    expect(only("10-12 people")).toMatchObject({ value: 10, high: 12, text: "10-12 people" });
  });

  it("reads a range with to", () => {
    expect(only("10 to 12")).toMatchObject({ value: 10, high: 12 });
  });

  it("reads between ... and", () => {
    expect(only("between 3 and 5")).toMatchObject({ value: 3, high: 5, text: "3 and 5" });
  });

  it("applies the scale of the high end to the low end", () => {
    expect(only("$10-12 million")).toMatchObject({ value: 10e6, high: 12e6, unit: "USD" });
  });

  it("reads from X to Y as two numbers, a change", () => {
    expect(extractNumbers("rose from 7% to 9%").map((a) => a.value)).toEqual([7, 9]);
  });

  it("reads a score as two numbers", () => {
    expect(extractNumbers("a 3-2 win").map((a) => a.value)).toEqual([3, 2]);
  });
});

describe("extractNumbers: approximate wording", () => {
  it.each(["about", "around", "nearly", "almost", "more than", "over", "at least", "up to", "roughly", "some"])(
    "marks %s as approximate and keeps it out of the span",
    (cue) => {
      expect(only(`${cue} 300 homes`)).toMatchObject({ value: 300, approximate: true, text: "300" });
    },
  );

  it("leaves a plain number exact", () => {
    expect(only("300 homes").approximate).toBe(false);
  });
});

describe("extractNumbers: units", () => {
  it.each([
    ["5 kilometres", "km"],
    ["5km", "km"],
    ["3 miles", "mile"],
    ["40 tonnes", "tonne"],
    ["6 hours", "hour"],
    ["12 people", "people"],
  ])("normalises %s", (text, unit) => {
    expect(only(text).unit).toBe(unit);
  });

  it("reads a hyphenated unit", () => {
    expect(only("a 12-year sentence")).toMatchObject({ value: 12, unit: "year" });
  });

  it("leaves other nouns without a unit", () => {
    expect(only("12 protesters").unit).toBe("");
  });
});

describe("extractNumbers: years", () => {
  it("marks a four-digit year", () => {
    expect(only("in 2024")).toMatchObject({ value: 2024, year: true });
  });

  it("does not mark a year written with a separator", () => {
    expect(only("2,024 votes").year).toBe(false);
  });

  it("does not mark a number with a unit as a year", () => {
    expect(only("2000 people").year).toBe(false);
  });

  it("does not mark numbers outside 1900-2100", () => {
    expect(only("1850").year).toBe(false);
  });
});

describe("extractNumbers: properties", () => {
  it("reads back any integer formatted with thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const written = n.toLocaleString("en-US");
        expect(extractNumbers(`They counted ${written} ballots.`).map((a) => a.value)).toEqual([n]);
      }),
    );
  });

  it("returns spans in order, never overlapping, matching the text", () => {
    const pieces = ["about", "12,000", "$2.5", "billion", "7%", "three", "half", "-", "to", "people", "km", "in", "2024", "and", "the", "third"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
        const text = words.join(" ");
        const atoms = extractNumbers(text);
        atoms.forEach((found, i) => {
          expect(text.slice(found.start, found.end)).toBe(found.text);
          if (i > 0) expect(found.start).toBeGreaterThanOrEqual((atoms[i - 1] as NumberAtom).end);
        });
      }),
    );
  });
});

describe("number bounds", () => {
  const only = (text: string) => extractNumbers(text)[0];

  it("reads 'at least' and 'more than' as a lower bound", () => {
    expect([only("at least 11")?.bound, only("more than 11")?.bound]).toEqual(["min", "min"]);
  });

  it("reads 'or more' and 'and over' after the number as a lower bound", () => {
    expect([only("7,000 or more steps")?.bound, only("aged 65 and over")?.bound]).toEqual(["min", "min"]);
  });

  it("reads 'at most' and 'up to' as an upper bound", () => {
    expect([only("at most 11")?.bound, only("up to 11")?.bound]).toEqual(["max", "max"]);
  });

  it("gives 'about' and 'over' no bound", () => {
    expect([only("about 11")?.bound, only("over 11 years")?.bound]).toEqual([undefined, undefined]);
  });
});

describe("extractNumbers: wire copy", () => {
  const first = (text: string): NumberAtom => extractNumbers(text)[0] as NumberAtom;

  it("reads 'pct' as a percent", () => {
    expect(first("The remaining 50 pct of crops")).toMatchObject({ value: 50, unit: "%" });
  });

  it("reads 'mln dlrs' and 'bln stg' as amounts", () => {
    expect(first("borrow a further 950 mln dlrs")).toMatchObject({ value: 950e6, unit: "USD" });
    expect(first("raised 1.2 bln stg")).toMatchObject({ value: 1.2e9, unit: "GBP" });
  });

  it("reads 'not less than' as a lower bound and 'no more than' as an upper one", () => {
    expect(first("not less than 19 cents").bound).toBe("min");
    expect(first("no more than 19 cents").bound).toBe("max");
  });
});

describe("sameQuantity", () => {
  const first = (text: string): NumberAtom => extractNumbers(text)[0] as NumberAtom;

  it("matches a scale word with the written-out number", () => {
    expect(sameQuantity(first("1.2 million"), first("1,200,000"))).toBe(true);
  });

  it("matches a number rounded to fewer significant figures", () => {
    expect(sameQuantity(first("1.23m"), first("1.2m"))).toBe(true);
  });

  it("does not let small counts round (15 is not 20)", () => {
    expect(sameQuantity(first("15"), first("20"))).toBe(false);
  });

  it("does not match a rounding that moves the value over 5%", () => {
    expect(sameQuantity(first("1,250"), first("1,000"))).toBe(false);
  });

  it("lets approximate wording cover about 10%", () => {
    expect(sameQuantity(first("about 1,000"), first("980"))).toBe(true);
  });

  it("does not let approximate wording cover 20%", () => {
    expect(sameQuantity(first("about 1,000"), first("800"))).toBe(false);
  });

  it("compares two lower bounds by their values", () => {
    expect(sameQuantity(first("more than 96%"), first("more than 90%"))).toBe(false);
    expect(sameQuantity(first("more than 90%"), first("at least 90%"))).toBe(true);
  });

  it("requires approximate wording for a 2% gap on small numbers", () => {
    expect(sameQuantity(first("1,000"), first("980"))).toBe(false);
  });

  it("matches a quantity written in a larger unit of the same measure", () => {
    expect(sameQuantity(first("three decades"), first("30 years"))).toBe(true);
  });

  it("does not match a larger unit whose count differs once converted", () => {
    expect(sameQuantity(first("two days"), first("36 hours"))).toBe(false);
  });

  it("reads a bare number as the count of the unit beside it", () => {
    expect(sameQuantity(first("3"), first("three decades"))).toBe(true);
  });

  it("matches half with 50%", () => {
    expect(sameQuantity(first("half"), first("50%"))).toBe(true);
  });

  it("matches a third with 33%", () => {
    expect(sameQuantity(first("a third"), first("33%"))).toBe(true);
  });

  it("tells a misplaced separator apart", () => {
    expect(sameQuantity(first("12,000"), first("1,200"))).toBe(false);
  });

  it("treats a missing unit as compatible", () => {
    expect(sameQuantity(first("7%"), first("7"))).toBe(true);
  });

  it("tells different units apart", () => {
    expect(sameQuantity(first("7%"), first("7 percentage points"))).toBe(false);
  });

  it("tells currencies apart", () => {
    expect(sameQuantity(first("$5"), first("€5"))).toBe(false);
  });

  it("matches ordinals only with ordinals", () => {
    expect(sameQuantity(first("the third"), first("3"))).toBe(false);
  });

  it("matches equal ranges", () => {
    expect(sameQuantity(first("10-12"), first("between 10 and 12"))).toBe(true);
  });

  it("does not match a precise range with a point inside it", () => {
    expect(sameQuantity(first("10-12"), first("11"))).toBe(false);
  });

  it("matches a vague range with an approximate point inside it", () => {
    expect(sameQuantity(first("dozens"), first("about 30"))).toBe(true);
  });

  it("is symmetric", () => {
    const arbitraryAtom = fc.record({
      value: fc.oneof(fc.integer({ min: 0, max: 2e6 }), fc.double({ min: 0, max: 1, noNaN: true })),
      span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })),
      unit: fc.constantFrom("", "%", "USD", "ordinal", "km"),
      approximate: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryAtom, arbitraryAtom, (x, y) => {
        const a = atom(x.value, { high: x.value + x.span, unit: x.unit, approximate: x.approximate });
        const b = atom(y.value, { high: y.value + y.span, unit: y.unit, approximate: y.approximate });
        expect(sameQuantity(a, b)).toBe(sameQuantity(b, a));
      }),
    );
  });

  it("is reflexive", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => sameQuantity(atom(value), atom(value))));
  });
});
