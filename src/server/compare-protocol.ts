import type { CompareInput } from "../compare/index.js";
import type { SerializedError } from "../errors/index.js";
import type { CompareReport } from "../report/types.js";

/** One compare, as the server's event loop sends it to its compare worker. */
export interface CompareRequest {
  id: number;
  source: CompareInput;
  rewrite: CompareInput;
}

/** The worker's answer: the report, or the error compare threw, to be thrown again on the event loop. */
export type CompareReply = { id: number; report: CompareReport } | { id: number; error: SerializedError };
