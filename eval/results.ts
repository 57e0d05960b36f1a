import type { ResultEntry, Task } from "./types.js";

/**
 * The tasks named by `--only` (comma-separated); a name also selects tasks it prefixes, so
 * "bump" selects bump-task1 and bump-task2. All tasks when `only` is undefined.
 */
export function selectTasks(tasks: readonly Task[], only: string | undefined): Task[] {
  if (only === undefined) return [...tasks];
  const wanted = only.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const matches = (task: Task, name: string): boolean => task.name === name || task.name.startsWith(`${name}-`);
  const unknown = wanted.filter((name) => !tasks.some((task) => matches(task, name)));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new Error(
      `--only: unknown task "${unknown.join(", ")}"; choose from ${tasks.map((task) => task.name).join(", ")}`,
    );
  }
  return tasks.filter((task) => wanted.some((name) => matches(task, name)));
}

/**
 * Results after a partial run: the new entries replace every earlier entry of the data sets they
 * cover, entries of data sets not run this time are kept (in their earlier order, first).
 */
export function mergeResults(previous: readonly ResultEntry[], fresh: readonly ResultEntry[]): ResultEntry[] {
  const rerun = new Set(fresh.map((entry) => entry.dataset));
  return [...previous.filter((entry) => !rerun.has(entry.dataset)), ...fresh];
}

/** "yes"/"no" against the target (higher is better), "-" when there is none or no value. */
export function targetMet(entry: ResultEntry): string {
  if (entry.target === null || !Number.isFinite(entry.value)) return "-";
  return entry.value >= entry.target ? "yes" : "no";
}

function formatNumber(value: number | null): string {
  if (value === null) return "-";
  if (!Number.isFinite(value)) return "n/a";
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** A plain-text table: dataset, metric, value, target, met?. */
export function formatTable(entries: readonly ResultEntry[]): string {
  const rows = [
    ["dataset", "metric", "value", "target", "met?"],
    ...entries.map((entry) => [
      entry.dataset,
      entry.metric,
      formatNumber(entry.value),
      formatNumber(entry.target),
      targetMet(entry),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const numeric = [false, false, true, true, false];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
