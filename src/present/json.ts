import type { CompareReport } from "../report/types.js";

/** The report as pretty-printed JSON (two-space indent, keys in the order the report was built), ending in a newline. */
export function renderJson(report: CompareReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
