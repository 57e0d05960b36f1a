import type { PairRecord } from "../compare/pairs.js";
import type { CompareReport } from "../report/types.js";

/** One pair to compare, as the main thread sends it to a worker. */
export interface PairTask extends PairRecord {
  referenceDate: string | null;
}

export type WorkerReply = { line: number; id: string; report: CompareReport } | { line: number; id: string; error: string };
