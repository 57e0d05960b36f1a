/**
 * Machine-translation metrics read as paraphrase evidence (after Madnani, Tetreault & Chodorow
 * 2012, who found BLEU, NIST, TER, METEOR and character n-gram measures strong MSRP features).
 * Written from the metrics' published definitions; every function compares one `candidate`
 * with one `reference`, both already split into words (or stems), so the caller decides what a
 * word is. The metrics are asymmetric: read them both ways round.
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

/**
 * Translation edit rate: the fewest word insertions, deletions, substitutions and phrase shifts
 * turning the candidate into the reference, over the reference's length. Shifts are searched
 * greedily, as TER does: while moving some phrase (up to `maxShift` words, found in the reference)
 * next to the reference neighbour it has there lowers the total, the best such move is made.
 * 0 for identical lists; an empty reference gives the candidate's length (all deletions).
 */
export function translationEditRate(candidate: readonly string[], reference: readonly string[], maxShift = 10): number {
  let current = [...candidate];
  let distance = editDistance(current, reference);
  let shifts = 0;
  for (;;) {
    const best = bestShift(current, reference, distance, maxShift);
    if (best === undefined) break;
    current = best.words;
    distance = best.distance;
    shifts++;
  }
  return (distance + shifts) / Math.max(1, reference.length);
}

/** Word-level Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The single phrase move that lowers edit distance + 1 (the shift's own cost) below `distance`
 * the most, or undefined. Only phrases the reference contains are moved, and only to sit after
 * the word that precedes them in the reference (or first, when they start it): that is where a
 * move can repair word order, and it keeps the search small.
 */
function bestShift(
  words: readonly string[],
  reference: readonly string[],
  distance: number,
  maxShift: number,
): { words: string[]; distance: number } | undefined {
  let best: { words: string[]; distance: number } | undefined;
  const referenceGrams = new Map<string, number[]>();
  for (let length = 1; length <= maxShift; length++) {
    ngrams(reference, length).forEach((gram, start) => referenceGrams.set(gram, [...(referenceGrams.get(gram) ?? []), start]));
  }
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= maxShift && start + length <= words.length; length++) {
      const phrase = words.slice(start, start + length);
      const places = referenceGrams.get(phrase.join(" "));
      if (places === undefined) break;
      const rest = [...words.slice(0, start), ...words.slice(start + length)];
      for (const place of places) {
        const before = place === 0 ? undefined : reference[place - 1];
        for (let at = 0; at <= rest.length; at++) {
          if (at === start) continue;
          if (before === undefined ? at !== 0 : rest[at - 1] !== before) continue;
          const moved = [...rest.slice(0, at), ...phrase, ...rest.slice(at)];
          const movedDistance = editDistance(moved, reference);
          if (movedDistance + 1 < (best?.distance ?? distance)) best = { words: moved, distance: movedDistance };
        }
      }
    }
  }
  return best;
}

/** One word as METEOR's matching stages see it. */
export interface MeteorWord {
  /** The surface form, lower case (exact stage). */
  form: string;
  /** Its stem (stem stage). */
  stem: string;
  /** Its lemma (synonym stage). */
  lemma: string;
}

/** METEOR's parameters: recall-weighted mean (alpha) and fragmentation penalty gamma * frag^beta. */
export const meteorDefaults = { alpha: 0.9, beta: 3, gamma: 0.5 };

/**
 * METEOR: words are matched one to one in three stages (same form, then same stem, then
 * `synonyms` for what is left); from precision P and recall R of the matches,
 * Fmean = P R / (alpha P + (1 - alpha) R), lowered by gamma (chunks / matches)^beta where a chunk
 * is a run of matches adjacent and in the same order in both. 0 when nothing matches.
 */
export function meteor(
  candidate: readonly MeteorWord[],
  reference: readonly MeteorWord[],
  synonyms: (a: string, b: string) => boolean = () => false,
): number {
  const { alpha, beta, gamma } = meteorDefaults;
  const links = meteorAlignment(candidate, reference, synonyms);
  const matches = links.filter((link) => link !== undefined).length;
  if (matches === 0) return 0;
  const precision = matches / candidate.length;
  const recall = matches / reference.length;
  const fmean = (precision * recall) / (alpha * precision + (1 - alpha) * recall);
  return fmean * (1 - gamma * (chunkCount(links) / matches) ** beta);
}

/**
 * For each candidate word, the index of the reference word it is matched to, or undefined. Within
 * a stage words are taken left to right and each takes the first free equal reference word after
 * the previous match (else the first free one), which keeps the alignment in order where it can be.
 */
export function meteorAlignment(
  candidate: readonly MeteorWord[],
  reference: readonly MeteorWord[],
  synonyms: (a: string, b: string) => boolean,
): (number | undefined)[] {
  const links: (number | undefined)[] = candidate.map(() => undefined);
  const taken = reference.map(() => false);
  const stages: ((a: MeteorWord, b: MeteorWord) => boolean)[] = [
    (a, b) => a.form === b.form,
    (a, b) => a.stem === b.stem,
    (a, b) => synonyms(a.lemma, b.lemma),
  ];
  for (const same of stages) {
    let last = -1;
    candidate.forEach((word, i) => {
      if (links[i] !== undefined) {
        last = links[i]!;
        return;
      }
      const free = reference.flatMap((other, j) => (!taken[j] && same(word, other) ? [j] : []));
      const chosen = free.find((j) => j > last) ?? free[0];
      if (chosen === undefined) return;
      links[i] = chosen;
      taken[chosen] = true;
      last = chosen;
    });
  }
  return links;
}

/** Runs of matched candidate words whose reference words follow one another too. */
function chunkCount(links: readonly (number | undefined)[]): number {
  let chunks = 0;
  links.forEach((link, i) => {
    if (link === undefined) return;
    const previous = links[i - 1];
    if (previous === undefined || previous + 1 !== link) chunks++;
  });
  return chunks;
}

/**
 * chrF: character n-gram F-score (n = 1..maxN, spaces removed). Precision and recall are averaged
 * over n and combined with recall weighted beta times as much; 0 when nothing is shared.
 */
export function characterF(candidate: string, reference: string, maxN = 6, beta = 2): number {
  const [own, other] = [candidate.replace(/\s+/g, ""), reference.replace(/\s+/g, "")];
  let precisionSum = 0;
  let recallSum = 0;
  let orders = 0;
  for (let n = 1; n <= maxN; n++) {
    const [ownGrams, otherGrams] = [characterGrams(own, n), characterGrams(other, n)];
    if (ownGrams.length === 0 || otherGrams.length === 0) continue;
    const matched = clippedMatches(ownGrams, otherGrams);
    precisionSum += matched / ownGrams.length;
    recallSum += matched / otherGrams.length;
    orders++;
  }
  if (orders === 0) return 0;
  const [precision, recall] = [precisionSum / orders, recallSum / orders];
  if (precision + recall === 0) return 0;
  return ((1 + beta ** 2) * precision * recall) / (beta ** 2 * precision + recall);
}

function characterGrams(text: string, n: number): string[] {
  const characters = [...text];
  const grams: string[] = [];
  for (let i = 0; i + n <= characters.length; i++) grams.push(characters.slice(i, i + n).join(""));
  return grams;
}

/**
 * NIST's information weights, from how often n-grams occur in a corpus of word lists: an n-gram
 * weighs log2(count of its first n-1 words / count of it), a word log2(all words / its count).
 * Counts are add-one smoothed so an n-gram the corpus lacks still has a finite weight.
 */
export class NgramInformation {
  private readonly tally = new Map<string, number>();
  private words = 0;

  constructor(
    corpus: Iterable<readonly string[]>,
    readonly maxN = 5,
  ) {
    for (const sentence of corpus) {
      this.words += sentence.length;
      for (let n = 1; n <= maxN; n++) for (const gram of ngrams(sentence, n)) this.tally.set(gram, (this.tally.get(gram) ?? 0) + 1);
    }
  }

  /** The information weight of one n-gram given as its words. */
  weight(gram: readonly string[]): number {
    const prefix = gram.length === 1 ? this.words : (this.tally.get(gram.slice(0, -1).join(" ")) ?? 0);
    return Math.log2((prefix + 1) / ((this.tally.get(gram.join(" ")) ?? 0) + 1));
  }
}

/**
 * NIST: for n = 1..maxN, the information of the candidate's n-grams found in the reference
 * (clipped) over the candidate's n-gram count, summed over n, times NIST's brevity factor
 * exp(b log^2(min(1, candidate / reference length))) with b set so a candidate two thirds the
 * reference's length keeps half its score.
 */
export function nist(candidate: readonly string[], reference: readonly string[], information: NgramInformation): number {
  let score = 0;
  for (let n = 1; n <= information.maxN; n++) {
    const grams = ngrams(candidate, n);
    if (grams.length === 0) continue;
    const available = counts(ngrams(reference, n));
    let gained = 0;
    for (const [gram, count] of counts(grams)) {
      const matched = Math.min(count, available.get(gram) ?? 0);
      if (matched > 0) gained += matched * information.weight(gram.split(" "));
    }
    score += gained / grams.length;
  }
  const ratio = Math.min(1, candidate.length / Math.max(1, reference.length));
  const b = Math.log(0.5) / Math.log(2 / 3) ** 2;
  return score * Math.exp(b * Math.log(ratio) ** 2);
}
