import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, Sentence, Span, Token } from "../analyze/types.js";
import { namesOf, type Name } from "./names.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/** Verbs whose two sides can trade places without changing the claim ("A met B" = "B met A"). */
const SYMMETRIC_VERBS = new Set(["meet", "marry", "face", "play", "partner", "draw", "tie", "merge", "date", "divorce", "fight", "clash", "resemble", "match", "equal", "join"]);
/** Words that end a clause: a name beyond them is no side of the verb. */
const CLAUSE_BREAK_POS = new Set(["PUNCT", "CCONJ", "SCONJ"]);
const RELATIVE_WORDS = new Set(["who", "whom", "which", "that", "whose"]);

/** The names nearest a verb on each side, within its clause, and whether the verb is passive. */
interface Roles {
  before: Name;
  after: Name;
  passive: boolean;
}

/**
 * Swapped roles: a supporting source sentence has name A before a verb and B after it, and the
 * rewrite has B before the same verb and A after ("Lindqvist defeated Ortega" where the source
 * says "Ortega defeated Lindqvist"). A change of voice ("Lindqvist was defeated by Ortega") puts
 * the names the other way round on purpose, so only sentences in the same voice are compared.
 */
export const checkRoles: PairCheck = ({ source, rewrite, sentence, supports }) => {
  const rewriteNames = namesOf(rewrite, sentence);
  const sourceNames = new Map(supports.map((support) => [support, namesOf(source, support)]));
  for (const [index, verb] of sentence.tokens.entries()) {
    if (!isContentVerb(verb)) continue;
    const said = rolesAt(sentence, index, rewriteNames);
    if (!said) continue;
    const sameWay = (roles: Roles) => sameName(roles.before, said.before) && sameName(roles.after, said.after);
    const swapped = (roles: Roles) =>
      sameName(roles.before, said.after) && sameName(roles.after, said.before) && !sameName(said.before, said.after);
    const sourceRoles = supports.flatMap((support) =>
      support.tokens.flatMap((token, at) => {
        if (token.pos !== "VERB" || token.lemma !== verb.lemma) return [];
        const roles = rolesAt(support, at, sourceNames.get(support)!);
        return roles && roles.passive === said.passive ? [{ support, roles }] : [];
      }),
    );
    if (sourceRoles.some(({ roles }) => sameWay(roles))) continue;
    const contradicted = sourceRoles.find(({ roles }) => swapped(roles));
    if (!contradicted) continue;
    const rewriteSpan = stretch(rewrite, said.before, said.after);
    const sourceSpan = stretch(source, contradicted.roles.before, contradicted.roles.after);
    return [
      finding("entity-changed", "high", spanOf(sentence, rewriteSpan), spanAmong(supports, sourceSpan),
        `The rewrite swaps who did what: ${quoteText(rewriteSpan.text)} where the source says ${quoteText(sourceSpan.text)}.`),
    ];
  }
  return [];
};

function isContentVerb(token: Token): boolean {
  return token.pos === "VERB" && !SYMMETRIC_VERBS.has(token.lemma);
}

/**
 * The names nearest the verb at `index` on each side, without crossing a clause break. Passive
 * when a form of "be" or "get" stands just before the verb, adverbs aside ("was quickly beaten").
 */
function rolesAt(sentence: Sentence, index: number, names: readonly Name[]): Roles | undefined {
  const tokens = sentence.tokens;
  const verb = tokens[index]!;
  let from = index;
  while (from > 0 && !isClauseBreak(tokens[from - 1]!)) from--;
  let to = index;
  while (to < tokens.length - 1 && !isClauseBreak(tokens[to + 1]!)) to++;
  const clauseStart = tokens[from]!.start;
  const clauseEnd = tokens[to]!.end;
  const before = names.filter((name) => name.start >= clauseStart && name.end <= verb.start).at(-1);
  const after = names.find((name) => name.start >= verb.end && name.end <= clauseEnd);
  if (!before || !after) return undefined;
  return { before, after, passive: isPassive(tokens, index) };
}

function isClauseBreak(token: Token): boolean {
  return CLAUSE_BREAK_POS.has(token.pos) || RELATIVE_WORDS.has(token.norm);
}

function isPassive(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]!.norm.endsWith("ing")) return false;
  let at = index - 1;
  while (at >= 0 && (tokens[at]!.pos === "ADV" || tokens[at]!.pos === "PART")) at--;
  const helper = tokens[at];
  return helper !== undefined && (helper.lemma === "be" || helper.lemma === "get");
}

function sameName(a: Name, b: Name): boolean {
  return entityKeysMatch(a.key, b.key);
}

/** The text from the start of one span to the end of another, in either order. */
function stretch(analysis: Analysis, a: Span, b: Span): Span {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { start, end, text: analysis.text.slice(start, end) };
}
