import { ACCORDING_TO, entityKeysMatch, IN_THE_VIEW_OF, isEvidenceCue } from "../analyze/index.js";
import type { Atom, AttributionAtom, DiscussionAtom, Sentence } from "../analyze/types.js";
import { slotOverlap } from "./atom-slot.js";
import { atomsOf, entityKeySet, finding, holderOf, linksBySource, spanAmong, spanOf, termsOf, type PairCheck } from "./context.js";
import { pronounMayMean, pronounUnsure, speakerLabel } from "./pronoun-speaker.js";
import { namesSameSpeaker } from "./speaker-phrase.js";
import { surroundings } from "./surroundings.js";

/**
 * Support at which a rewrite sentence clearly restates its source's claim. Below it, a different
 * speaker is as likely a different claim (on the SummEdits evaluation split every indirect
 * misattribution under 0.65 was on a consistent summary's paraphrase of a conversation).
 */
const RESTATED_CLAIM_SCORE = 0.7;

type Speaking = Extract<Atom, { kind: "attribution" | "quote" }>;
type TextRange = { start: number; end: number };

/** Content words that show a sentence restates a claim, or states part of it as fact. */
const CLAIM_WORDS = 2;
/** Share of the claim, or of the rewrite sentence, those words must make (see `restatesClaim`). */
const CLAIM_SHARE = 0.5;

/**
 * Who says a claim. `misattribution`: the rewrite names another speaker than the source does for
 * the same claim. `attribution-dropped`: the source says who said it and no rewrite sentence drawn
 * from that source sentence (nor the one just before, which often carries "X said" for two
 * sentences) credits the claim: names its speaker, or has someone say or discuss what it restates
 * of the claim; reported once, on the first such rewrite sentence.
 */
export const checkAttribution: PairCheck = ({ source, rewrite, link, links, sentence, supports }) => {
  // A question claims nothing, so it has no claim to attribute ("Can you tell me about the plan?").
  const sourceSpeakers = speakingAtoms(supports).filter((atom) => !isQuestion(holderOf(supports, atom.start)));
  if (sourceSpeakers.length === 0) return [];
  const named = { has: (key: string) => entityKeySet(source).has(key) || entityKeySet(rewrite).has(key) };
  const mine = speakingAtoms([sentence]);
  const found = [];
  const mentioned = atomsOf(supports, "entity").map((entity) => entity.key);
  const indirect = mine.filter((atom): atom is AttributionAtom => atom.kind === "attribution");
  for (const attribution of link.score >= RESTATED_CLAIM_SCORE ? indirect : []) {
    if (!named.has(attribution.speaker)) continue;
    // Someone the source sentence names in another part (a participant, the person addressed) is
    // too easily the true speaker of a paraphrase to call this a misattribution, unless the
    // sentence was copied: around the speaker's name, or word for word with the attribution moved
    // and the source's speakers no longer written in it.
    const copied = speakerInPlace(sentence, attribution, supports, sourceSpeakers) || (link.verbatim && speakersGone(sentence, sourceSpeakers));
    if (mentioned.some((key) => entityKeysMatch(key, attribution.speaker)) && !copied) continue;
    const matches = sourceSpeakers.some((other) => namesSameSpeaker(attribution, other));
    const namedSource = sourceSpeakers.find((other) => named.has(other.speaker ?? ""));
    const unsure = pronounUnsure(rewrite, attribution) || (namedSource !== undefined && pronounUnsure(source, namedSource));
    if (!matches && namedSource && !unsure && !pronounMayMean(source, namedSource, attribution.speaker)) {
      found.push(finding("misattribution", "high", spanOf(sentence, attribution.speakerSpan), spanAmong(supports, namedSource),
        `The rewrite attributes this to ${speakerLabel(rewrite, attribution)}; the source attributes it to ${speakerLabel(source, namedSource)}.`));
    }
  }
  const previous = rewrite.sentences[sentence.index - 1];
  const own = new Set(link.terms.map((term) => term.stem));
  for (const cited of sourceSpeakers) {
    if (previous && creditedAtoms(previous).some((atom) => sameSpeaker(atom, cited))) continue;
    const holder = holderOf(supports, cited.start)!;
    const claim = claimStems(holder, cited);
    if (!restatesClaim(own, claim) && (cited.kind === "attribution" || restatesNarration(own, holder, cited))) continue;
    const siblings = linksBySource(links).get(holder.index) ?? [];
    if (siblings[0]?.rewrite !== sentence.index) continue;
    if (siblings.some((sibling) => creditsClaim(rewrite.sentences[sibling.rewrite]!, cited, claim))) continue;
    if (speaksAsSubject(sentence, cited)) continue;
    found.push(finding("attribution-dropped", "medium", spanOf(sentence, sentence), spanOf(holder, cited),
      `The source attributes this to ${speakerLabel(source, cited)}; the rewrite states it as fact.`));
    break;
  }
  return found;
};

/**
 * The rewrite's speaker stands where a source speaker stands: the same words either side
 * ("GenCorp Inc said the decision by General Partners, comprised of AFG Industries ..." made "AFG
 * Industries said the decision by ...").
 */
function speakerInPlace(sentence: Sentence, attribution: AttributionAtom, supports: readonly Sentence[], sourceSpeakers: readonly Speaking[]): boolean {
  const place = surroundings(sentence, attribution.speakerSpan);
  return place !== undefined && sourceSpeakers.some((other) => other.speakerSpan !== null && surroundings(holderOf(supports, other.start)!, other.speakerSpan) === place);
}

/** None of the source's speakers is written in the rewrite sentence ("EMI said" made "..., Gorillaz said"). */
function speakersGone(sentence: Sentence, sourceSpeakers: readonly Speaking[]): boolean {
  return sourceSpeakers.every((other) => other.speakerSpan !== null && !sentence.text.includes(other.speakerSpan.text));
}

function speakingAtoms(sentences: readonly Sentence[]): Speaking[] {
  return [...atomsOf(sentences, "attribution"), ...atomsOf(sentences, "quote").filter((quote) => quote.speaker)];
}

function isQuestion(sentence: Sentence | undefined): boolean {
  return !!sentence && /\?["'”’)]*\s*$/u.test(sentence.text);
}

/**
 * Atoms that say who a rewrite sentence's content comes from: a speaker, or people said to have
 * discussed it ("the group discussed the costs" does not state the costs as fact).
 */
function creditedAtoms(sentence: Sentence): Array<Speaking | DiscussionAtom> {
  return [...speakingAtoms([sentence]), ...atomsOf([sentence], "discussion")];
}

/** The rewrite's atom names the cited speaker ("Fenwycke" for "Idris Fenwycke"). */
function sameSpeaker(atom: Speaking | DiscussionAtom, cited: Speaking): boolean {
  return entityKeysMatch(atom.speaker ?? "", cited.speaker ?? "");
}

/**
 * The rewrite sentence credits the cited claim: it names the claim's speaker, or its speakers
 * vouch for all but a word of what it restates of the claim. "About 18,000 votes remain, though
 * officials said they would not change the result" credits the officials' claim, not the count.
 */
function creditsClaim(sentence: Sentence, cited: Speaking, claim: ReadonlySet<string>): boolean {
  const credited = creditedAtoms(sentence);
  if (credited.length === 0) return false;
  if (credited.some((atom) => sameSpeaker(atom, cited))) return true;
  const vouched = credited.map((atom) => vouchedSpan(sentence, atom));
  // A speaker's own name tells who says it, not what is stated as fact ("First Financial said it
  // offered ..."); evidence is part of the claim ("Tests on the pipes found ...").
  const speakers = credited.flatMap((atom) => (atom.speakerSpan && !(atom.kind === "attribution" && isEvidenceCue(atom.cue)) ? [atom.speakerSpan] : []));
  const unvouched = termsOf(sentence).filter((term) =>
    claim.has(term.stem) && !vouched.some((span) => within(term.token, span)) && !speakers.some((span) => within(term.token, span)));
  return unvouched.length < CLAIM_WORDS;
}

/**
 * Verbs that report what a speaker did in words, with an object rather than a clause: "Southcorp
 * has rejected the offer" reports what "Southcorp said" it had done.
 */
const SPEECH_ACTS = new Set([
  "accuse", "apologise", "apologize", "attack", "blame", "condemn", "criticise", "criticize", "defend",
  "demand", "dismiss", "pledge", "praise", "promise", "reject", "threaten", "urge", "vow", "welcome",
]);

/**
 * The rewrite sentence opens on the cited speaker as the subject of a verb of speech ("Tony Blair
 * has apologised to the families" where the source has "Blair said"): it tells who said it.
 */
function speaksAsSubject(sentence: Sentence, cited: Speaking): boolean {
  const verb = sentence.tokens.findIndex((token) => token.pos === "VERB");
  if (verb < 0 || !SPEECH_ACTS.has(sentence.tokens[verb]!.lemma.toLowerCase())) return false;
  const verbStart = sentence.tokens[verb]!.start;
  return atomsOf([sentence], "entity").some((entity) =>
    entity.end <= verbStart && entityKeysMatch(entity.key, cited.speaker ?? "") && !/^['’]s?\b/u.test(sentence.text.slice(entity.end - sentence.start)));
}

/**
 * What a rewrite's speaker vouches for: a quote's words, what follows a discussion verb ("what he
 * described as a portfolio of loans"), or an attribution's content.
 */
function vouchedSpan(sentence: Sentence, atom: Speaking | DiscussionAtom): TextRange {
  if (atom.kind === "quote") return atom.inner;
  if (atom.kind === "discussion") return { start: atom.end, end: sentence.end };
  return attributedContent(sentence, atom);
}

function within(inner: TextRange, outer: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Words that join a new clause, after which a speaker opens it ("..., and the Red Cross said ..."). */
const CLAUSE_OPENING = /(?:^|[,;:]\s*(?:and|but|while|whereas|though|although|as|so|yet)?|\s(?:and|but|while|whereas|though|although))\s*(?:the|a|an|his|her|their|its|our)?\s*$/iu;

/**
 * The part of its sentence an indirect attribution vouches for: what follows the cue when the
 * speaker opens the sentence or a clause ("Twelve families were displaced, and the Red Cross said
 * it was helping them"), up to the next speaker, who says the rest ("..., though officials said
 * ...") or all of it ("..., according to the board."); what precedes it when the attribution
 * closes the sentence ("..., a hospital spokeswoman said."); else, and when commas set it off
 * inside the sentence, the whole sentence.
 */
function attributedContent(holder: Sentence, atom: AttributionAtom): TextRange {
  const before = holder.text.slice(0, atom.start - holder.start);
  const after = holder.text.slice(atom.end - holder.start);
  if (atom.cue === ACCORDING_TO || atom.cue === IN_THE_VIEW_OF) return accordingToContent(holder, atom, before);
  if (closesSentence(before, after)) return { start: holder.start, end: atom.start };
  // Set off by commas inside a sentence ("Her son would get upset, his mom said, but then ..."): all of it.
  if (/,\s*$/u.test(before) && /^\s*,/u.test(after)) return { start: holder.start, end: holder.end };
  if (CLAUSE_OPENING.test(before)) return { start: atom.end, end: nextSpeakerStart(holder, atom.end) };
  return { start: holder.start, end: holder.end };
}

/** Where the next speaker after `from` in the sentence is named, or the sentence's end. */
function nextSpeakerStart(holder: Sentence, from: number): number {
  const next = speakingAtoms([holder]).filter((atom) => atom.kind === "attribution" && atom.start >= from);
  return Math.min(holder.end, ...next.map((atom) => atom.start));
}

/** Words that may come before "According to" opening a sentence. */
const SENTENCE_OPENING = /^\W*(?:(?:and|but|yet|so)\s+)?$/iu;

/**
 * "According to X" (and "in X's view") takes no clause of its own, so what follows it up to a comma still names the
 * source ("according to a count by the Merrivale district council"): opening the sentence it
 * vouches for what follows its comma, up to the next speaker, elsewhere for what precedes it.
 */
function accordingToContent(holder: Sentence, atom: AttributionAtom, before: string): TextRange {
  if (!SENTENCE_OPENING.test(before)) return { start: holder.start, end: atom.start };
  const comma = holder.text.indexOf(",", atom.end - holder.start);
  return comma < 0 ? { start: holder.start, end: holder.end } : { start: holder.start + comma + 1, end: nextSpeakerStart(holder, atom.end) };
}

/** A word that opens a phrase saying when, where or how, or describing the speaker ("familiar with"). */
const MODIFIER_OPENING = /^\s*(?:with|on|in|at|for|from|of|to|during|after|before|outside|inside|near|late|early|last|this)\b/iu;

/**
 * The attribution ends its sentence: nothing follows it but a word, or it comes after a comma and
 * only a modifier follows ("..., according to a person familiar with the talks.", "..., a
 * spokesman said on Tuesday."), with no clause of its own ("that", a comma).
 */
function closesSentence(before: string, after: string): boolean {
  if (wordCount(after) < 2) return true;
  return /,\s*$/u.test(before) && MODIFIER_OPENING.test(after) && !/[,;:"]|\bthat\b/iu.test(after);
}

/** The content-word stems of what a source's quote or attribution vouches for. */
function claimStems(holder: Sentence, cited: Speaking): Set<string> {
  const content = cited.kind === "quote" ? cited.inner : attributedContent(holder, cited);
  return new Set(termsOf(holder).filter((term) => within(term.token, content)).map((term) => term.stem));
}

/**
 * The rewrite sentence carries what the attribution vouches for: two of its content words (all of
 * them when it has fewer) that make half the claim or half the rewrite sentence. A rewrite that
 * keeps only the narrator's part of the sentence drops no attribution, nor does a lead that shares
 * a name and a word with a quote deep in the story ("The South African government has put tax cuts
 * at the centre of its budget" beside Manuel's figures for the South African economy).
 */
function restatesClaim(own: ReadonlySet<string>, claim: ReadonlySet<string>): boolean {
  const kept = slotOverlap(own, claim);
  return kept >= Math.min(CLAIM_WORDS, claim.size) && (kept >= claim.size * CLAIM_SHARE || kept >= own.size * CLAIM_SHARE);
}

/**
 * The rewrite takes its words from the narration around a quote rather than from the quote:
 * '"We are ready," said Mara Quill, who arrived on Monday' made "Mara Quill arrived on Monday"
 * states nothing she said. A rewrite that shares words with neither may reword the quote itself.
 */
function restatesNarration(own: ReadonlySet<string>, holder: Sentence, quote: Extract<Speaking, { kind: "quote" }>): boolean {
  const narration = new Set(termsOf(holder).filter((term) => !within(term.token, quote.inner)).map((term) => term.stem));
  return slotOverlap(own, narration) >= Math.min(CLAIM_WORDS, narration.size);
}

function wordCount(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
}
