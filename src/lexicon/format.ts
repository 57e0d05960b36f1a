/**
 * Parsers for the WordNet database text formats (wndb(5WN)). Pure functions over one line, so they
 * can be tested on small invented lines without the real database.
 */

export type WordClass = "noun" | "verb" | "adj" | "adv";

/** One pointer from a synset (or one of its words) to another synset (or one of its words). */
export interface Pointer {
  /** WordNet pointer symbol: "!" antonym, "&" similar-to, "@" hypernym, ... */
  readonly symbol: string;
  readonly targetOffset: number;
  readonly targetClass: WordClass;
  /** 1-based word number in the source synset; 0 means the pointer is between whole synsets. */
  readonly sourceWord: number;
  /** 1-based word number in the target synset; 0 means the pointer is between whole synsets. */
  readonly targetWord: number;
}

export interface Synset {
  readonly offset: number;
  readonly wordClass: WordClass;
  /** An adjective satellite: its meaning hangs off a head synset through a "&" pointer. */
  readonly satellite: boolean;
  /** Lower-case lemmas in WordNet order (multiword lemmas keep their "_"). */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

const classOfPos: Record<string, WordClass> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/** Maps a one-letter WordNet part of speech (n, v, a, s, r) to a word class. */
function wordClassOfPos(pos: string): WordClass | undefined {
  return classOfPos[pos];
}

/**
 * Parses one data.* line: `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss`.
 * w_cnt is hexadecimal, p_cnt decimal; the gloss and verb frames are not needed and are skipped.
 * Returns undefined for a line that does not have that shape.
 */
export function parseDataLine(line: string): Synset | undefined {
  const bar = line.indexOf("|");
  const fields = (bar === -1 ? line : line.slice(0, bar)).trim().split(/\s+/);
  const offset = Number.parseInt(fields[0] ?? "", 10);
  const wordClass = wordClassOfPos(fields[2] ?? "");
  const wordCount = Number.parseInt(fields[3] ?? "", 16);
  if (!Number.isFinite(offset) || wordClass === undefined || !Number.isFinite(wordCount)) {
    return undefined;
  }
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i++, at += 2) {
    const word = fields[at];
    if (word === undefined) return undefined;
    words.push(stripAdjectiveMarker(word).toLowerCase());
  }
  const pointerCount = Number.parseInt(fields[at] ?? "", 10);
  if (!Number.isFinite(pointerCount)) return undefined;
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const pointer = parsePointer(fields[at], fields[at + 1], fields[at + 2], fields[at + 3]);
    if (pointer === undefined) return undefined;
    pointers.push(pointer);
  }
  return { offset, wordClass, satellite: fields[2] === "s", words, pointers };
}

function parsePointer(
  symbol: string | undefined,
  offsetField: string | undefined,
  pos: string | undefined,
  sourceTarget: string | undefined,
): Pointer | undefined {
  const targetOffset = Number.parseInt(offsetField ?? "", 10);
  const targetClass = wordClassOfPos(pos ?? "");
  if (symbol === undefined || !Number.isFinite(targetOffset) || targetClass === undefined) return undefined;
  if (sourceTarget === undefined || !/^[0-9a-f]{4}$/i.test(sourceTarget)) return undefined;
  return {
    symbol,
    targetOffset,
    targetClass,
    sourceWord: Number.parseInt(sourceTarget.slice(0, 2), 16),
    targetWord: Number.parseInt(sourceTarget.slice(2, 4), 16),
  };
}

/** Adjectives may carry a syntactic marker glued to the word: "galore(ip)", "elect(p)". */
function stripAdjectiveMarker(word: string): string {
  return word.replace(/\((?:a|p|ip)\)$/, "");
}

/**
 * Reads the synset offsets from one index.* line:
 * `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...`.
 * The offsets are the last synset_cnt fields, which avoids depending on the pointer list.
 */
export function parseIndexOffsets(line: string): number[] {
  const fields = line.trim().split(/\s+/);
  const synsetCount = Number.parseInt(fields[2] ?? "", 10);
  if (!Number.isFinite(synsetCount) || synsetCount <= 0 || synsetCount > fields.length - 4) return [];
  return fields.slice(fields.length - synsetCount).map((field) => Number.parseInt(field, 10));
}
