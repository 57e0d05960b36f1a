import { dataFile } from "../paths.js";
import { readText } from "../decode.js";
import { idField, parseJsonList, stringField } from "./json.js";

/** One BUMP item: a faithful reference summary and a copy of it with one deliberate error. */
export interface BumpPair {
  id: string;
  article: string;
  reference: string;
  edited: string;
  /** `corrected_error_type` when present (task 1), else `error_type` (task 2 has only that). */
  errorType: string;
}

export type BumpTask = 1 | 2;

/** Parse a BUMP task file (a JSON list). */
export function parseBump(text: string): BumpPair[] {
  return parseJsonList(text, "bump").map((item, index) => {
    const where = `bump item ${index}`;
    const corrected = item.corrected_error_type;
    return {
      id: idField(item, "id", where),
      article: stringField(item, "article", where),
      reference: stringField(item, "reference_summary", where),
      edited: stringField(item, "edited_summary", where),
      errorType: typeof corrected === "string" ? corrected : stringField(item, "error_type", where),
    };
  });
}

/** Load one BUMP task from the shared data folder. */
export function loadBump(task: BumpTask): BumpPair[] {
  return parseBump(readText(dataFile("bump", `task${task}_dataset.json`)));
}
