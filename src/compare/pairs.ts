/** One line of a batch of pairs: JSON `{id?, source, rewrite}`, as `compare --pairs` and the API read it. */
import { decodeBytes } from "../ingest/decode.js";
import { DEFAULT_MAX_BYTES, formatBytes } from "../ingest/limits.js";
import { splitLines } from "../ingest/lines.js";

/** A line holds two articles of up to the usual limit each, and the JSON around them. */
export const MAX_PAIR_LINE_BYTES = 2 * DEFAULT_MAX_BYTES + 64 * 1024;

export interface PairRecord {
  /** 1-based line number in the batch. */
  line: number;
  /** The record's id, or its line number when it has none. */
  id: string;
  source: string;
  rewrite: string;
}

/** A line that holds no usable pair, and why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

/**
 * The pairs of a JSON Lines byte stream, read one line at a time: blank lines are passed over, a
 * bad line is a SkippedLine, and a line over `maxLineBytes` is skipped without being held.
 */
export async function* readPairLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes = MAX_PAIR_LINE_BYTES): AsyncGenerator<PairRecord | SkippedLine> {
  for await (const line of splitLines(chunks, maxLineBytes)) {
    if ("overLimit" in line) {
      yield { line: line.number, reason: `line is over the ${formatBytes(maxLineBytes)} limit for one pair` };
      continue;
    }
    // The UTF-8 decoder drops the byte-order mark an editor may put before line 1.
    const text = decodeBytes(line.bytes);
    if (text.trim() === "") continue;
    const parsed = parsePairLine(text, line.number);
    yield "reason" in parsed ? { line: line.number, reason: parsed.reason } : parsed;
  }
}

/** Reads one JSON Lines record `{id, source, rewrite}`; a reason when it is unusable. */
export function parsePairLine(line: string, lineNumber: number): PairRecord | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { reason: "not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { reason: "expected a JSON object" };
  const record = value as Record<string, unknown>;
  for (const field of ["source", "rewrite"] as const) {
    if (typeof record[field] !== "string") return { reason: `"${field}" must be a string` };
  }
  const id = record.id === undefined ? String(lineNumber) : record.id;
  if (typeof id !== "string" && typeof id !== "number") return { reason: `"id" must be a string or a number` };
  return { line: lineNumber, id: String(id), source: record.source as string, rewrite: record.rewrite as string };
}
