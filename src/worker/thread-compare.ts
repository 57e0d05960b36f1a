import type { CompareInput } from "../compare/index.js";
import { loadEncoder, type EncoderOptions } from "../encoder/index.js";
import type { CompareReport } from "../report/types.js";

export type ThreadCompare = (source: CompareInput, rewrite: CompareInput, referenceDate?: string | null) => Promise<CompareReport>;

/**
 * Compare for a worker thread, with the thread's own encoder. The model loads while the
 * pipeline's modules are imported instead of after them. Resolves once the load has settled, so a
 * worker that then says it is ready is no longer inside onnxruntime's native load; a failed load
 * is thrown by each compare.
 */
export async function prepareThreadCompare(encoderOptions: EncoderOptions = {}): Promise<ThreadCompare> {
  const encoder = loadEncoder(encoderOptions);
  const [{ compare }] = await Promise.all([import("../compare/index.js"), encoder.catch(() => undefined)]);
  return async (source, rewrite, referenceDate) => compare(source, rewrite, { referenceDate, encoder: await encoder });
}
