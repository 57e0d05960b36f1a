import type { NumberAtom } from "./types.js";

/**
 * Units that are an exact multiple of another a rewrite may use instead ("three decades" for "30
 * years", "48 hours" for "two days", "5,000 metres" for "5 km"): the base unit and the factor.
 * Only exact factors; miles and kilometres, rounded differently by every writer, stay apart.
 */
const BASE_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  decade: ["year", 10],
  century: ["year", 100],
  minute: ["second", 60],
  hour: ["second", 3_600],
  day: ["second", 86_400],
  week: ["second", 604_800],
  km: ["m", 1_000],
  cm: ["m", 0.01],
  mm: ["m", 0.001],
  kg: ["g", 1_000],
  tonne: ["g", 1_000_000],
};

/** The unit a number's unit converts to exactly, or its own unit. */
export function baseUnit(unit: string): string {
  return BASE_UNITS[unit]?.[0] ?? unit;
}

/** The number in its base unit ("three decades" as 30 years), or the number itself. */
export function inBaseUnit(number: NumberAtom): NumberAtom {
  const base = BASE_UNITS[number.unit];
  if (!base) return number;
  const [unit, factor] = base;
  return { ...number, unit, value: number.value * factor, high: number.high * factor };
}

/** Two units measure the same thing: equal, or both exact multiples of one base unit. */
export function sameDimension(a: string, b: string): boolean {
  return a === b || baseUnit(a) === baseUnit(b);
}

/** The base units of spans of time; a month converts to neither exactly. */
const DURATION_BASES = new Set(["second", "month", "year"]);

/** The unit measures a span of time ("18 months", "four years", "three decades"). */
export function isDuration(unit: string): boolean {
  return DURATION_BASES.has(baseUnit(unit));
}
