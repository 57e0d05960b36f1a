import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameQuantity } from "./numbers.js";
import { QuantityIndex } from "./quantity-index.js";
import type { NumberAtom } from "./types.js";

function quantity(value: number, options: Partial<NumberAtom> = {}): NumberAtom {
  return { kind: "number", start: 0, end: 0, text: String(value), value, high: value, unit: "", approximate: false, year: false, ...options };
}

/** Values near one another at several scales, fractions that read as percentages, signs and zero. */
const VALUES = [0, 0.25, 0.5, 0.55, 1, 15, 20, 25, 30, 50, 55, 980, 1000, 1050, 1100, 1.2e6, 1.23e6, 1.25e6, 2.5e9, -5, -5.2, Infinity];
const number = fc
  .record({
    value: fc.constantFrom(...VALUES),
    width: fc.constantFrom(0, 0, 0, 5, 100, 1e6),
    unit: fc.constantFrom("", "", "%", "USD", "ordinal", "year", "decade", "km", "m"),
    approximate: fc.boolean(),
  })
  .map(({ value, width, unit, approximate }) => quantity(value, { high: value + width, unit, approximate }));

describe("QuantityIndex", () => {
  it("finds the numbers sameQuantity pairs with a number, as comparing with every number does", () => {
    fc.assert(
      fc.property(fc.array(number, { maxLength: 25 }), number, (numbers, asked) => {
        const expected = numbers.filter((other) => sameQuantity(asked, other));
        expect(new Set(new QuantityIndex(numbers).matching(asked))).toEqual(new Set(expected));
      }),
      { numRuns: 500 },
    );
  });

  it("pairs a rounded number with its precise form", () => {
    const precise = quantity(1.23e6);
    expect(new QuantityIndex([quantity(5), precise]).matching(quantity(1.2e6))).toEqual([precise]);
  });

  it("pairs a fraction with the same percentage", () => {
    const percent = quantity(50, { unit: "%" });
    expect(new QuantityIndex([percent]).matching(quantity(0.5))).toEqual([percent]);
  });

  it("pairs a quantity with the same one in a smaller unit of its measure", () => {
    const metres = quantity(1000, { unit: "m" });
    expect(new QuantityIndex([quantity(1, { unit: "m" }), metres]).matching(quantity(1, { unit: "km" }))).toEqual([metres]);
  });

  it("pairs an approximate point with a range far wider than the point's reach", () => {
    const range = quantity(10, { high: 1000, approximate: true });
    expect(new QuantityIndex([range]).matching(quantity(500, { approximate: true }))).toEqual([range]);
  });

  it("finds nothing far from every filed number", () => {
    expect(new QuantityIndex([quantity(20), quantity(30)]).matching(quantity(25))).toEqual([]);
  });
});
