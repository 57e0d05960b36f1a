import type { Severity } from "../report/types.js";
import { SEVERITIES } from "./model.js";

/** A run of text, either plain or marked with a finding's severity. */
export interface Piece {
  text: string;
  severity: Severity | null;
  /**
   * Marked pieces of one region share an id and are drawn as one mark: a region may hold parts of
   * different severities (a changed number inside a changed clause), or be cut by a line break.
   */
  region?: number;
}

/** Text that must stay on one line: a word, with any marks glued to it. */
type Chunk = Piece[];

/**
 * Greedy word wrap of marked text into lines of at most `width` visible columns. A marked region
 * is kept whole on one line when it fits on a line at all; a longer one is split between words and
 * each line gets its own opening and closing marker. `markerWidth` is what the markers around one
 * region cost on screen (2 for «», 0 for colour); it is counted per marked piece, so a line holding
 * a region of several pieces may end short of the width, never past it. Runs of white space become
 * one space; a single word longer than the line is left to overflow rather than cut.
 */
export function wrapPieces(pieces: Piece[], width: number, markerWidth: number): Piece[][] {
  const measure = (chunk: Chunk) => chunk.reduce((sum, p) => sum + p.text.length + (p.severity ? markerWidth : 0), 0);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const place = (chunk: Chunk) => {
    const last = line[line.length - 1];
    const first = chunk[0]!;
    // Within one region the space stays inside the mark, and the markers are not repeated.
    const sameRegion = last !== undefined && last.region !== undefined && last.region === first.region;
    const cost = line.length === 0 ? measure(chunk) : 1 + measure(chunk) - (sameRegion ? markerWidth : 0);
    if (line.length > 0 && used + cost > width) {
      lines.push(line);
      line = [];
      used = 0;
      place(chunk);
      return;
    }
    if (line.length === 0) {
      line.push(...chunk.map((p) => ({ ...p })));
    } else if (sameRegion && last!.severity === first.severity) {
      last!.text += ` ${first.text}`;
      line.push(...chunk.slice(1).map((p) => ({ ...p })));
    } else if (sameRegion) {
      // The space between parts takes the milder severity, so the stronger part stands out tightly.
      line.push({ ...last!, text: " ", severity: milder(last!.severity, first.severity) }, ...chunk.map((p) => ({ ...p })));
    } else {
      line.push({ text: " ", severity: null }, ...chunk.map((p) => ({ ...p })));
    }
    used += cost;
  };
  for (const chunk of toChunks(pieces)) {
    if (measure(chunk) > width) splitAtMarkedSpaces(chunk).forEach(place);
    else place(chunk);
  }
  if (line.length > 0) lines.push(line);
  return lines.map(joinPlainRuns);
}

/** Adjacent plain pieces joined, so a painter styles each run once. */
function joinPlainRuns(line: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of line) {
    const last = joined[joined.length - 1];
    if (last && !last.severity && !piece.severity) last.text += piece.text;
    else joined.push(piece);
  }
  return joined;
}

function toChunks(pieces: Piece[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = [];
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  pieces.forEach((piece, region) => {
    if (piece.severity) {
      if (/^\s/.test(piece.text)) close();
      const core = piece.text.trim().replace(/\s+/g, " ");
      if (core) current.push({ text: core, severity: piece.severity, region: piece.region ?? region });
      if (/\s$/.test(piece.text)) close();
      return;
    }
    piece.text.split(/(\s+)/).forEach((part, i) => {
      if (i % 2 === 1) close();
      else if (part) current.push({ text: part, severity: null });
    });
  });
  close();
  return chunks;
}

/** Breaks an over-long chunk between the words of its marked pieces, keeping each piece's region. */
function splitAtMarkedSpaces(chunk: Chunk): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = [];
  for (const piece of chunk) {
    if (!piece.severity) {
      current.push(piece);
      continue;
    }
    piece.text.split(" ").forEach((word, i) => {
      if (i > 0) {
        chunks.push(current);
        current = [];
      }
      current.push({ ...piece, text: word });
    });
  }
  if (current.length > 0) chunks.push(current);
  return chunks.filter((c) => c.length > 0);
}

/** Plain text wrapped to `width` columns, one string per line. */
export function wrapPlain(text: string, width: number): string[] {
  return wrapPieces([{ text, severity: null }], width, 0).map((line) => line.map((p) => p.text).join(""));
}

function milder(a: Severity | null, b: Severity | null): Severity | null {
  if (!a || !b) return a ?? b;
  return SEVERITIES.indexOf(a) > SEVERITIES.indexOf(b) ? a : b;
}
