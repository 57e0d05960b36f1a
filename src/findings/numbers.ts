import { sameQuantity } from "../analyze/index.js";
import type { NumberAtom } from "../analyze/types.js";
import { allAtoms, atomsOf, finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/**
 * A number in the rewrite that no supporting source sentence states. It is `number-changed` when
 * the supporting sentences hold a number of the same kind that the rewrite dropped, and an
 * `unsupported` detail when they hold none.
 */
export const checkNumbers: PairCheck = ({ source, sentence, supports }) => {
  const everywhere = allAtoms(source, "number");
  const sourceText = source.text.toLowerCase();
  // The same words may sit inside a longer atom of the source ("after eight months" is a date there).
  const writtenInSource = (number: NumberAtom) => new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(number.text.toLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(sourceText);
  const supporting = atomsOf(supports, "number");
  const rewriteNumbers = sentence.atoms.filter((atom): atom is NumberAtom => atom.kind === "number" && isCount(atom));
  return rewriteNumbers.flatMap((number) => {
    if (supporting.some((other) => sameQuantity(number, other))) return [];
    const unmatched = supporting.filter(
      (other) => isCount(other) && !rewriteNumbers.some((mine) => sameQuantity(mine, other)) && unitsCompatible(number, other),
    );
    const counterpart = closestValue(number, unmatched);
    // A number stated elsewhere in the source is a swap only when this slot had another number.
    const elsewhere = everywhere.some((other) => sameQuantity(number, other)) || writtenInSource(number);
    if (counterpart && (!elsewhere || counterpart.unit === number.unit)) {
      return [
        finding("number-changed", "high", spanOf(sentence, number), spanAmong(supports, counterpart),
          `The rewrite says ${quoteText(number.text)} where the source says ${quoteText(counterpart.text)}.`),
      ];
    }
    if (elsewhere) return [];
    return [
      finding("unsupported", "medium", spanOf(sentence, number), null,
        `The number ${quoteText(number.text)} does not appear in the source.`),
    ];
  });
};

/** Years are dates, and a bare "one" is usually a pronoun ("one of the ..."), not a count. */
function isCount(atom: NumberAtom): boolean {
  return !atom.year && atom.text.toLowerCase() !== "one";
}

function unitsCompatible(a: NumberAtom, b: NumberAtom): boolean {
  return a.unit === "" || b.unit === "" || a.unit === b.unit;
}

/**
 * The source number this one most likely replaced: close in magnitude, and better with the same
 * unit. The unit is a nudge, not a rule: "3,200 people" replaced "2,300 residents" (no unit
 * read), not "two people" in the next clause.
 */
function closestValue(target: NumberAtom, candidates: NumberAtom[]): NumberAtom | undefined {
  const magnitude = (atom: NumberAtom) => Math.log10(Math.abs(atom.value) + 1);
  const cost = (other: NumberAtom) => Math.abs(magnitude(target) - magnitude(other)) + (other.unit === target.unit ? 0 : OTHER_UNIT_COST);
  return [...candidates].sort((a, b) => cost(a) - cost(b))[0];
}

/** In orders of magnitude: a number with another unit must be this much closer to be preferred. */
const OTHER_UNIT_COST = 0.5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
