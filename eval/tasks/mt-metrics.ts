/**
 * Machine-translation metrics read as paraphrase evidence (after Madnani, Tetreault & Chodorow
 * 2012). Of the metrics tried as MSRP features (BLEU n-gram precisions, NIST, TER, METEOR, chrF;
 * see eval/README.md), only BLEU's n-gram precision earned its place, so only it is kept. It
 * compares a `candidate` with a `reference` already split into words (or stems), and is
 * asymmetric: read it both ways round.
 */

/** The n-grams of a word list, each joined with a space, in order (repeats kept). */
export function ngrams(words: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(" "));
  return grams;
}

function counts(items: readonly string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item, (tally.get(item) ?? 0) + 1);
  return tally;
}

/** Candidate n-grams found in the reference, each counted at most as often as the reference has it. */
function clippedMatches(candidate: readonly string[], reference: readonly string[]): number {
  const available = counts(reference);
  let matched = 0;
  for (const [gram, count] of counts(candidate)) matched += Math.min(count, available.get(gram) ?? 0);
  return matched;
}

/**
 * BLEU's modified n-gram precision p_n: the candidate's n-grams found in the reference (clipped
 * to the reference's count) over the candidate's n-grams; 0 when the candidate has none.
 */
export function ngramPrecision(candidate: readonly string[], reference: readonly string[], n: number): number {
  const grams = ngrams(candidate, n);
  return grams.length === 0 ? 0 : clippedMatches(grams, ngrams(reference, n)) / grams.length;
}
