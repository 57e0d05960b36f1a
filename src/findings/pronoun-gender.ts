import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, Sentence, Token } from "../analyze/types.js";
import { finding, perTextMemo, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { namesOf, type Name } from "./names.js";
import { checkPronouns, referentOf } from "./pronouns.js";

type Gender = "he" | "she";

const TITLE_GENDER: Record<string, Gender> = { mr: "he", mrs: "she", ms: "she", miss: "she" };

/**
 * "he" or "she" in the place where a supporting source sentence names someone the source calls
 * by the other pronoun ("she resigned" where the source says "Ruiz resigned" and calls Ruiz "he"),
 * when those sentences never use this pronoun. The place is the word after the pronoun and the
 * name (after a possessive name's "'s"): "his car" / "Ruiz's car".
 */
export const checkPronounGender: PairCheck = ({ source, sentence, supports }) => {
  const usedInSource = new Set(supports.flatMap((support) => support.tokens.map(referentOf)));
  for (const [index, token] of sentence.tokens.entries()) {
    const said = referentOf(token);
    if ((said !== "he" && said !== "she") || usedInSource.has(said)) continue;
    const next = sentence.tokens[index + 1];
    if (!next || next.pos === "PUNCT") continue;
    for (const support of supports) {
      const named = namesOf(source, support).find(
        (name) => isPersonLike(name) && wordAfter(support, name)?.lemma === next.lemma && genderOf(source, name.key) === other(said),
      );
      if (!named) continue;
      return [
        finding("entity-changed", "high", spanOf(sentence, token), spanAmong(supports, named),
          `The rewrite says ${quoteText(token.text)} where the source names ${quoteText(named.text)}, whom it calls "${other(said)}": the pronoun now refers to someone else.`),
      ];
    }
  }
  return [];
};

/**
 * The pronoun checks as one: a pronoun set against the source's pronoun in its place is reported
 * by `checkPronouns`, and only a sentence it leaves clean is tried against the source's names.
 */
export const checkPronounReferents: PairCheck = (context) => {
  const direct = checkPronouns(context);
  return direct.length > 0 ? direct : checkPronounGender(context);
};

function other(gender: Gender): Gender {
  return gender === "he" ? "she" : "he";
}

/** People, and names the entity finder could not type (they may be people too). */
function isPersonLike(name: Name): boolean {
  return name.type === "person" || name.type === "other" || name.type === "unknown";
}

/** The word after a name, past a possessive "'s". */
function wordAfter(sentence: Sentence, name: Name): Token | undefined {
  const after = sentence.tokens.filter((token) => token.start >= name.end);
  return after[0]?.norm === "'s" || after[0]?.norm === "'" ? after[1] : after[0];
}

/**
 * What the source calls each named person, from titles ("Mrs Holt") and from pronouns whose
 * antecedent is plain: the only person named before it in its sentence or, when none is, in
 * the sentence before.
 */
const gendersBySource = new WeakMap<Analysis, Map<string, Set<Gender>>>();

function sourceGenders(source: Analysis): Map<string, Set<Gender>> {
  const known = gendersBySource.get(source);
  if (known) return known;
  const genders = new Map<string, Set<Gender>>();
  gendersBySource.set(source, genders);
  const note = (key: string, gender: Gender) => genders.set(key, (genders.get(key) ?? new Set()).add(gender));
  const people = source.sentences.map((sentence) => namesOf(source, sentence).filter(isPersonLike));
  source.sentences.forEach((sentence, index) => {
    for (const person of people[index]!) {
      const title = sentence.tokens.filter((word) => word.end <= person.start).at(-1);
      const gender = title && TITLE_GENDER[title.norm.replace(/\.$/, "")];
      if (gender) note(person.key, gender);
    }
    for (const token of sentence.tokens) {
      const referent = referentOf(token);
      if (referent !== "he" && referent !== "she") continue;
      const before = people[index]!.filter((person) => person.end <= token.start);
      const candidates = before.length > 0 ? before : (people[index - 1] ?? []);
      const keys = new Set(candidates.map((person) => person.key));
      if (keys.size === 1) note([...keys][0]!, referent);
    }
  });
  return genders;
}

/**
 * The one pronoun the source uses for a person, or undefined when it uses none or both; found once
 * per source and name, as every he or she of the rewrite may ask about the same names.
 */
const genderOf = perTextMemo(
  (key: string) => key,
  (source, key): Gender | undefined => {
    const found = new Set<Gender>();
    for (const [known, said] of sourceGenders(source)) if (entityKeysMatch(known, key)) said.forEach((gender) => found.add(gender));
    return found.size === 1 ? [...found][0] : undefined;
  },
);

/** The text calls the person with this key "he" (or "she") somewhere, by title or plain antecedent. */
export function callsBy(text: Analysis, key: string, gender: Gender): boolean {
  for (const [known, said] of sourceGenders(text)) if (said.has(gender) && entityKeysMatch(known, key)) return true;
  return false;
}
