/**
 * Sentence-encoder vectors of a sentence pair as classifier features, as SentEval-style
 * paraphrase classifiers read them: the report carries only the two sentences' cosine, which
 * folds every dimension into one number; the per-dimension distance and product keep which
 * aspects of meaning the two sentences share.
 */

/** Embeds texts with a sentence encoder, one vector per text in input order. */
export type Embed = (texts: string[]) => Promise<Float32Array[]>;

/** |u - v| then u * v, component by component: symmetric, so the pair's order does not matter. */
export function vectorPairFeatures(u: Float32Array, v: Float32Array): number[] {
  if (u.length !== v.length) throw new Error(`sentence vectors differ in length: ${u.length} and ${v.length}`);
  const distance = Array.from(u, (x, k) => Math.abs(x - v[k]!));
  const product = Array.from(u, (x, k) => x * v[k]!);
  return [...distance, ...product];
}

/** Each distinct text embedded once; the map answers by exact text. */
export async function embedDistinct(texts: readonly string[], embed: Embed): Promise<Map<string, Float32Array>> {
  const distinct = [...new Set(texts)];
  const vectors = await embed(distinct);
  return new Map(distinct.map((text, i) => [text, vectors[i]!]));
}
