import { relativeAnchor, sameDate } from "../analyze/index.js";
import type { Analysis, Atom, DateAtom, NumberAtom, Sentence, Span } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";
import type { Finding } from "../report/types.js";
import { allAtoms, atomsOf, finding, perTextMemo, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { dateSlot, slotAmong, slotOverlap } from "./atom-slot.js";
import { atomInPlace, FULL_PLACE } from "./surroundings.js";

/**
 * A date in the rewrite that contradicts the dates its supporting source sentences give, or a year
 * read as a number standing where they give another year.
 */
export const checkDates: PairCheck = ({ source, sentence, supports }) => {
  const supporting = atomsOf(supports, "date");
  const rewriteDates = sentence.atoms.filter((atom): atom is DateAtom => atom.kind === "date");
  const yearNumbers = sentence.atoms.filter((atom): atom is NumberAtom => atom.kind === "number" && atom.year && bareYear(atom) !== undefined);
  const changedYears = yearNumbers.flatMap((year) => {
    const replaced = yearInPlace(year, sentence, supports);
    return replaced ? [changedFinding(year, sentence, supports, replaced)] : [];
  });
  return changedYears.concat(rewriteDates.flatMap((date) => {
    // Copied around the date: this one replaced its own, even when its value repeats a date the
    // supports give in another place ("by the end of Sunday and ... on Sunday" for "Saturday").
    const inPlace = dateInPlace(date, sentence, supports, rewriteDates);
    if (inPlace) return [changedFinding(date, sentence, supports, inPlace)];
    if (supporting.some((other) => sameDate(date, other) === "same") || supports.some((support) => writesDate(support, date))) return [];
    // A vaguer date elsewhere ("in November") does not excuse a specific one ("Nov 14").
    const elsewhere = statedAsPrecisely(source, date);
    // The date it replaced is one the rewrite no longer gives ("May 1" for "April 1", not for the
    // "November" it keeps), nor may give in other words: "from 2.6 billion in 1986" may be the
    // source's "last year" when the year of writing is not known.
    const mayRestate = (other: DateAtom) => rewriteDates.some((mine) => mine !== date && mayBeYearOf(mine, other));
    const unmatched = supporting.filter((other) => !rewriteDates.some((mine) => sameDate(mine, other) === "same") && !mayRestate(other));
    // A date the source states elsewhere replaced only a supporting date the rewrite dropped, as
    // a number does: beside one it keeps ("since 2017; its next is due in 2029", with "The next
    // one is due in 2029" a sentence on) it was taken from there, not swapped in.
    const inSlot = inItsSlot(date, sentence, supports);
    const conflicting =
      unmatched.find((other) => datesConflict(date, other) && inSlot(other)) ??
      (elsewhere ? undefined : supporting.find((other) => datesConflict(date, other) && !mayRestate(other) && inSlot(other)));
    if (conflicting && !(elsewhere && precision(conflicting) < precision(date))) return [changedFinding(date, sentence, supports, conflicting)];
    // A date the source never gives, in words no supporting date stands in, is a new one.
    if (!elsewhere && !supporting.some(inSlot) && !comparedLooselyTo(source, date)) {
      return [
        finding("unsupported", "medium", spanOf(sentence, date), null, `The date ${quoteText(date.text)} is not in the source.`),
      ];
    }
    return [];
  }));
};

function changedFinding(date: Span & { text: string }, sentence: Sentence, supports: readonly Sentence[], conflicting: Span & { text: string }): Finding {
  return finding("date-changed", "high", spanOf(sentence, date), spanAmong(supports, conflicting),
    `The rewrite dates this ${quoteText(date.text)}; the source says ${quoteText(conflicting.text)}.`);
}

/**
 * Which supporting dates this one may have replaced: those whose surrounding words share one with
 * its own. A date in words of its own tells of another event, as a lead's "closed up on Monday
 * following a new offer" beside its story's "revealed on Sunday that it had received a proposal".
 * A date with no words around it (a heading's "Feb 28") gives nothing to compare, so any may.
 */
function inItsSlot(date: DateAtom, sentence: Sentence, supports: readonly Sentence[]): (other: DateAtom) => boolean {
  const slot = dateSlot(sentence, date);
  if (slot.size === 0) return () => true;
  return (other) => {
    const theirs = slotAmong(supports, other, dateSlot);
    return theirs !== undefined && (theirs.size === 0 || slotOverlap(slot, theirs) > 0);
  };
}

/**
 * A supporting date standing exactly where this one stands (all four words either side the same)
 * that it conflicts with and the rewrite sentence no longer gives or writes: the sentence was
 * copied around it. A reordered clause ("from 51.5 percent in May to 52.9 percent in June" / "to
 * 52.9 percent from 51.5 percent in May") can end on the same two words and a full stop, and a
 * reordered list writes the year as a plain number ("its 2000, 2001 and 2002").
 */
function dateInPlace(date: DateAtom, sentence: Sentence, supports: readonly Sentence[], rewriteDates: readonly DateAtom[]): DateAtom | undefined {
  return atomInPlace(
    sentence, date, supports,
    (atom): atom is DateAtom =>
      atom.kind === "date" && datesConflict(date, atom) && !rewriteDates.some((mine) => sameDate(mine, atom) === "same") && !writesDate(sentence, atom),
    FULL_PLACE,
  );
}

/**
 * A year the analysis read as a number ("in both 1997 and 2001", "fiscal 1987") standing where a
 * supporting sentence has another year, read as a number or a date: the sentence was copied
 * around it. The numbers check leaves years alone.
 */
function yearInPlace(number: NumberAtom, sentence: Sentence, supports: readonly Sentence[]): Atom | undefined {
  const otherYear = (atom: Atom): atom is Atom => {
    const theirs = bareYear(atom);
    return theirs !== undefined && theirs !== number.text && !writesDate(sentence, atom);
  };
  return atomInPlace(sentence, number, supports, otherYear, FULL_PLACE);
}

/** The year a date or a four-digit number gives when it gives nothing else ("2001"). */
function bareYear(atom: Atom): string | undefined {
  if (atom.kind === "date") return /^\d{4}$/u.test(atom.key) && atom.endKey === null ? atom.key : undefined;
  return atom.kind === "number" && /^(?:1[89]|20)\d\d$/u.test(atom.text) ? atom.text : undefined;
}

/**
 * The sentence writes the date's very words, read as a date or not: "between 1990 and 2023" reads
 * no date in "1990", yet states the year a rewrite's "from 1990 to 2023" gives.
 */
function writesDate(sentence: Sentence, date: Span & { text: string }): boolean {
  // In its own case: "May" is a month, "may" a verb.
  const words = date.text;
  const text = sentence.text;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "") && !/^[.,]\p{N}/u.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

/** The text states this date somewhere, at least as precisely. */
const statedAsPrecisely = perTextMemo(dateKey, (analysis, date: DateAtom) =>
  differentDates(analysis).some((other) => sameDate(date, other) === "same" && precision(other) >= precision(date)),
);

/** Some date of the text cannot be told apart from this one (see comparableOnlyLoosely). */
const comparedLooselyTo = perTextMemo(dateKey, (analysis, date: DateAtom) => differentDates(analysis).some((other) => comparableOnlyLoosely(date, other)));

/** One date of a text per key: each rewrite date is compared with each different date once. */
const differentDates = objectMemo((analysis: Analysis) => [...new Map(allAtoms(analysis, "date").map((date) => [dateKey(date), date])).values()]);

/** What sameDate reads of a date: two dates with one key compare alike with any other. */
function dateKey(date: DateAtom): string {
  return JSON.stringify([date.key, date.endKey, date.time]);
}

/**
 * A year ("1986") and a year counted from the time of writing ("last year"), with no date of
 * writing to tell them apart: they may be one year.
 */
function mayBeYearOf(year: DateAtom, relative: DateAtom): boolean {
  return /^\d{4}$/u.test(year.key) && /^rel:(?:last|this|next)-year$/u.test(relative.key) && sameDate(year, relative) === "unknown";
}

/** How many calendar parts a date key pins down: "2026-11-04" 3, "--11-04" 2, "--11" 1. */
function precision(date: DateAtom): number {
  return date.key.match(/\d+/g)?.length ?? 1;
}

/**
 * Different dates, counting two different relative dates that count from the same point
 * ("yesterday" and "last week") as different. From different points they may be one date: "7.1%
 * lower than a year ago" and "fell 7.1% from a year earlier" compare with the same month.
 */
function datesConflict(a: DateAtom, b: DateAtom): boolean {
  const verdict = sameDate(a, b);
  if (verdict !== "unknown") return verdict === "different";
  const anchor = relativeAnchor(a);
  return anchor !== null && anchor === relativeAnchor(b) && a.key !== b.key && !holdOneTime(a, b);
}

/** Two relative dates, each holding the other's time: two running periods, or yesterday and last night. */
function holdOneTime(a: DateAtom, b: DateAtom): boolean {
  return (holdsNow(a) && holdsNow(b)) || (endsYesterday(a) && endsYesterday(b));
}

/** "yesterday" and "last night": written the morning after, last night is yesterday's evening. */
function endsYesterday(date: DateAtom): boolean {
  return date.key === "rel:yesterday" || date.key === "rel:last-night";
}

/** The running periods that hold the time of writing, each inside the next: no two of them differ. */
const PERIODS_HOLDING_NOW = /^rel:(?:today|tonight|this-(?:morning|afternoon|evening|week|month|quarter|year))$/u;

/** "today", "this month", "this year": a period that holds the time of writing ("shares rose today" is also "this month"). */
function holdsNow(date: DateAtom): boolean {
  return PERIODS_HOLDING_NOW.test(date.key);
}

/**
 * Dates that cannot be told apart from each other ("Tuesday" and "2026-11-04" with no year known).
 * Two different relative dates ("yesterday", "next week") can: they are different.
 */
function comparableOnlyLoosely(a: DateAtom, b: DateAtom): boolean {
  return sameDate(a, b) === "unknown" && !(a.key.startsWith("rel:") && b.key.startsWith("rel:"));
}
