import type { CompareInput } from "../compare/index.js";
import { loadEncoder, type EncoderOptions } from "../encoder/index.js";
import type { CompareReport } from "../report/types.js";

export type ThreadCompare = (source: CompareInput, rewrite: CompareInput, referenceDate?: string | null) => Promise<CompareReport>;

/**
 * Compare for a worker thread, with the thread's own encoder. The model's files are read and its
 * WASM compiled off this thread, so the load starts before the pipeline's modules are imported
 * (half a second of this thread's own work) instead of after. A failed load is thrown by each
 * compare.
 */
export async function prepareThreadCompare(encoderOptions: EncoderOptions = {}): Promise<ThreadCompare> {
  const encoder = loadEncoder(encoderOptions);
  encoder.catch(() => undefined);
  const { compare } = await import("../compare/index.js");
  return async (source, rewrite, referenceDate) => compare(source, rewrite, { referenceDate, encoder: await encoder });
}
