import type { Scorer } from "../types.js";

/**
 * The real engine: loads the sentence encoder once and returns compare() bound to it (with
 * `withModel: false`, compare() aligns by words alone). src/compare is imported lazily so the
 * no-model baseline runs even when the engine does not load.
 */
export async function createEngineScorer(options: { withModel: boolean } = { withModel: true }): Promise<Scorer> {
  const [{ compare }, { loadDefaultEncoder }] = await Promise.all([
    import("../../src/compare/index.js"),
    import("../../src/encoder/index.js"),
  ]);
  const encoder = options.withModel ? await loadDefaultEncoder() : null;
  // The data sets carry no publication dates, so relative dates are left unresolved.
  return (source, rewrite) => compare(source, rewrite, { encoder, referenceDate: null });
}

/**
 * The engine's sentence encoder in this thread, loaded on the first call (with one thread it is
 * the scorer's own, so a sentence the scorer embedded is not embedded again).
 */
export async function engineEmbed(texts: string[]): Promise<Float32Array[]> {
  const { loadDefaultEncoder } = await import("../../src/encoder/index.js");
  return (await loadDefaultEncoder()).embed(texts);
}
