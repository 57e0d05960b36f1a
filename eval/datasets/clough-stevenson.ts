import path from "node:path";
import { dataFile } from "../paths.js";
import { readText } from "../decode.js";

/** How an answer was written: near copy, light or heavy revision, or independently. */
export type CloughCategory = "cut" | "light" | "heavy" | "non";

/** The four categories in ordinal order, least derived first (level 0 = non ... 3 = cut). */
export const CLOUGH_LEVELS: readonly CloughCategory[] = ["non", "heavy", "light", "cut"];

/** One row of file_information.csv; "orig" rows are the source texts themselves. */
export interface CloughFileRow {
  file: string;
  task: string;
  category: CloughCategory | "orig";
}

/** One answer with the source text it was written from (or, for "non", about). */
export interface CloughAnswer {
  id: string;
  task: string;
  category: CloughCategory;
  source: string;
  answer: string;
}

const CATEGORIES = new Set(["cut", "light", "heavy", "non", "orig"]);

/** Parse file_information.csv (`File,Task,Category`; no field holds a comma or a quote). */
export function parseFileInformation(csv: string): CloughFileRow[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  if ((lines[0] ?? "").trim() !== "File,Task,Category") {
    throw new Error(`clough-stevenson: unexpected header "${lines[0] ?? ""}"`);
  }
  return lines.slice(1).map((line, index) => {
    const [file, task, category] = line.split(",").map((field) => field.trim());
    if (!file || !task || !category || !CATEGORIES.has(category)) {
      throw new Error(`clough-stevenson file_information.csv line ${index + 2}: cannot read "${line}"`);
    }
    return { file, task, category: category as CloughFileRow["category"] };
  });
}

/** Load the 95 answers, each paired with `orig_task<task>.txt`; files may be Windows-1252. */
export function loadCloughStevenson(): CloughAnswer[] {
  const rows = parseFileInformation(readText(dataFile("clough-stevenson", "file_information.csv")));
  const sources = new Map<string, string>();
  const sourceOf = (task: string): string => {
    let text = sources.get(task);
    if (text === undefined) {
      text = readText(dataFile("clough-stevenson", `orig_task${task}.txt`));
      sources.set(task, text);
    }
    return text;
  };
  const answers: CloughAnswer[] = [];
  for (const row of rows) {
    if (row.category === "orig") continue;
    answers.push({
      id: path.basename(row.file, ".txt"),
      task: row.task,
      category: row.category,
      source: sourceOf(row.task),
      answer: readText(dataFile("clough-stevenson", row.file)),
    });
  }
  return answers;
}
