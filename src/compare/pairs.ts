/** One line of a batch of pairs: JSON `{id?, source, rewrite}`, as `compare --pairs` and the API read it. */

export interface PairRecord {
  /** 1-based line number in the batch. */
  line: number;
  /** The record's id, or its line number when it has none. */
  id: string;
  source: string;
  rewrite: string;
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
