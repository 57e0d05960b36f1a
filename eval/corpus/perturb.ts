/**
 * The perturbation generator: turns a text into a near copy, a rewrite or a heavy rewrite of it,
 * deterministically for a given random stream, and records every operation applied.
 *
 * Operations run in a fixed order so each record stays true of the final text: paraphrase first
 * (it must not touch what the factual changes wrote), then drops, then merges and moves, then the
 * factual and credit changes, then invented sentences.
 */
import {
  addCredit,
  addSentence,
  alterQuote,
  changeDate,
  changeName,
  changeNumber,
  changeSpeaker,
  dropAttribution,
  dropCredit,
  dropSentences,
  isCreditLine,
  mergeSentences,
  paraphrase,
  reorderSentences,
  type AppliedOp,
  type OpName,
  type OpOutcome,
} from "./operations.js";
import { dropHedge, flipNegation, swapAntonym, swapPronoun } from "./predicates.js";
import type { Random } from "./random.js";
import { parseDoc, renderDoc, type Doc } from "./sentences.js";

export type { AppliedOp, OpName } from "./operations.js";

export type RewriteKind = "near-copy" | "rewrite" | "heavy-rewrite";

export const REWRITE_KINDS: readonly RewriteKind[] = ["near-copy", "rewrite", "heavy-rewrite"];

/** What the operations need beyond the text. */
export interface PerturbContext {
  /** Capitalised names from other articles, for change-name, change-speaker and invented sentences. */
  namePool: readonly string[];
  /** The agency an added credit names (normally the outlet of the story's original report). */
  agency: string;
}

export interface Rewrite {
  text: string;
  kind: RewriteKind;
  /** The operations that applied, in the order they ran. */
  ops: AppliedOp[];
}

/** One planned step; `amount` is the paraphrase rate or the share of sentences to drop. */
interface Step {
  op: OpName;
  amount?: number;
}

/** The order operations run in (see the module comment). */
const PHASE: Readonly<Record<OpName, number>> = {
  paraphrase: 0,
  "drop-sentences": 1,
  "merge-sentences": 2,
  reorder: 2,
  "change-number": 3,
  "change-date": 3,
  "change-name": 3,
  "alter-quote": 3,
  "change-speaker": 3,
  "drop-credit": 3,
  "add-credit": 3,
  "drop-attribution": 3,
  "flip-negation": 3,
  "drop-hedge": 3,
  "swap-antonym": 3,
  "swap-pronoun": 3,
  "add-sentence": 4,
};

const LIGHT: readonly OpName[] = ["drop-credit", "add-credit", "merge-sentences", "drop-sentences", "change-number", "change-date", "paraphrase"];
const FACTUAL: readonly OpName[] = ["change-number", "change-date", "change-name", "alter-quote", "change-speaker", "add-sentence", "add-credit", "drop-credit"];
const MIDDLE: readonly OpName[] = [...FACTUAL, "merge-sentences", "reorder"];

/** The fixed steps of a kind, and how many optional ones to draw from which list. */
const PLANS: Readonly<Record<RewriteKind, { fixed: readonly Step[]; optional: readonly OpName[]; count: [number, number]; defaults: Partial<Record<OpName, number>> }>> = {
  "near-copy": { fixed: [], optional: LIGHT, count: [1, 2], defaults: { paraphrase: 0.05, "drop-sentences": 0 } },
  rewrite: {
    fixed: [{ op: "paraphrase", amount: 0.2 }, { op: "drop-sentences", amount: 0.15 }],
    optional: MIDDLE,
    count: [2, 3],
    defaults: {},
  },
  "heavy-rewrite": {
    fixed: [
      { op: "paraphrase", amount: 0.4 },
      { op: "drop-sentences", amount: 0.35 },
      { op: "reorder" },
      { op: "merge-sentences" },
      { op: "merge-sentences" },
    ],
    optional: FACTUAL,
    count: [3, 5],
    defaults: {},
  },
};

/** Run one operation; `amount` as in {@link Step}. Null when it does not apply to this document. */
export function applyOp(doc: Doc, op: OpName, rng: Random, context: PerturbContext, amount?: number): OpOutcome | null {
  switch (op) {
    case "drop-sentences": {
      const body = doc.filter((sentence) => !isCreditLine(sentence)).length;
      return dropSentences(doc, rng, Math.max(1, Math.round(body * (amount ?? 0))));
    }
    case "merge-sentences":
      return mergeSentences(doc, rng);
    case "reorder":
      return reorderSentences(doc, rng);
    case "paraphrase":
      return paraphrase(doc, rng, amount ?? 0.2);
    case "change-number":
      return changeNumber(doc, rng);
    case "change-date":
      return changeDate(doc, rng);
    case "change-name":
      return changeName(doc, rng, context.namePool, [context.agency]);
    case "alter-quote":
      return alterQuote(doc, rng);
    case "change-speaker":
      return changeSpeaker(doc, rng, context.namePool, [context.agency]);
    case "add-sentence":
      return addSentence(doc, rng, context.namePool);
    case "drop-credit":
      return dropCredit(doc, rng);
    case "add-credit":
      return addCredit(doc, rng, context.agency);
    case "drop-attribution":
      return dropAttribution(doc, rng);
    case "flip-negation":
      return flipNegation(doc, rng);
    case "drop-hedge":
      return dropHedge(doc, rng);
    case "swap-antonym":
      return swapAntonym(doc, rng);
    case "swap-pronoun":
      return swapPronoun(doc, rng);
  }
}

/**
 * The steps for one rewrite: the kind's fixed steps plus a drawn number of distinct optional
 * operations. All optional candidates are returned in a drawn order; `perturb` takes them until
 * enough have applied, so an operation that does not fit the text gives way to the next.
 */
function plan(kind: RewriteKind, rng: Random): { fixed: Step[]; optional: Step[]; wanted: number } {
  const { fixed, optional, count, defaults } = PLANS[kind];
  return {
    fixed: [...fixed],
    optional: rng.shuffle(optional).map((op) => ({ op, ...(defaults[op] === undefined ? {} : { amount: defaults[op] }) })),
    wanted: rng.int(count[0], count[1]),
  };
}

/** Rewrite `text` as a `kind`, deterministically for the state of `rng`. */
export function perturb(text: string, kind: RewriteKind, rng: Random, context: PerturbContext): Rewrite {
  const { fixed, optional, wanted } = plan(kind, rng);
  // Decide which optional steps fit by trying them on the source; the real run below is in phase order.
  const chosen: Step[] = [...fixed];
  let doc = parseDoc(text);
  let picked = 0;
  for (const step of optional) {
    if (picked === wanted) break;
    if (applyOp(doc, step.op, rng.fork(`probe:${step.op}`), context, step.amount) === null) continue;
    chosen.push(step);
    picked++;
  }
  chosen.sort((a, b) => PHASE[a.op] - PHASE[b.op]);
  const ops: AppliedOp[] = [];
  for (const step of chosen) {
    const outcome = applyOp(doc, step.op, rng, context, step.amount);
    if (outcome === null) continue;
    doc = outcome.doc;
    ops.push(outcome.applied);
  }
  return { text: renderDoc(doc), kind, ops };
}
