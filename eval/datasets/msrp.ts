import { dataFile } from "../paths.js";
import { readText } from "../decode.js";

/** One MSRP pair; label 1 = the two sentences say the same thing. */
export interface MsrpPair {
  id: string;
  label: 0 | 1;
  sentence1: string;
  sentence2: string;
}

export type MsrpSplit = "train" | "test";

const HEADER = ["Quality", "#1 ID", "#2 ID", "#1 String", "#2 String"];

/**
 * Parse the MSRP tab-separated file. Fields are split on tabs only: the sentences contain
 * double quotes that a CSV parser would treat as field delimiters.
 */
export function parseMsrp(text: string): MsrpPair[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  if (header.join("\t") !== HEADER.join("\t")) {
    throw new Error(`msrp: unexpected header "${lines[0] ?? ""}"`);
  }
  const pairs: MsrpPair[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === "") return;
    const fields = line.split("\t");
    const [quality, id1, id2, sentence1, sentence2] = fields;
    if (fields.length !== 5 || sentence1 === undefined || sentence2 === undefined) {
      throw new Error(`msrp line ${index + 2}: expected 5 tab-separated fields, found ${fields.length}`);
    }
    if (quality !== "0" && quality !== "1") {
      throw new Error(`msrp line ${index + 2}: quality must be 0 or 1, found "${quality}"`);
    }
    pairs.push({ id: `${id1}-${id2}`, label: quality === "1" ? 1 : 0, sentence1, sentence2 });
  });
  return pairs;
}

/** Load one MSRP split from the shared data folder. */
export function loadMsrp(split: MsrpSplit): MsrpPair[] {
  return parseMsrp(readText(dataFile("msrp", `msr_paraphrase_${split}.txt`)));
}
