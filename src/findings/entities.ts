import { entityKeysMatch } from "../analyze/index.js";
import type { EntityAtom } from "../analyze/types.js";
import { allAtoms, atomsOf, finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/**
 * A person, organisation or place the source never names. When the supporting sentences name
 * another one of the same type in that place, it is `entity-changed`; otherwise the name is an
 * unsupported detail.
 */
export const checkEntities: PairCheck = ({ source, rewrite, sentence, supports }) => {
  const sourceText = source.text.toLowerCase();
  const known = allAtoms(source, "entity");
  const rewriteKeys = allAtoms(rewrite, "entity").map((entity) => entity.key);
  const isKnown = (entity: EntityAtom) =>
    known.some((other) => entityKeysMatch(entity.key, other.key)) || sourceText.includes(entity.text.toLowerCase());

  const entities = sentence.atoms.filter((atom): atom is EntityAtom => atom.kind === "entity");
  return entities.flatMap((entity) => {
    if (isKnown(entity)) return [];
    const replaced = atomsOf(supports, "entity").find(
      (other) =>
        sameType(entity, other) && !rewriteKeys.some((key) => entityKeysMatch(key, other.key)),
    );
    if (replaced) {
      return [
        finding("entity-changed", "high", spanOf(sentence, entity), spanAmong(supports, replaced),
          `The rewrite names ${quoteText(entity.text)} where the source names ${quoteText(replaced.text)}.`),
      ];
    }
    return [
      finding("unsupported", entity.type === "other" ? "low" : "medium", spanOf(sentence, entity), null,
        `The source does not mention ${quoteText(entity.text)}.`),
    ];
  });
};

function sameType(a: EntityAtom, b: EntityAtom): boolean {
  return a.type === b.type || a.type === "other" || b.type === "other";
}
