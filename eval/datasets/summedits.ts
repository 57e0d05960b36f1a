import { dataFile } from "../paths.js";
import { readText } from "../decode.js";
import { parseJsonList, stringField } from "./json.js";

/** The seven SummEdits domains held in the shared data folder. */
export const SUMMEDITS_DOMAINS = [
  "podcast",
  "sales_call",
  "sales_email",
  "qmsumm",
  "ectsum",
  "samsum",
  "scitldr",
] as const;

export type SummEditsDomain = (typeof SUMMEDITS_DOMAINS)[number];

/** "evaluation" is for choosing thresholds, "test" for the reported figure. */
export type SummEditsSplit = "evaluation" | "test";

/** One SummEdits item; label 1 = the summary is consistent with the document. */
export interface SummEditsItem {
  id: string;
  doc: string;
  summary: string;
  label: 0 | 1;
  split: SummEditsSplit;
  editTypes: string[];
}

/** Parse one SummEdits domain file (a JSON list). */
export function parseSummEdits(text: string): SummEditsItem[] {
  return parseJsonList(text, "summedits").map((item, index) => {
    const where = `summedits item ${index}`;
    const { label, split, edit_types: editTypes } = item;
    if (label !== 0 && label !== 1) throw new Error(`${where}: label must be 0 or 1`);
    if (split !== "evaluation" && split !== "test") {
      throw new Error(`${where}: split must be "evaluation" or "test", found ${JSON.stringify(split)}`);
    }
    if (!Array.isArray(editTypes) || !editTypes.every((type) => typeof type === "string")) {
      throw new Error(`${where}: edit_types must be a list of strings`);
    }
    return {
      id: stringField(item, "id", where),
      doc: stringField(item, "doc", where),
      summary: stringField(item, "summary", where),
      label,
      split,
      editTypes,
    };
  });
}

/** Load one SummEdits domain from the shared data folder. */
export function loadSummEdits(domain: SummEditsDomain): SummEditsItem[] {
  return parseSummEdits(readText(dataFile("summedits", `summedits_${domain}.json`)));
}
