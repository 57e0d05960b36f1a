import type { Sentence } from "../analyze/types.js";
import type { Finding } from "../report/types.js";
import { finding, spanOf } from "./context.js";

/** Importance at which a dropped source sentence is a medium omission rather than a low one. */
const MEDIUM_IMPORTANCE = 3;

/**
 * Source sentences no rewrite sentence draws on, most important first: quotes, numbers and named
 * people are what readers miss most.
 */
export function omissions(sourceSentences: readonly Sentence[], used: ReadonlySet<number>): Finding[] {
  return sourceSentences
    .filter((sentence) => !used.has(sentence.index) && /[\p{L}]/u.test(sentence.text))
    .map((sentence) => ({ sentence, weight: importance(sentence) }))
    .sort((a, b) => b.weight - a.weight || a.sentence.index - b.sentence.index)
    .map(({ sentence, weight }) =>
      finding("omitted", weight >= MEDIUM_IMPORTANCE ? "medium" : "low", null, spanOf(sentence, sentence), omissionMessage(sentence)),
    );
}

function importance(sentence: Sentence): number {
  let weight = 0;
  const kinds = new Set(sentence.atoms.map((atom) => atom.kind));
  if (kinds.has("quote")) weight += 3;
  if (kinds.has("number")) weight += 2;
  if (kinds.has("date")) weight += 1;
  if (kinds.has("attribution")) weight += 1;
  weight += Math.min(2, sentence.atoms.filter((atom) => atom.kind === "entity" && atom.type === "person").length);
  return weight;
}

function omissionMessage(sentence: Sentence): string {
  const kinds = new Set(sentence.atoms.map((atom) => atom.kind));
  const what = [kinds.has("quote") && "a quote", kinds.has("number") && "figures", kinds.has("entity") && "names"].filter(Boolean);
  return what.length > 0 ? `The rewrite leaves out this sentence, with ${what.join(", ")}.` : "The rewrite leaves out this sentence.";
}
