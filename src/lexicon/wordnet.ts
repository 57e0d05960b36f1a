/**
 * Read-only access to a WordNet database folder (index.* and data.* files).
 *
 * Nothing is parsed up front: an index file is read into a Buffer on the first query for its word
 * class and searched by bisection (the files are sorted by lemma), and a synset is read from its
 * data file at its byte offset (a synset's offset is its position in the file) only when asked.
 * This keeps the first query to a few milliseconds even for the 15 MB noun data.
 */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { classMemo } from "./class-memo.js";
import { parseDataLine, parseIndexOffsets, type Synset, type WordClass } from "./format.js";

const SPACE = 0x20;
const NEWLINE = 0x0a;
const BAR = 0x7c;
/** Most data lines fit; longer ones (nouns with hundreds of hyponyms) grow the read. */
const FIRST_READ_BYTES = 4096;
/** Remembered lookups per cache: more than a long article needs, bounded for a server that runs for weeks. */
const CACHE_LIMIT = 50_000;

/** Turns a caller's word into a WordNet lemma key: lower case, spaces joined with "_". */
export function toLemmaKey(word: string): string {
  return word.trim().toLowerCase().split(/\s+/).join("_");
}

export class WordNetDatabase {
  private readonly indexes = new Map<WordClass, Buffer>();
  /** Keyed by the word as the caller wrote it, so a repeated query skips normalising. */
  private readonly offsetsOf = classMemo((lemma, wordClass) => this.readOffsets(lemma, wordClass), CACHE_LIMIT);
  private readonly synsetAt = classMemo((offset, wordClass) => this.readSynset(Number(offset), wordClass), CACHE_LIMIT);

  constructor(private readonly dictDir: string) {}

  /** Offsets of the synsets that contain `lemma` in `wordClass`; empty for an unknown word. */
  synsetOffsets(lemma: string, wordClass: WordClass): readonly number[] {
    return this.offsetsOf(lemma, wordClass);
  }

  /** The synset at `offset` in the data file of `wordClass`, or undefined if none starts there. */
  synset(offset: number, wordClass: WordClass): Synset | undefined {
    return this.synsetAt(String(offset), wordClass);
  }

  private readOffsets(lemma: string, wordClass: WordClass): readonly number[] {
    const key = toLemmaKey(lemma);
    const line = key === "" ? undefined : findIndexLine(this.index(wordClass), Buffer.from(key, "utf8"));
    return line === undefined ? [] : parseIndexOffsets(line);
  }

  private readSynset(offset: number, wordClass: WordClass): Synset | undefined {
    const line = this.readDataLine(offset, wordClass);
    const parsed = line === undefined ? undefined : parseDataLine(line);
    return parsed?.offset === offset ? parsed : undefined;
  }

  /** The word classes are named like the files: index.noun, data.adj, ... */
  private index(wordClass: WordClass): Buffer {
    let buffer = this.indexes.get(wordClass);
    if (buffer === undefined) {
      buffer = readFileSync(join(this.dictDir, `index.${wordClass}`));
      this.indexes.set(wordClass, buffer);
    }
    return buffer;
  }

  /** Reads from `offset` up to the gloss bar (everything a synset needs), or to the end of line. */
  private readDataLine(offset: number, wordClass: WordClass): string | undefined {
    const fd = openSync(join(this.dictDir, `data.${wordClass}`), "r");
    try {
      let size = FIRST_READ_BYTES;
      for (;;) {
        const chunk = Buffer.alloc(size);
        const read = readSync(fd, chunk, 0, size, offset);
        const filled = chunk.subarray(0, read);
        const end = lineEnd(filled);
        if (end !== -1) return filled.toString("utf8", 0, end);
        if (read < size) return read === 0 ? undefined : filled.toString("utf8");
        size *= 4;
      }
    } finally {
      closeSync(fd);
    }
  }
}

function lineEnd(chunk: Buffer): number {
  const bar = chunk.indexOf(BAR);
  const newline = chunk.indexOf(NEWLINE);
  if (bar === -1) return newline;
  return newline === -1 ? bar : Math.min(bar, newline);
}

/**
 * Bisects a sorted index file for the line whose first field equals `key`. Each step snaps the
 * midpoint back to the start of its line; the licence lines start with a space, so their (empty)
 * first field sorts before every lemma, as their place at the top of the file requires.
 */
export function findIndexLine(index: Buffer, key: Buffer): string | undefined {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : index.lastIndexOf(NEWLINE, middle - 1) + 1;
    let end = index.indexOf(NEWLINE, start);
    if (end === -1) end = index.length;
    let fieldEnd = index.indexOf(SPACE, start);
    if (fieldEnd === -1 || fieldEnd > end) fieldEnd = end;
    const order = key.compare(index, start, fieldEnd);
    if (order === 0) return index.toString("utf8", start, end);
    if (order < 0) high = start;
    else low = end + 1;
  }
  return undefined;
}
