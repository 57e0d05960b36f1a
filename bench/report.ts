/** One measured figure, as printed and as stored in bench/results.json. */
export interface Entry {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** e.g. "<= 3 s"; null when the figure is for information only. */
  target: string | null;
  met: boolean | null;
  note?: string;
}

/** An entry judged against an upper or lower bound. */
export function judged(entry: Omit<Entry, "target" | "met">, bound: { atMost?: number; atLeast?: number }): Entry {
  if (bound.atMost !== undefined) return { ...entry, target: `<= ${bound.atMost} ${entry.unit}`, met: entry.value <= bound.atMost };
  if (bound.atLeast !== undefined) return { ...entry, target: `>= ${bound.atLeast} ${entry.unit}`, met: entry.value >= bound.atLeast };
  return { ...entry, target: null, met: null };
}

/** An entry with no target. */
export function info(entry: Omit<Entry, "target" | "met">): Entry {
  return { ...entry, target: null, met: null };
}

/** A fixed-width table of one section's entries, for the terminal, with remarks under it. */
export function formatTable(title: string, entries: readonly Entry[], remarks: readonly string[] = []): string {
  const rows = entries.map((entry) => [
    entry.metric,
    `${entry.value} ${entry.unit}`,
    entry.target ?? "-",
    entry.met === null ? "-" : entry.met ? "met" : "NOT MET",
    entry.note ?? "",
  ]);
  const header = ["metric", "value", "target", "met?", "note"];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ").trimEnd();
  return [
    `\n== ${title} ==`,
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
    ...remarks.map((remark) => `  ${remark}`),
  ].join("\n");
}
