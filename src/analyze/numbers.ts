/**
 * Number atoms: quantities written in digits or words, with their scale, unit and range, so that a
 * rewrite's "1.2 million" can be matched against the source's "1,234,567".
 *
 * A small hand-written lexer + parser rather than an NLP library: news numbers follow a handful of
 * patterns ("$2.5bn", "about 40 percent", "two-thirds", "10-12 km") and owning the rules keeps the
 * span and value of each atom predictable. Ordinals are kept as atoms with unit "ordinal" ("21st",
 * "third"), except the words "first" and "second", which are mostly idioms ("at first", "a second").
 */
import type { NumberAtom } from "./types.js";
import { inBaseUnit, sameDimension } from "./unit-conversions.js";
import { wordTable } from "./word-table.js";

interface Lexeme {
  kind: "digits" | "word" | "symbol";
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Cardinal number words below twenty. */
export const UNIT_WORDS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

/** Multiples of ten written as words. */
export const TENS_WORDS: Readonly<Record<string, number>> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Words that multiply what precedes them, as powers of ten (so values stay exact: "1.23e6"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = wordTable({
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12,
  mn: 6, bn: 9, tn: 12, trn: 12,
  // Wire copy's abbreviations ("950 mln dlrs", "1.2 bln").
  mln: 6, bln: 9,
});

/** Scale suffixes glued to digits: "40k", "1.2m", "3bn". "b" only counts after a currency sign. */
const ATTACHED_SCALES: Readonly<Record<string, number>> = wordTable({ k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12, trn: 12 });

/** Plural scale words that denote a vague quantity ("hundreds of"): [low, high] multipliers. */
const VAGUE_PLURALS: Readonly<Record<string, number>> = wordTable({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
});

/**
 * Where a vague plural ends: a gross for "dozens", ten times the base for "hundreds", and the next
 * scale word for "thousands" and above, since "thousands of protesters" is the plain way to say
 * 15,000 and "millions of viewers" 27 million.
 */
function vagueHigh(base: number): number {
  if (base === 12) return 144;
  return base >= 1e3 ? 1e3 * base : 10 * base;
}

/**
 * Words after "a third", "a sixth" that make it a place in a series ("a sixth month", "a fifth
 * straight year") rather than a share ("a third of voters", "a quarter more").
 */
const SERIES_WORDS = ["straight", "consecutive", "successive", "running", "day", "week", "month", "year", "season", "term", "time", "round", "game", "match"];

/** Denominators of fractions ("a third", "two-fifths"), singular and plural. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  fourth: 4, fourths: 4, tenth: 10, tenths: 10,
});

/** Ordinal words; "first" and "second" are listed so compounds parse, but are never emitted alone. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1e6,
});

/** Currency signs written before a number. Multi-letter prefixes ("US$") are matched as letters + "$". */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = wordTable({ $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" });
const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({ us: "USD", a: "AUD", c: "CAD", hk: "HKD", nz: "NZD", s: "SGD" });
const CURRENCY_CODES = new Set(["USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD"]);

/** The country words written before "dollars" ("3.1bn Australian dollars", "40 U.S. dlrs"). */
const NATIONAL_DOLLARS: Readonly<Record<string, string>> = wordTable({
  us: "USD", australian: "AUD", canadian: "CAD", singapore: "SGD",
});

/** "dollars" as news and wire copy write it after a country word. */
const DOLLAR_WORDS = ["dollar", "dollars", "dlr", "dlrs"];

/** Words for "%" after a number; "pct" is wire copy's. */
const PERCENT_WORDS = new Set(["percent", "pct"]);

/** Currency names written after a number. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable({
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", pound: "GBP", pounds: "GBP",
  sterling: "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY", rupee: "INR", rupees: "INR",
  franc: "CHF", francs: "CHF",
  // Wire copy's abbreviations ("950 mln dlrs", "12 mln stg").
  dlr: "USD", dlrs: "USD", stg: "GBP",
});

/** Every currency code a number's unit may hold ("USD", "EUR", "HKD"). */
const CURRENCIES = new Set([...Object.values(CURRENCY_SIGNS), ...Object.values(DOLLAR_PREFIXES), ...CURRENCY_CODES, ...Object.values(CURRENCY_WORDS)]);

/** The unit is a currency. */
export function isCurrency(unit: string): boolean {
  return CURRENCIES.has(unit);
}

/** Measure and count nouns written after a number, mapped to one singular lower-case form. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = wordTable({
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  metre: "m", metres: "m", meter: "m", meters: "m", cm: "cm", centimetre: "cm", centimetres: "cm",
  mm: "mm", millimetre: "mm", millimetres: "mm",
  mile: "mile", miles: "mile", mph: "mph", kph: "kph", foot: "foot", feet: "foot", ft: "foot",
  inch: "inch", inches: "inch", acre: "acre", acres: "acre", hectare: "hectare", hectares: "hectare",
  kg: "kg", kilogram: "kg", kilograms: "kg", kilogramme: "kg", kilogrammes: "kg", kilo: "kg", kilos: "kg",
  gram: "g", grams: "g", lb: "lb", lbs: "lb",
  tonne: "tonne", tonnes: "tonne", ton: "tonne", tons: "tonne",
  litre: "litre", litres: "litre", liter: "litre", liters: "litre", gallon: "gallon", gallons: "gallon",
  barrel: "barrel", barrels: "barrel", degree: "degree", degrees: "degree",
  second: "second", seconds: "second", minute: "minute", minutes: "minute",
  hour: "hour", hours: "hour", day: "day", days: "day", week: "week", weeks: "week",
  month: "month", months: "month", year: "year", years: "year", decade: "decade", decades: "decade",
  century: "century", centuries: "century",
  people: "people", person: "people", persons: "people",
});

/**
 * Approximate cues that bound the number from one side. "over" and "under" are left out: "over 10
 * years" is as often a span of time as more than ten.
 */
const LOWER_BOUND_CUES: readonly string[][] = [
  ["at", "least"], ["more", "than"], ["upwards", "of"], ["just", "over"],
  ["not", "less", "than"], ["no", "less", "than"], ["not", "fewer", "than"], ["no", "fewer", "than"],
];
/** The same after the number: "7,000 or more steps", "aged 65 and over". */
const LOWER_BOUND_AFTER: readonly string[][] = [["or", "more"], ["or", "over"], ["or", "higher"], ["or", "above"], ["and", "over"], ["and", "above"]];
const UPPER_BOUND_CUES: readonly string[][] = [
  ["at", "most"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["as", "many", "as"], ["as", "much", "as"], ["just", "under"],
  ["not", "more", "than"], ["no", "more", "than"],
];

/** Every bound cue with its side, longest first. */
const BOUND_CUES: readonly (readonly [readonly string[], "min" | "max"])[] = [
  ...LOWER_BOUND_CUES.map((cue) => [cue, "min"] as const),
  ...UPPER_BOUND_CUES.map((cue) => [cue, "max"] as const),
].sort((a, b) => b[0].length - a[0].length);

/**
 * Words before a number that make it approximate: the bounds, and words that bound nothing;
 * longest phrases first so "just over" beats "over".
 */
const APPROXIMATE_CUES: readonly string[][] = [
  ...LOWER_BOUND_CUES, ...UPPER_BOUND_CUES,
  ["an", "estimated"], ["close", "to"], ["about"], ["around"], ["nearly"], ["almost"], ["roughly"], ["approximately"],
  ["some"], ["over"], ["under"], ["estimated"],
].sort((a, b) => b.length - a.length);

/** Words before "X to Y" that make it a change ("rose from 7% to 9%") rather than a range. */
const CHANGE_WORDS = [
  "from", "by", "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "decreased",
  "dropped", "climbed", "jumped", "grew", "cut", "raised", "lowered", "slipped", "declined", "slumped", "soared",
];

/** Prefixes after which a glued number is still a quantity ("mid-2024"); other "X-19" are names. */
const NUMBER_PREFIXES = new Set(["mid", "pre", "post"]);

const LEXEME_PATTERN = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)|([A-Za-z]+)|([^\sA-Za-z\d])/g;

function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  for (const match of text.matchAll(LEXEME_PATTERN)) {
    const kind = match[1] !== undefined ? "digits" : match[2] !== undefined ? "word" : "symbol";
    const start = match.index;
    lexemes.push({ kind, text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return lexemes;
}

/** A quantity parsed at one position, before approximate cues and ranges are applied. */
interface Quantity {
  first: number;
  /** Index of the lexeme after the quantity. */
  next: number;
  value: number;
  high: number;
  unit: string;
  /** Power of ten applied by a scale word or suffix ("million" -> 6), 0 when none. */
  scale: number;
  vague: boolean;
  plainDigits: boolean;
  ordinal: boolean;
}

/** A quantity over lexemes [first, next) with defaults for everything `extra` does not set. */
function quantity(first: number, next: number, value: number, extra: Partial<Quantity> = {}): Quantity {
  return { first, next, value, high: value, unit: "", scale: 0, vague: false, plainDigits: false, ordinal: false, ...extra };
}

class Parser {
  constructor(
    private readonly lexemes: Lexeme[],
    private readonly text: string,
  ) {}

  private at(i: number): Lexeme | undefined {
    return this.lexemes[i];
  }

  private lower(i: number): string {
    return this.lexemes[i]?.lower ?? "";
  }

  /** True when lexeme i starts exactly where lexeme i-1 ends (no space between). */
  private glued(i: number): boolean {
    const previous = this.lexemes[i - 1];
    const current = this.lexemes[i];
    return previous !== undefined && current !== undefined && previous.end === current.start;
  }

  /** "U.S." as the lexer splits it: "u", ".", "s", ".". */
  private isDottedUs(i: number): boolean {
    return this.isWord(i, "u") && this.at(i + 1)?.text === "." && this.isWord(i + 2, "s") && this.at(i + 3)?.text === ".";
  }

  private isWord(i: number, ...words: string[]): boolean {
    const lexeme = this.lexemes[i];
    return lexeme?.kind === "word" && words.includes(lexeme.lower);
  }

  extract(): NumberAtom[] {
    const atoms: NumberAtom[] = [];
    let i = 0;
    while (i < this.lexemes.length) {
      const parsed = this.parseBetween(i) ?? this.parseWithRange(i);
      if (parsed === null) {
        i += 1;
        continue;
      }
      atoms.push(parsed.atom);
      i = parsed.next;
    }
    return atoms;
  }

  /** "between 3 and 5 million" -> one range atom spanning "3 and 5 million". */
  private parseBetween(i: number): { atom: NumberAtom; next: number } | null {
    if (!this.isWord(i, "between")) return null;
    const low = this.parseQuantity(i + 1);
    if (low === null || !this.isWord(low.next, "and")) return null;
    const high = this.parseQuantity(low.next + 1);
    if (high === null) return null;
    const range = combineRange(low, high);
    if (range === null) return null;
    return { atom: this.toAtom(range, this.approximateBefore(i), this.boundBefore(i)), next: high.next };
  }

  private parseWithRange(i: number): { atom: NumberAtom; next: number } | null {
    const low = this.parseQuantity(i);
    if (low === null) return null;
    const approximate = this.approximateBefore(i);
    const bound = this.boundBefore(i);
    const high = this.parseRangeEnd(low);
    const range = high === null ? null : combineRange(low, high);
    if (range !== null && high !== null) return { atom: this.toAtom(range, approximate, bound), next: high.next };
    return { atom: this.toAtom(low, approximate, bound ?? this.boundAfter(low.next)), next: low.next };
  }

  /** The second half of "10-12" or "10 to 12"; "from 10 to 12" is a change, not a range. */
  private parseRangeEnd(low: Quantity): Quantity | null {
    const k = low.next;
    if (low.ordinal || low.vague) return null;
    const glueHyphen = this.at(k)?.text === "-" && this.glued(k) && this.glued(k + 1);
    const toWord = this.isWord(k, "to") && !this.isWord(low.first - 1, ...CHANGE_WORDS);
    if (!glueHyphen && !toWord) return null;
    return this.parseQuantity(k + 1);
  }

  private approximateBefore(i: number): boolean {
    return APPROXIMATE_CUES.some((cue) => this.cueBefore(i, cue));
  }

  private boundBefore(i: number): "min" | "max" | undefined {
    // Longest cue first: "not less than" is a lower bound, "no more than" an upper one.
    const cue = BOUND_CUES.find(([words]) => this.cueBefore(i, words));
    return cue?.[1];
    return undefined;
  }

  private boundAfter(next: number): "min" | undefined {
    return LOWER_BOUND_AFTER.some((cue) => this.cueAt(next, cue)) ? "min" : undefined;
  }

  private cueBefore(i: number, cue: readonly string[]): boolean {
    return this.cueAt(i - cue.length, cue);
  }

  private cueAt(at: number, cue: readonly string[]): boolean {
    return cue.every((word, n) => this.isWord(at + n, word));
  }

  private toAtom(quantity: Quantity, approximateCue: boolean, bound: "min" | "max" | undefined): NumberAtom {
    const first = this.lexemes[quantity.first];
    const last = this.lexemes[quantity.next - 1];
    if (first === undefined || last === undefined) throw new Error("quantity outside the lexemes");
    const isYear =
      quantity.plainDigits && quantity.unit === "" && !approximateCue && isYearValue(quantity.value) && isYearValue(quantity.high);
    return {
      kind: "number",
      start: first.start,
      end: last.end,
      text: this.text.slice(first.start, last.end),
      value: quantity.value,
      high: quantity.high,
      unit: quantity.unit,
      approximate: approximateCue || quantity.vague,
      year: isYear,
      ...(bound ? { bound } : {}),
    };
  }

  /** One quantity with its currency prefix, scale and unit, or null when none starts at i. */
  private parseQuantity(i: number): Quantity | null {
    const prefix = this.parseCurrencyPrefix(i);
    const coreAt = prefix === null ? i : prefix.next;
    const core = this.at(coreAt)?.kind === "digits" ? this.parseDigits(coreAt, prefix !== null) : this.parseWords(coreAt);
    if (core === null) return null;
    if (prefix !== null) {
      if (core.ordinal || core.unit !== "") return null;
      return { ...this.withScaleWord(core), first: i, unit: prefix.currency };
    }
    const scaled = this.withScaleWord(core);
    return this.withUnit(scaled);
  }

  private parseCurrencyPrefix(i: number): { currency: string; next: number } | null {
    const lexeme = this.at(i);
    if (lexeme === undefined) return null;
    const digitsFollow = (k: number): boolean => this.at(k)?.kind === "digits";
    const sign = CURRENCY_SIGNS[lexeme.text];
    if (sign !== undefined && digitsFollow(i + 1)) return { currency: sign, next: i + 1 };
    if (lexeme.kind !== "word") return null;
    const dollarCurrency = DOLLAR_PREFIXES[lexeme.lower];
    if (dollarCurrency !== undefined && lexeme.text === lexeme.text.toUpperCase() && this.at(i + 1)?.text === "$") {
      if (digitsFollow(i + 2)) return { currency: dollarCurrency, next: i + 2 };
    }
    if (CURRENCY_CODES.has(lexeme.text) && digitsFollow(i + 1)) return { currency: lexeme.text, next: i + 1 };
    if (lexeme.text === "Rs") {
      const afterDot = this.at(i + 1)?.text === "." ? i + 2 : i + 1;
      if (digitsFollow(afterDot)) return { currency: "INR", next: afterDot };
    }
    return null;
  }

  /** Digits, with suffixes glued to them: "40k", "1.2m", "21st", "5km"; null for names like "COVID-19". */
  private parseDigits(i: number, afterCurrency: boolean): Quantity | null {
    const lexeme = this.at(i);
    if (lexeme === undefined || this.isPartOfName(i) || this.isPartOfTimeOrDate(i)) return null;
    const digits = lexeme.text.replace(/,/g, "");
    const base: Quantity = {
      first: i, next: i + 1, value: Number(digits), high: Number(digits), unit: "",
      scale: 0, vague: false, plainDigits: /^\d{4}$/.test(lexeme.text), ordinal: false,
    };
    const suffix = this.at(i + 1);
    if (suffix?.kind !== "word" || !this.glued(i + 1)) return base;
    const attachedScale = ATTACHED_SCALES[suffix.lower];
    if (attachedScale !== undefined && (suffix.lower !== "b" || afterCurrency)) {
      const value = scaleValue(digits, attachedScale);
      return { ...base, next: i + 2, value, high: value, scale: attachedScale, plainDigits: false };
    }
    if (/^(st|nd|rd|th)$/.test(suffix.lower)) return { ...base, next: i + 2, unit: "ordinal", ordinal: true, plainDigits: false };
    const unit = MEASURE_UNITS[suffix.lower];
    if (unit !== undefined) return { ...base, next: i + 2, unit, plainDigits: false };
    // "1990s", "3D", "5G": glued letters we do not know make it a label, not a quantity.
    return null;
  }

  private isPartOfName(i: number): boolean {
    const previous = this.at(i - 1);
    if (previous === undefined || !this.glued(i)) return false;
    if (previous.kind === "word") return true;
    if (previous.text !== "-") return false;
    const beforeHyphen = this.at(i - 2);
    return beforeHyphen?.kind === "word" && this.glued(i - 1) && !NUMBER_PREFIXES.has(beforeHyphen.lower);
  }

  /** "10:30", "11/01/2024": clock times and slash dates belong to the date extractor. */
  private isPartOfTimeOrDate(i: number): boolean {
    const joinsDigits = (symbolAt: number, digitsAt: number): boolean =>
      [":", "/"].includes(this.at(symbolAt)?.text ?? "") &&
      this.at(digitsAt)?.kind === "digits" &&
      this.glued(symbolAt) &&
      this.glued(digitsAt);
    return joinsDigits(i + 1, i + 2) || joinsDigits(i - 1, i);
  }

  /** Number words: "twenty-one", "a dozen", "two-thirds", "half a million", "hundreds", "third". */
  private parseWords(i: number): Quantity | null {
    const lexeme = this.at(i);
    if (lexeme?.kind !== "word") return null;
    const word = lexeme.lower;
    if (word === "half") return this.parseHalf(i);
    const vagueBase = VAGUE_PLURALS[word];
    if (vagueBase !== undefined) return this.parseVague(i, vagueBase);
    if (word === "tens" && this.isWord(i + 1, "of")) {
      const plural = VAGUE_PLURALS[this.lower(i + 2)];
      if (plural !== undefined && plural >= 1e3) return quantity(i, i + 3, 20 * plural, { high: 100 * plural, vague: true });
    }

    const fraction = this.parseFraction(i);
    if (fraction !== null) return fraction;
    const ordinal = this.parseOrdinalWords(i);
    if (ordinal !== null) return ordinal;
    return this.parseCardinalWords(i);
  }

  /** "half", "half a million", "half a dozen"; not "first half" or "half-time". */
  private parseHalf(i: number): Quantity | null {
    if (this.isWord(i - 1, "first", "second", "other", "latter", "former")) return null;
    if (this.at(i + 1)?.text === "-" && this.glued(i + 1)) return null;
    if (this.isWord(i + 1, "a", "an")) {
      if (this.isWord(i + 2, "dozen")) return quantity(i, i + 3, 6);
      const scale = this.at(i + 2)?.kind === "word" ? SCALE_WORDS[this.lower(i + 2)] : undefined;
      if (scale !== undefined) return quantity(i, i + 3, scaleValue("0.5", scale), { scale });
    }
    return quantity(i, i + 1, 0.5);
  }

  /** "dozens", "hundreds", "hundreds of thousands": approximate ranges from twice the base (see `vagueHigh`). */
  private parseVague(i: number, base: number): Quantity {
    // "hundreds of thousands": the second plural multiplies the first.
    if (this.isWord(i + 1, "of")) {
      const inner = VAGUE_PLURALS[this.lower(i + 2)];
      if (inner !== undefined && inner > base) return quantity(i, i + 3, 2 * base * inner, { high: 10 * base * inner, vague: true });
    }
    return quantity(i, i + 1, 2 * base, { high: vagueHigh(base), vague: true });
  }

  /** "a third", "two-thirds", "three quarters": a count word then a denominator. */
  private parseFraction(i: number): Quantity | null {
    const word = this.lower(i);
    const count = word === "a" || word === "an" ? 1 : UNIT_WORDS[word];
    if (count === undefined || count === 0) return null;
    const denominatorAt = this.at(i + 1)?.text === "-" && this.glued(i + 1) ? i + 2 : i + 1;
    const denominatorWord = this.lower(denominatorAt);
    const denominator = FRACTION_WORDS[denominatorWord];
    if (denominator === undefined) return null;
    const plural = denominatorWord.endsWith("s");
    if (plural !== count > 1) return null;
    // "for a sixth month", "a third straight quarter": a place in a series, not a share.
    if (count === 1 && denominatorAt === i + 1 && this.isWord(i + 2, ...SERIES_WORDS)) return null;
    return quantity(i, denominatorAt + 1, count / denominator);
  }

  /** "third", "twenty-first", "21st" is handled with digits; "first"/"second" alone are idioms. */
  private parseOrdinalWords(i: number): Quantity | null {
    const word = this.lower(i);
    const tens = TENS_WORDS[word];
    if (tens !== undefined && this.at(i + 1)?.text === "-" && this.glued(i + 1) && this.glued(i + 2)) {
      const unit = ORDINAL_WORDS[this.lower(i + 2)];
      if (unit !== undefined && unit < 10) return quantity(i, i + 3, tens + unit, { unit: "ordinal", ordinal: true });
    }
    const value = ORDINAL_WORDS[word];
    if (value === undefined || word === "first" || word === "second") return null;
    return quantity(i, i + 1, value, { unit: "ordinal", ordinal: true });
  }

  /** Compound cardinals: "three", "twenty-one", "two hundred and fifty thousand", "a dozen". */
  private parseCardinalWords(i: number): Quantity | null {
    let k = i;
    let total = 0;
    let current = 0;
    let sawNumber = false;
    let topScale = 0;
    if (this.isWord(k, "a", "an")) {
      if (!this.isWord(k + 1, "dozen", "hundred", "thousand", "million", "billion", "trillion")) return null;
      current = 1;
      sawNumber = true;
      k += 1;
    }
    while (k < this.lexemes.length) {
      const word = this.lower(k);
      const unit = UNIT_WORDS[word];
      const tens = TENS_WORDS[word];
      const scale = this.at(k)?.kind === "word" ? SCALE_WORDS[word] : undefined;
      if (unit !== undefined) {
        // "twenty three" may be spaced; "two three" is two numbers.
        const afterTens = current % 100 >= 20 && current % 10 === 0;
        if (current % 100 !== 0 && !(afterTens && unit > 0 && unit < 10)) break;
        current += unit;
      } else if (tens !== undefined && current % 100 === 0) {
        current += tens;
        if (this.at(k + 1)?.text === "-" && this.glued(k + 1) && this.glued(k + 2)) {
          const unitAfter = UNIT_WORDS[this.lower(k + 2)];
          if (unitAfter !== undefined && unitAfter > 0 && unitAfter < 10) {
            current += unitAfter;
            k += 2;
          }
        }
      } else if (word === "dozen" && sawNumber) {
        current = (current || 1) * 12;
      } else if (scale !== undefined && sawNumber && !ATTACHED_SCALES[word]) {
        // Abbreviations ("bn", "mn") follow digits, not number words.
        if (scale === 2) {
          current = (current || 1) * 100;
        } else {
          total += (current || 1) * 10 ** scale;
          current = 0;
          topScale = Math.max(topScale, scale);
        }
      } else if (word === "and" && sawNumber && this.startsCardinal(k + 1) && this.isWord(k - 1, "hundred", "thousand", "million", "billion")) {
        k += 1;
        continue;
      } else if (word === "and" && sawNumber && this.isWord(k + 1, "a") && this.isWord(k + 2, "half")) {
        current += 0.5;
        k += 3;
        continue;
      } else {
        break;
      }
      sawNumber = true;
      k += 1;
    }
    if (!sawNumber || k === i) return null;
    const value = total + current;
    // A bare "one" is usually a pronoun ("one of the", "no one"); keep it only with a unit after it.
    if (k === i + 1 && this.lower(i) === "one" && !this.unitFollows(k)) return null;
    return quantity(i, k, value, { scale: topScale });
  }

  private startsCardinal(k: number): boolean {
    const word = this.lower(k);
    return UNIT_WORDS[word] !== undefined || TENS_WORDS[word] !== undefined;
  }

  private unitFollows(k: number): boolean {
    const word = this.lower(k);
    return (
      this.at(k)?.text === "%" ||
      PERCENT_WORDS.has(word) ||
      (word === "per" && this.isWord(k + 1, "cent")) ||
      CURRENCY_WORDS[word] !== undefined ||
      MEASURE_UNITS[word] !== undefined
    );
  }

  /** A spaced scale word after digits: "2.5 billion", "40 mn". */
  private withScaleWord(core: Quantity): Quantity {
    if (core.scale > 0 || core.ordinal || core.unit !== "") return core;
    const word = this.lower(core.next);
    const scale = this.at(core.next)?.kind === "word" ? SCALE_WORDS[word] : undefined;
    if (scale === undefined) return core;
    const first = this.at(core.first);
    const coreText = first?.kind === "digits" ? first.text.replace(/,/g, "") : String(core.value);
    const value = scaleValue(coreText, scale);
    return { ...core, next: core.next + 1, value, high: value, scale, plainDigits: false };
  }

  /** The unit after a quantity: "%", "percent", "percentage points", "euros", "km", "-year". */
  private withUnit(quantity: Quantity): Quantity {
    if (quantity.ordinal || quantity.unit !== "") return quantity;
    const k = quantity.next;
    if (this.at(k)?.text === "-" && this.glued(k) && this.glued(k + 1)) {
      const unit = MEASURE_UNITS[this.lower(k + 1)];
      return unit === undefined ? quantity : { ...quantity, next: k + 2, unit, plainDigits: false };
    }
    const found = this.unitAt(k);
    return found === null ? quantity : { ...quantity, next: found.next, unit: found.unit, plainDigits: false };
  }

  private unitAt(k: number): { unit: string; next: number } | null {
    const lexeme = this.at(k);
    if (lexeme === undefined) return null;
    const word = lexeme.lower;
    if (lexeme.text === "%") return { unit: "%", next: k + 1 };
    if (lexeme.kind !== "word") return null;
    if (PERCENT_WORDS.has(word)) return { unit: "%", next: k + 1 };
    if (word === "per" && this.isWord(k + 1, "cent")) return { unit: "%", next: k + 2 };
    if (word === "percentage" && this.isWord(k + 1, "point", "points")) return { unit: "pp", next: k + 2 };
    if (word === "basis" && this.isWord(k + 1, "point", "points")) return { unit: "bp", next: k + 2 };
    const dollars = NATIONAL_DOLLARS[word];
    if (dollars !== undefined && this.isWord(k + 1, ...DOLLAR_WORDS)) return { unit: dollars, next: k + 2 };
    if (this.isDottedUs(k) && this.isWord(k + 4, ...DOLLAR_WORDS)) return { unit: "USD", next: k + 5 };
    if ((word === "pound" || word === "pounds") && this.isWord(k + 1, "sterling")) return { unit: "GBP", next: k + 2 };
    if (CURRENCY_CODES.has(lexeme.text)) return { unit: lexeme.text, next: k + 1 };
    const currency = CURRENCY_WORDS[word];
    if (currency !== undefined && word !== "sterling") return { unit: currency, next: k + 1 };
    const measure = MEASURE_UNITS[word];
    if (measure !== undefined) return { unit: measure, next: k + 1 };
    return null;
  }
}

/** Multiply a decimal string by 10^power without binary rounding noise ("1.23", 6 -> 1230000). */
function scaleValue(decimal: string, power: number): number {
  return Number(`${decimal}e${power}`);
}

function isYearValue(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * Joins two quantities into a range when they read as one ("$10-12 million", "7-9%"): the scale and
 * unit written on one end apply to the other; the low end must stay below the high end.
 */
function combineRange(low: Quantity, high: Quantity): Quantity | null {
  if (low.ordinal || high.ordinal || low.vague || high.vague) return null;
  if (low.unit !== "" && high.unit !== "" && low.unit !== high.unit) return null;
  let lowValue = low.value;
  if (low.scale === 0 && high.scale > 0) {
    const scaled = scaleValue(String(low.value), high.scale);
    if (scaled <= high.value) lowValue = scaled;
  }
  if (!(lowValue < high.value)) return null;
  return {
    ...low,
    next: high.next,
    value: lowValue,
    high: high.value,
    unit: low.unit || high.unit,
    scale: Math.max(low.scale, high.scale),
    plainDigits: low.plainDigits && high.plainDigits,
  };
}

/**
 * Finds the quantities written in `text` (already normalised: straight quotes, "-" for dashes), in
 * text order and never overlapping. Spans cover the number with its currency, scale and unit
 * ("$2.5 billion", "7 percent") but not approximate cues ("about"), which set `approximate`.
 */
export function extractNumbers(text: string): NumberAtom[] {
  return new Parser(lex(text), text).extract();
}

/** Relative gap that approximate wording ("about 1,000") is allowed to cover. */
const APPROXIMATE_TOLERANCE = 0.1;
/** Largest relative error a rounding may introduce ("1.23m" -> "1.2m" is 2.4%). */
const ROUNDING_TOLERANCE = 0.05;
/** Two values further apart than this, relative to the larger, are never one point (`samePoint`). */
export const LARGEST_POINT_GAP = Math.max(APPROXIMATE_TOLERANCE, ROUNDING_TOLERANCE);

/** Fewest significant figures that reproduce `value` ("1,200,000" -> 2, "1.23m" -> 3). */
function significantFigures(value: number): number {
  if (value === 0) return 1;
  for (let digits = 1; digits <= 15; digits += 1) {
    if (Number(value.toPrecision(digits)) === value) return digits;
  }
  return 16;
}

function relativeGap(a: number, b: number): number {
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return larger === 0 ? 0 : Math.abs(a - b) / larger;
}

/**
 * Whether two exact values are one number written at two precisions: the more precise one must
 * have at least three significant figures (small counts are exact: 15 is not "20") and round to
 * the other within {@link ROUNDING_TOLERANCE}.
 */
function sameByRounding(a: number, b: number): boolean {
  if (relativeGap(a, b) < 1e-9) return true;
  const figuresA = significantFigures(a);
  const figuresB = significantFigures(b);
  const [fine, coarse, coarseFigures] = figuresA >= figuresB ? [a, b, figuresB] : [b, a, figuresA];
  if (significantFigures(fine) < 3 || significantFigures(fine) === coarseFigures) return false;
  const rounded = Number(fine.toPrecision(coarseFigures));
  return relativeGap(rounded, coarse) < 1e-9 && relativeGap(fine, coarse) <= ROUNDING_TOLERANCE;
}

function samePoint(a: number, b: number, approximate: boolean): boolean {
  if (sameByRounding(a, b)) return true;
  return approximate && relativeGap(a, b) <= APPROXIMATE_TOLERANCE;
}

/** A unitless fraction ("half" = 0.5), which `sameQuantity` also reads as a percentage ("50%"). */
export function readsAsPercent(number: NumberAtom): boolean {
  return number.unit === "" && number.high < 1;
}

/** Rescales a unitless fraction to compare it with a percentage. */
function alignPercent(a: NumberAtom, b: NumberAtom): [NumberAtom, NumberAtom] {
  const asPercent = (atom: NumberAtom): NumberAtom => ({ ...atom, value: atom.value * 100, high: atom.high * 100, unit: "%" });
  if (a.unit === "%" && readsAsPercent(b)) return [a, asPercent(b)];
  if (b.unit === "%" && readsAsPercent(a)) return [asPercent(a), b];
  return [a, b];
}

/** A missing unit fits any unit; ordinals only fit ordinals; otherwise the units measure one thing. */
export function unitsCompatible(a: NumberAtom, b: NumberAtom): boolean {
  if (a.unit === "ordinal" || b.unit === "ordinal") return a.unit === b.unit;
  return a.unit === "" || b.unit === "" || sameDimension(a.unit, b.unit);
}

/**
 * True when `a` and `b` denote the same quantity, allowing for the rounding journalists do:
 * "1.2 million" = "1,200,000" = "1.23m"; "about 1,000" = 980 (approximate wording allows 10%);
 * "half" = "50%". A missing unit on one side is compatible with any unit; ordinals only match
 * ordinals. A range matches a range with the same ends, or a point inside it when either side
 * is approximate ("dozens" vs "about 30"). Two lower (or two upper) bounds compare their values
 * as exact ones do. Symmetric.
 */
export function sameQuantity(a: NumberAtom, b: NumberAtom): boolean {
  if (!unitsCompatible(a, b)) return false;
  // A unit converts only against another unit: a bare "3" may be the "three" of "three decades".
  const converted = a.unit !== b.unit && a.unit !== "" && b.unit !== "";
  const [left, right] = converted ? [inBaseUnit(a), inBaseUnit(b)] : alignPercent(a, b);
  // Two bounds of one direction state their bound exactly: "more than 96%" is not "more than 90%".
  const sameBound = a.bound !== undefined && a.bound === b.bound;
  const approximate = (left.approximate || right.approximate) && !sameBound;
  const leftIsRange = left.high !== left.value;
  const rightIsRange = right.high !== right.value;
  if (!leftIsRange && !rightIsRange) return samePoint(left.value, right.value, approximate);
  if (leftIsRange && rightIsRange) {
    return samePoint(left.value, right.value, approximate) && samePoint(left.high, right.high, approximate);
  }
  const [range, point] = leftIsRange ? [left, right] : [right, left];
  return approximate && point.value >= range.value && point.value <= range.high;
}
