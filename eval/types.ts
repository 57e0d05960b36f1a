import type { CompareReport } from "../src/report/types.js";

/** Anything that compares a source with a rewrite: the engine, a worker pool, a baseline, a fake. */
export type Scorer = (source: string, rewrite: string) => Promise<CompareReport>;

/** One figure of the evaluation; `target` is the figure wiretrace aims for, null for none. */
export interface ResultEntry {
  dataset: string;
  metric: string;
  value: number;
  target: number | null;
}

/** What every task gets from the runner. */
export interface TaskContext {
  scorer: Scorer;
  /** Run the small fixed subset (CI) instead of everything. */
  sample: boolean;
  /** Folder for the per-item records (`<name>.jsonl`); null to write none (tests). */
  outDir: string | null;
  /** How many comparisons to keep in flight (keeps a worker pool busy). */
  concurrency: number;
  /** Progress lines for stderr. */
  log: (message: string) => void;
  /** The engine's sentence encoder, for tasks that read sentence vectors; absent for the other scorers. */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
}

/** A named evaluation the runner can select with `--only`. */
export interface Task {
  name: string;
  /** False for a task that never calls `scorer` (it analyses text alone): a run of only such tasks loads no model. */
  usesScorer?: boolean;
  run(context: TaskContext): Promise<ResultEntry[]>;
}
