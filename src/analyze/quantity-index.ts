import { partitionPoint } from "../search/index.js";
import { LARGEST_POINT_GAP, readsAsPercent, sameQuantity } from "./numbers.js";
import type { NumberAtom } from "./types.js";
import { inBaseUnit } from "./unit-conversions.js";

/** A number as `sameQuantity` may read it: its own ends, or a fraction's as a percentage. */
interface Reading<T> {
  low: number;
  high: number;
  number: T;
}

/** Slack on the reach, for rounding in the bound's own arithmetic. */
const SLACK = 1.000001;

/**
 * A text's numbers filed by value, so finding those that state the same quantity as another
 * (`sameQuantity`) compares only numbers near it instead of every number of a long text.
 * Ranges are few and may hold a point far from their low end, so each is always compared, as is
 * every number when the one asked about has no finite value.
 */
export class QuantityIndex<T extends NumberAtom> {
  private readonly readings: Reading<T>[] = [];
  private readonly ranges: T[] = [];
  private readonly numbers: T[];

  constructor(numbers: Iterable<T>) {
    this.numbers = [...numbers];
    for (const number of this.numbers) {
      if (number.high !== number.value) this.ranges.push(number);
      for (const reading of readingsOf(number)) if (Number.isFinite(reading.low)) this.readings.push(reading);
    }
    this.readings.sort((a, b) => a.low - b.low);
  }

  /** The filed numbers that `sameQuantity` pairs with `number`, each once. */
  matching(number: NumberAtom): T[] {
    return [...this.candidates(number)].filter((other) => sameQuantity(number, other));
  }

  private candidates(number: NumberAtom): Iterable<T> {
    const asked = readingsOf(number);
    if (!asked.every((reading) => Number.isFinite(reading.low) && Number.isFinite(reading.high))) return this.numbers;
    const found = new Set<T>(this.ranges);
    for (const { low, high } of asked) {
      // A point within the largest gap of `low` (|a - b| <= gap * max(|a|, |b|) bounds |a - b| by
      // gap * |a| / (1 - gap)), or any point inside the range asked about.
      const reach = ((Math.abs(low) * LARGEST_POINT_GAP) / (1 - LARGEST_POINT_GAP)) * SLACK;
      const to = Math.max(low + reach, high);
      let i = partitionPoint(this.readings.length, (at) => this.readings[at]!.low < low - reach);
      for (; i < this.readings.length && this.readings[i]!.low <= to; i++) found.add(this.readings[i]!.number);
    }
    return found;
  }
}

/**
 * The readings `sameQuantity` may compare: a number's own, a unitless fraction's as a percentage
 * ("half" / "50%"), and a unit's in its base unit ("three decades" / "30 years").
 */
function readingsOf<T extends NumberAtom>(number: T): Reading<T>[] {
  const readings = [{ low: number.value, high: number.high, number }];
  if (readsAsPercent(number)) readings.push({ low: number.value * 100, high: number.high * 100, number });
  const base = inBaseUnit(number);
  if (base !== number) readings.push({ low: base.value, high: base.high, number });
  return readings;
}
