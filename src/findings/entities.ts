import { entityKeysMatch } from "../analyze/index.js";
import type { EntityAtom } from "../analyze/types.js";
import { allAtoms, atomsOf, finding, quoteText, sourceNames, spanAmong, spanOf, type PairCheck } from "./context.js";

/**
 * A person, organisation or place the source never names. When the supporting sentences name
 * another one of the same type in that place, it is `entity-changed`; otherwise the name is an
 * unsupported detail.
 */
export const checkEntities: PairCheck = ({ source, rewrite, sentence, supports }) => {
  const rewriteKeys = allAtoms(rewrite, "entity").map((entity) => entity.key);

  const entities = sentence.atoms.filter((atom): atom is EntityAtom => atom.kind === "entity");
  const supporting = atomsOf(supports, "entity");
  return entities.flatMap((entity) => {
    if (supporting.some((other) => entityKeysMatch(entity.key, other.key))) return [];
    const known = sourceNames(source, entity);
    // A name from elsewhere in the source is a swap only when this slot held another name of the
    // same known type (intrinsic errors: the right people, in the wrong places).
    const replaced = supporting.find(
      (other) =>
        (known ? entity.type !== "other" && other.type === entity.type : sameType(entity, other)) &&
        !rewriteKeys.some((key) => entityKeysMatch(key, other.key)),
    );
    if (replaced) {
      return [
        finding("entity-changed", "high", spanOf(sentence, entity), spanAmong(supports, replaced),
          `The rewrite names ${quoteText(entity.text)} where the source names ${quoteText(replaced.text)}.`),
      ];
    }
    if (known) return [];
    return [
      finding("unsupported", entity.type === "other" ? "low" : "medium", spanOf(sentence, entity), null,
        `The source does not mention ${quoteText(entity.text)}.`),
    ];
  });
};

function sameType(a: EntityAtom, b: EntityAtom): boolean {
  return a.type === b.type || a.type === "other" || b.type === "other";
}
