/**
 * wink-nlp's tokeniser and tagger, run so that a text's tokens never depend on the texts read
 * before it in the process.
 *
 * wink adds every out-of-vocabulary word it meets to its model's lexeme table, and its tokeniser
 * then keeps any chunk found in that table whole. Its own rules split "Dunmarrow's" inside a
 * sentence but keep it glued before a final period ("trusted Dunmarrow's."); once the glued form
 * is in the table, every later "Dunmarrow's" stays one token. So after each text the words it
 * taught wink are taken out of the table again, which leaves the tokeniser as it was on load.
 *
 * A second leak: a contraction written without its apostrophe and followed by punctuation
 * ("who didnt.") stays one token, and wink reads its lemma from a slot past its vocabulary, which
 * holds whichever word an earlier text happened to add there. Such a token gets no lemma.
 */
import { createRequire } from "node:module";
import type { ItsFunction, WinkMethods } from "wink-nlp";

// Both are CommonJS: requiring them skips the scan for named exports that importing runs.
const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
const model = require("wink-eng-lite-web-model") as typeof import("wink-eng-lite-web-model").default;

/** wink's tokens for one text, one entry per token (spaces included), and where its sentences start. */
export interface WinkColumns {
  values: string[];
  pos: string[];
  /** null where wink has no lemma for the token. */
  lemmas: (string | null)[];
  stops: boolean[];
  /** Indexes of the tokens that open a sentence in wink's own split. */
  sentenceStarts: Set<number>;
}

/** The parts of wink's core model this module relies on. */
interface CoreModel {
  features: { lexeme: LexemeTable };
  /** Packed properties, `packing.size` numbers per vocabulary lexeme. */
  lexicon: Uint32Array;
  /** Where a property sits in a lexeme's numbers: [which number, mask, shift]. */
  packing: { size: number; layout: { isContraction: readonly number[] } };
}

/** wink's table of lexemes; its cache adds the words it meets to it. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  /** Lexemes in the model's own vocabulary, which come first in `list`. */
  intrinsicSize: number;
}

interface Tagger {
  nlp: WinkMethods;
  core: CoreModel;
  lexemes: LexemeTable;
  /** Lexemes in the table once the instance was built: the model's vocabulary and its patterns'. */
  loadedSize: number;
}

/**
 * Forgotten words stay in wink's lists (only their lookup entry goes, as wink indexes its own
 * per-word data by position), so the instance is rebuilt once this many have piled up.
 */
const REBUILD_AFTER_FORGOTTEN = 100_000;

let tagger: Tagger | undefined;
/**
 * The model's custom-entity patterns, read once: the model's `metaCER()` stringifies its previous
 * result again on every call, so they grow fourfold with each instance built until one fails to load.
 */
let customEntityModel: unknown;

/** wink's model takes about a tenth of a second to load, so the instance is built on first use. */
function getTagger(): Tagger {
  if (tagger && tagger.lexemes.list.length - tagger.loadedSize < REBUILD_AFTER_FORGOTTEN) return tagger;
  // wink builds its cache on the object `core()` returns; keeping that object is what lets the
  // words a text adds be found and removed.
  const loadCore = model.core as () => CoreModel;
  const core = loadCore();
  customEntityModel ??= (model.metaCER as () => unknown)();
  const metaCER = customEntityModel;
  const nlp = winkNLP({ ...model, core: () => core, metaCER: () => metaCER }, ["sbd", "pos"]);
  tagger = { nlp, core, lexemes: core.features.lexeme, loadedSize: core.features.lexeme.list.length };
  return tagger;
}

/** Tokenises and tags `text` with wink, then makes wink forget the new words it learned from it. */
export function tagWithWink(text: string): WinkColumns {
  const { nlp, core, lexemes } = getTagger();
  const sizeBefore = lexemes.list.length;
  try {
    const its = nlp.its;
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    // wink's typings describe one value; on a collection `out` gives one value per token.
    const column = <T>(itsFunction: unknown): T[] => tokens.out(itsFunction as ItsFunction<T>) as unknown as T[];
    const lexemeIds = column<number>(its.uniqueId);
    return {
      values: column<string>(its.value),
      pos: column<string>(its.pos),
      lemmas: column<string | null>(its.lemma).map((lemma, i) => (isWholeContraction(core, lexemeIds[i]!) ? null : lemma)),
      stops: column<boolean>(its.stopWordFlag),
      sentenceStarts: new Set((doc.sentences().out(its.span) as unknown as number[][]).map((span) => span[0]!)),
    };
  } finally {
    forgetSince(lexemes, sizeBefore);
  }
}

/** Whether a token is a vocabulary contraction ("didnt") that wink left unexpanded. */
function isWholeContraction(core: CoreModel, lexemeId: number): boolean {
  if (lexemeId >= core.features.lexeme.intrinsicSize) return false;
  const [slot, mask, shift] = core.packing.layout.isContraction as [number, number, number];
  return (core.lexicon[slot + lexemeId * core.packing.size]! & mask) >>> shift === 1;
}

/** Removes the lookup entries of the lexemes added from position `size` on. */
function forgetSince(lexemes: LexemeTable, size: number): void {
  for (let index = size; index < lexemes.list.length; index++) {
    const word = lexemes.list[index]!;
    if (lexemes.hash[word] === index) delete lexemes.hash[word];
  }
}
