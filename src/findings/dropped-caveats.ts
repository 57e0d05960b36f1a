import type { Analysis, Sentence, Token } from "../analyze/types.js";
import { coverage } from "../align/index.js";
import type { Finding } from "../report/types.js";
import { finding, quoteText, sentenceSlice, spanOf, termsBySentence, termsOf } from "./context.js";

/** Words that open a clause qualifying the claim before it ("..., though she cautioned that ..."). */
const CAVEAT_CUES = new Set(["though", "although", "but", "except", "unless", "cautioning", "warning"]);

/** Punctuation after which a cue opens a clause; within a clause "but" and "though" often join words, not claims. */
const OPENERS = new Set([",", ";", ":", "(", "-", "–", "—"]);

/** Punctuation that ends a caveat clause which began after the claim (a comma does not: "unless, she said, ..."). */
const CLOSERS = new Set([";", "(", ")", "–", "—"]);

/** A caveat needs this many content words to be worth reporting. */
const MIN_CAVEAT_TERMS = 3;

/** Below this share of its content words found anywhere in the rewrite, a caveat counts as dropped. */
const DROPPED_BELOW = 0.34;

/**
 * Caveats the rewrite leaves out of source sentences it keeps. The sentence is kept, so the
 * sentence-level omission check says nothing, yet the claim now reads more firmly than its
 * source meant it. The rewrite may carry the caveat anywhere, so its whole text is searched.
 */
export function droppedCaveats(source: Analysis, rewrite: Analysis, kept: ReadonlySet<number>): Finding[] {
  const rewriteTerms = termsBySentence(rewrite).flat();
  return source.sentences
    .filter((sentence) => kept.has(sentence.index))
    .flatMap((sentence) => caveatClauses(sentence).map((clause) => ({ sentence, clause })))
    .filter(({ sentence, clause }) => {
      const terms = termsOf(sentence).filter((term) => term.token.start >= clause.start && term.token.end <= clause.end);
      return terms.length >= MIN_CAVEAT_TERMS && coverage(terms, rewriteTerms).share < DROPPED_BELOW;
    })
    .map(({ sentence, clause }) =>
      finding("omitted", "medium", null, spanOf(sentence, clause), `The rewrite keeps this sentence but drops its caveat ${quoteText(clause.text)}.`),
    );
}

interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Clauses of a sentence opened by a caveat cue: at the sentence's start a clause runs to the
 * first comma ("Although ..., the council ..."); after punctuation it runs to the next
 * semicolon, dash or bracket, else to the sentence's end.
 */
export function caveatClauses(sentence: Sentence): Clause[] {
  const tokens = sentence.tokens.filter((token) => token.pos !== "SPACE");
  const clauses: Clause[] = [];
  tokens.forEach((token, at) => {
    if (!CAVEAT_CUES.has(token.norm)) return;
    const before = tokens[at - 1];
    const opening = before === undefined;
    if (!opening && !(before.pos === "PUNCT" && OPENERS.has(before.norm))) return;
    const rest = tokens.slice(at + 1);
    const stop = rest.findIndex((next) => next.pos === "PUNCT" && (opening ? next.norm === "," : CLOSERS.has(next.norm)));
    const words = [token, ...(stop === -1 ? rest : rest.slice(0, stop))];
    const last = lastWord(words);
    const start = token.start;
    const end = last.end;
    clauses.push({ start, end, text: sentenceSlice(sentence, start, end) });
  });
  return clauses;
}

/** The last token that is not punctuation; the cue itself when nothing follows it. */
function lastWord(tokens: readonly Token[]): Token {
  for (let at = tokens.length - 1; at > 0; at--) if (tokens[at]!.pos !== "PUNCT") return tokens[at]!;
  return tokens[0]!;
}
