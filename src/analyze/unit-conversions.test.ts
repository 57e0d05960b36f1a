import { describe, expect, it } from "vitest";
import type { NumberAtom } from "./types.js";
import { inBaseUnit, sameDimension } from "./unit-conversions.js";

function quantity(value: number, unit: string): NumberAtom {
  return { kind: "number", start: 0, end: 0, text: String(value), value, high: value, unit, approximate: false, year: false };
}

describe("inBaseUnit", () => {
  it("converts decades to years", () => {
    expect(inBaseUnit(quantity(3, "decade"))).toMatchObject({ value: 30, high: 30, unit: "year" });
  });

  it("leaves a unit with no exact base as it is", () => {
    const miles = quantity(100, "mile");
    expect(inBaseUnit(miles)).toBe(miles);
  });
});

describe("sameDimension", () => {
  it("pairs kilometres with metres", () => {
    expect(sameDimension("km", "m")).toBe(true);
  });

  it("keeps miles apart from kilometres", () => {
    expect(sameDimension("mile", "km")).toBe(false);
  });
});
