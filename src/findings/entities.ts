import { entityKeysMatch, mayBePerson, namesEvent } from "../analyze/index.js";
import type { Analysis, EntityAtom, Sentence, Span } from "../analyze/types.js";
import { isCommonNoun, namesPeople, namesPlace, placeWithin } from "../lexicon/index.js";
import { objectMemo } from "../memo/index.js";
import { atomSlot, displacedAtom, placesStated, slotOverlap, type Place } from "./atom-slot.js";
import { atomInPlace } from "./surroundings.js";
import { allAtoms, atomsOf, entityKeyIndex, finding, namesKey, perTextMemo, quoteText, sentencesHolding, sourceNames, spanAmong, spanOf, type PairCheck } from "./context.js";

/** Slot words a name must share with the supporting name it displaced. */
const SHARED_NAME_SLOT = 1;
/**
 * Slot words it must share with a name of an unaligned source sentence: more, since any of the
 * source's sentences may hold one word by chance (a lead's "join Home Secretary David Blunkett"
 * against "whether the home secretary helped", said of the inquiry's Sir Alan Budd).
 */
const SHARED_ELSEWHERE_SLOT = 2;

/**
 * A person, organisation or place the source never names. When the supporting sentences name
 * another one of the same type in that place, it is `entity-changed`; otherwise the name is an
 * unsupported detail.
 */
export const checkEntities: PairCheck = ({ source, rewrite, sentence, supports }) => {
  const entities = sentence.atoms.filter((atom): atom is EntityAtom => atom.kind === "entity");
  const supporting = atomsOf(supports, "entity");
  return entities.flatMap((entity) => {
    if (supporting.some((other) => sameName(entity, other))) {
      const swapped = swappedWithinSupports(source, sentence, entity, supports) ?? swappedForRepeat(sentence, entity, entities, supporting, supports);
      return swapped ? [swapFinding(sentence, entity, supports, swapped)] : [];
    }
    // The supporting sentences write the very name, only not read as an entity of that name
    // ("G Thomas" read as "Thomas", "United Nations Food" as "United Nations"): nothing is changed.
    if (writtenIn(supports, entity.text)) return [];
    // A place that contains one the supporting sentences name, which the sentence no longer
    // names, says less, not something else ("in Ohio" for "in Cleveland"): a generalisation.
    if (supporting.some((other) => placeWithin(other.key, entity.key) && !namesInSentence(sentence, other.key))) return [];
    const inPlace = swappedInPlace(sentence, entity, supports);
    if (inPlace) return [swapFinding(sentence, entity, supports, inPlace)];
    // A name from elsewhere in the source is a swap only when it stands in the words that surround
    // another name (intrinsic errors: the right people, in the wrong places), even when that name is
    // still in the rewrite ("Ruiz's paintings ... Holt" where the source says "Holt's paintings").
    // A summary sentence names people its supporting sentence does not; of itself that is no swap.
    if (sourceNames(source, entity)) {
      const displaced = displacedName(source, rewrite, sentence, entity, supports);
      return displaced ? [swapFinding(sentence, entity, supports, displaced)] : [];
    }
    const replaced = replacedName(rewrite, sentence, entity, supports);
    if (replaced) return [swapFinding(sentence, entity, supports, replaced)];
    return [
      finding("unsupported", entity.type === "other" ? "low" : "medium", spanOf(sentence, entity), null,
        `The source does not mention ${quoteText(entity.text)}.`),
    ];
  });
};

function swapFinding(sentence: Sentence, entity: EntityAtom, supports: readonly Sentence[], displaced: EntityAtom) {
  return finding("entity-changed", "high", spanOf(sentence, entity), spanAmong(supports, displaced),
    `The rewrite names ${quoteText(entity.text)} where the source names ${quoteText(displaced.text)}.`);
}

/**
 * A supporting name this one stands exactly in the place of: the same two words before it and
 * after it ("By 1200 GMT on Monday, Coldplay shares were down" where the source says "..., EMI
 * shares were down"), and the rewrite sentence no longer names it. Whatever the types, and
 * whether the source names the new one elsewhere or not: the sentence was copied around the
 * name. A place's other names ("Burma" / "Myanmar") share its key, so they are the same name.
 */
function swappedInPlace(sentence: Sentence, entity: EntityAtom, supports: readonly Sentence[]): EntityAtom | undefined {
  if (isSpeaker(sentence, entity)) return undefined;
  return atomInPlace(
    sentence, entity, supports,
    (atom): atom is EntityAtom =>
      atom.kind === "entity" && !sameName(entity, atom) && !namesInSentence(sentence, atom.key) && !writtenIn([sentence], atom.text),
  );
}

/**
 * A name the supporting sentences give, written once more than they give it, in the place of
 * another name they give ("writers such as Larkin, Orwell and Larkin" where the source says "such
 * as Plath, Orwell and Larkin"): the extra mention replaced that name.
 */
function swappedForRepeat(
  sentence: Sentence, entity: EntityAtom, entities: readonly EntityAtom[], supporting: readonly EntityAtom[], supports: readonly Sentence[],
): EntityAtom | undefined {
  const mentions = (atoms: readonly EntityAtom[]) => atoms.filter((other) => sameName(entity, other)).length;
  return mentions(entities) > mentions(supporting) ? swappedInPlace(sentence, entity, supports) : undefined;
}

/**
 * The supporting name of its type, dropped from the rewrite, that a name the source never uses
 * replaced: it shares a slot word with the new name, anywhere in the slot, since a short sentence
 * has few words beside a name ("fans in Rome"). A new name in words of its own is an added
 * detail, not a swap: a lead names the company its later sentences call otherwise ("a stake in
 * Piezo Electric Products Inc" beside "a filing with the Securities and Exchange Commission").
 */
function replacedName(rewrite: Analysis, sentence: Sentence, entity: EntityAtom, supports: readonly Sentence[]): EntityAtom | undefined {
  const candidates = namePlaces(supports, (atom) => sameType(entity, atom) && !namesKey(rewrite, atom.key));
  return candidates.length === 0 ? undefined : displacedAtom(sentence, entity, candidates, [], SHARED_NAME_SLOT, false);
}

/** The names of `sentences` that `keep` takes, each with the sentence holding it. */
function namePlaces(sentences: readonly Sentence[], keep: (atom: EntityAtom, holder: Sentence) => boolean): Place<EntityAtom>[] {
  return sentences.flatMap((holder) =>
    holder.atoms.flatMap((atom) => (atom.kind === "entity" && keep(atom, holder) ? [{ atom, sentence: holder }] : [])),
  );
}

/** Slot words a supporting name must share with a name it gave its place to: more than for a name from outside. */
const SHARED_SWAP_SLOT = 2;

/**
 * A person the supporting sentences name, standing where they have another person this rewrite
 * sentence does not name ("Dray headed the second goal" where the source says "Ekberg headed the
 * second goal and Dray sealed the win"): the right people, in each other's places. The other may
 * appear elsewhere in the rewrite (Ekberg scored the first goal too). The slot must fit the
 * dropped name's better than any place the source gives this one. Only people: products, shows
 * and companies of a summary share slots far more often by chance (on the SummEdits evaluation
 * split they were all false alarms).
 */
function swappedWithinSupports(source: Analysis, sentence: Sentence, entity: EntityAtom, supports: readonly Sentence[]): EntityAtom | undefined {
  if (!mayBePerson(entity) || isSpeaker(sentence, entity)) return undefined;
  const candidates = namePlaces(supports, (atom) => mayBePerson(atom) && !sameName(entity, atom) && !namesInSentence(sentence, atom.key));
  if (candidates.length === 0) return undefined;
  const ownPlaces = placesStated(source, keyMatchingAtoms(source, entity.key), entity.text);
  return displacedAtom(sentence, entity, candidates, ownPlaces, SHARED_SWAP_SLOT);
}

/**
 * Two mentions of one name: matching keys, or the very same words. Keys are read per text, so a
 * short form can take a longer name's key in one text and not in the other ("Nick" for "Nick
 * Vaughan" only where the full name follows; "Sony" for "Sony Walkman" only where no other Sony
 * product is named).
 */
function sameName(entity: EntityAtom, other: EntityAtom): boolean {
  return entityKeysMatch(entity.key, other.key) || entity.text.toLowerCase() === other.text.toLowerCase() || writtenOutLonger(entity, other);
}

/**
 * One name written out longer: the shorter name's words, then an "of" phrase or common nouns
 * only ("House of Representatives" for "House", "Seychelles Archipelago" for "Seychelles", "Sony
 * Music" for "Sony"), or a person's surname after the given name the source calls them by
 * ("Simon Taylor" for "Simon"). Words of a name of their own make another name ("Dow Jones",
 * "North Korea").
 */
function writtenOutLonger(longer: EntityAtom, shorter: EntityAtom): boolean {
  const words = (name: string) => name.toLowerCase().replace(/\./g, "").split(/\s+/u);
  const [long, short] = [words(longer.text), words(shorter.text)];
  if (long.length <= short.length || short.some((word, i) => long[i] !== word)) return false;
  const added = long.slice(short.length);
  if (added[0] === "of" || added.every(isCommonNoun)) return true;
  return short.length === 1 && longer.type === "person" && shorter.type === "person";
}

/** Some sentence writes `name` as whole words, in any case and spacing. */
function writtenIn(sentences: readonly Sentence[], name: string): boolean {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "u");
  return sentences.some((sentence) => pattern.test(sentence.text.toLowerCase()));
}

function namesInSentence(sentence: Sentence, key: string): boolean {
  return sentence.atoms.some((atom) => atom.kind === "entity" && entityKeysMatch(atom.key, key));
}

/**
 * Two names of one kind (`nameKind`) and of one type, or a person and an untyped name shaped like
 * a person's. An untyped name is not taken for any type: a lead's "Grammy Awards" did not replace
 * its article's "Alicia Keys", nor "Yukon" the "U.S." of "U.S. dlrs". "Chernobyl" did not replace
 * "Ukrainian", "Six Nations" "Aurelien Rougerie", nor "Reagan" (of "the Reagan administration")
 * "Iranian", whatever types the library gave them.
 */
function sameType(a: EntityAtom, b: EntityAtom): boolean {
  if (nameKind(a) !== nameKind(b)) return false;
  if (a.type === b.type) return true;
  return (a.type === "person" && mayBePerson(b)) || (b.type === "person" && mayBePerson(a));
}

/** Plural acronyms of members: "MPs", "MEPs". */
const MEMBERS_ACRONYM = /^\p{Lu}{2,}s$/u;

/**
 * What a name names, as far as its words and WordNet tell: a prize or contest ("Scottish Cup"), a
 * people or its members ("German", "MPs"), a country or city ("U.S.", "Brussels"), or anything
 * else. A country is no organisation's stand-in, whatever type the tagger gave it: "U.S." did
 * not replace a wire story's "Energy Department", nor "Ireland" its stadium. Not a person by its
 * shape: a team's short name keyed to its full one ("Rams" for "Los Angeles Rams") is shaped like one.
 */
const nameKind = objectMemo((entity: EntityAtom): "event" | "people" | "place" | "thing" => {
  if (namesEvent(entity.text)) return "event";
  if (namesPeople(entity.text) || MEMBERS_ACRONYM.test(entity.text)) return "people";
  return namesPlace(entity.text) ? "place" : "thing";
});

/**
 * The name whose slot a name from elsewhere in the source fills: the same kind of name, with more
 * slot words in common than any place where the source itself writes the rewrite's name. Looked
 * for in the supporting sentences first, then in the rest of the source: a summary sentence drawn
 * from many source sentences is often aligned to the wrong two ("suggests the Basic plan" where the
 * source's "our Standard plan would be around $40" is not among its supports).
 */
function displacedName(source: Analysis, rewrite: Analysis, sentence: Sentence, entity: EntityAtom, supports: readonly Sentence[]): EntityAtom | undefined {
  // Who said something is checkAttribution's to judge (misattribution); one swap, one finding.
  if (isSpeaker(sentence, entity)) return undefined;
  const candidatesIn = (sentences: readonly Sentence[]) =>
    namePlaces(
      sentences,
      (atom, holder) => sameKindOfName(rewrite, source, sentence, entity, holder, atom) && !entityKeysMatch(entity.key, atom.key) && !keepsItsPlace(sentence, entity, atom, holder),
    );
  const ownPlaces = placesStated(source, keyMatchingAtoms(source, entity.key), entity.text);
  const displacedAmong = (sentences: readonly Sentence[], minimum: number) => {
    const candidates = candidatesIn(sentences);
    return candidates.length === 0 ? undefined : displacedAtom(sentence, entity, candidates, ownPlaces, minimum);
  };
  // A displaced name shares a word right beside it (displacedAtom), so only source sentences
  // holding one of those words are read.
  const besideWords = atomSlot(sentence, entity, 1);
  const elsewhere = sentencesHolding(source, besideWords, 1).filter((other) => !supports.includes(other));
  return displacedAmong(supports, SHARED_NAME_SLOT) ?? displacedAmong(elsewhere, SHARED_ELSEWHERE_SLOT);
}

/** The text's entities whose key matches `key`, in text order. */
const keyMatchingAtoms = perTextMemo(
  (key: string) => key,
  (analysis, key) => {
    const matching = new Set(entityKeyIndex(analysis).matching(key));
    return allAtoms(analysis, "entity").filter((other) => matching.has(other.key));
  },
);
/**
 * One name is a country or city and the other neither a place nor a people ("U.S." and "EC",
 * both organisations to the tagger). A people and a place may trade roles ("British officials" /
 * "Moscow officials"), so only this pair is kept apart among names the source uses.
 */
function placeForThing(a: EntityAtom, b: EntityAtom): boolean {
  const [kindOfA, kindOfB] = [nameKind(a), nameKind(b)];
  return (kindOfA === "place" && kindOfB === "thing") || (kindOfA === "thing" && kindOfB === "place");
}

/**
 * Two names of one typed kind, or two untyped names that name the same kind of thing: the same
 * noun right after both ("the Basic plan" / "the Standard plan"), or both people's names by how
 * their texts use them, by surname alone ("Reddaway" for "Colm Reddaway"). Other untyped names
 * are too mixed to compare (a podcast's name against a sports team's; "CloudTrek Connect" against
 * "Early Bird Bundle Package" has the shape of two people's names).
 */
function sameKindOfName(rewrite: Analysis, source: Analysis, sentence: Sentence, entity: EntityAtom, holder: Sentence, other: EntityAtom): boolean {
  if (entity.type !== other.type || placeForThing(entity, other)) return false;
  if (entity.type !== "other") return true;
  if ((namedBySurname(rewrite, entity.key) || namedBySurname(source, entity.key)) && namedBySurname(source, other.key)) return true;
  const head = nounAfter(sentence, entity);
  return head !== undefined && head === nounAfter(holder, other);
}

/** The text names the key's bearer by the last word of a longer name alone, as news names people ("Farrow" for "Gideon Farrow"). */
const namedBySurname = perTextMemo(
  (key: string) => key,
  (analysis, key) => {
    const words = key.split(" ");
    const surname = words[words.length - 1]!;
    return words.length > 1 && allAtoms(analysis, "entity").some((atom) => atom.key === key && atom.text.toLowerCase() === surname);
  },
);

/** The lemma of the word right after a span, when that word is a common noun. */
function nounAfter(sentence: Sentence, span: Span): string | undefined {
  const next = sentence.tokens.find((token) => token.start >= span.end);
  return next?.pos === "NOUN" ? next.lemma : undefined;
}

/**
 * The rewrite sentence still has this supporting name among the words it stands among in the
 * source, at least as many of them as the new name has, so the new name was added beside it
 * ("paintings by Oyelaran and Ruiz"), not swapped in.
 */
function keepsItsPlace(sentence: Sentence, entity: EntityAtom, name: EntityAtom, support: Sentence): boolean {
  const place = atomSlot(support, name);
  const taken = slotOverlap(atomSlot(sentence, entity), place);
  return sentence.atoms.some(
    (atom) => atom.kind === "entity" && atom !== entity && entityKeysMatch(atom.key, name.key) && slotOverlap(atomSlot(sentence, atom), place) >= taken,
  );
}

function isSpeaker(sentence: Sentence, entity: EntityAtom): boolean {
  return sentence.atoms.some(
    (atom) => (atom.kind === "quote" || atom.kind === "attribution") && atom.speakerSpan !== null && atom.speakerSpan.start < entity.end && entity.start < atom.speakerSpan.end,
  );
}
