/**
 * Capitalised names in a sentence, found by shape alone ("Ida Berg", "Bank of England", "OPEC"):
 * the generator needs names to swap, not a named-entity tagger.
 */

import { parseDoc } from "./sentences.js";

/** A name inside a sentence; `end` is exclusive. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** It opens the sentence, so its capital may be the sentence's rather than a name's. */
  atStart: boolean;
}

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(
  (
    "The A An This That These Those He She It They We I You His Her Its Their Our My Your In On At For " +
    "But And Or If As By From To Of With After Before When While Since Last Next Mr Mrs Ms Dr " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June " +
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec " +
    "Reuter Reuters However Meanwhile Also There Here What Who Why How Some Many Most All"
  ).split(" "),
);

/** A capitalised word: "Berg", "O'Neill", "Smith-Jones", "OPEC" (not "U.S." or a number). */
const WORD = String.raw`[A-Z][A-Za-z'\-]*[A-Za-z]`;
/** A connector joins only after a single word ("Bank of England"), so "Ida Berg of OPEC" stays two names. */
const NAME = new RegExp(
  String.raw`\b${WORD}(?:\s+(?:of|de|van|von|der|la)\s+${WORD}(?:\s+${WORD})*|(?:\s+${WORD})*)`,
  "g",
);

/** Names in `sentence`; leading non-name words are skipped ("The Bank of England" -> "Bank of England"). */
export function findNames(sentence: string): NameSpan[] {
  const names: NameSpan[] = [];
  const pattern = new RegExp(NAME.source, "g");
  for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
    const first = /^\S+/.exec(match[0])![0];
    if (NOT_NAMES.has(first)) {
      // Match again from the next word, so a connector after it can still join ("Bank of England").
      pattern.lastIndex = match.index + first.length;
      continue;
    }
    const words = match[0].split(/\s+/);
    while (words.length > 1 && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
    const text = sentence.slice(match.index).match(new RegExp(words.map(escapeRegExp).join(String.raw`\s+`)))![0];
    const before = sentence.slice(0, match.index).trim();
    names.push({ text, start: match.index, end: match.index + text.length, atStart: /^["'\u201c\u2018(]?$/.test(before) });
    pattern.lastIndex = match.index + match[0].length;
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names that are most likely real names: not opening a sentence, or of two words or more. */
export function reliableNames(sentence: string): NameSpan[] {
  return findNames(sentence).filter((name) => !name.atStart || name.text.includes(" "));
}

/** Multi-word capitalised names of some texts, sorted: the pool the name and speaker changes swap names from. */
export function namePoolOf(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const sentence of parseDoc(text)) {
      for (const name of reliableNames(sentence.text)) if (name.text.includes(" ")) names.add(name.text);
    }
  }
  return [...names].sort();
}
