/**
 * Who copied whom inside one story: for every member, the earlier member it most likely derives
 * from, if any. The result is a forest: each member has at most one parent, and members with
 * little text in common with any earlier one (independent reporting) stay roots.
 */
import { lineageDefaults, parentScores, sentencePhrases, type LineageWeights } from "../lineage/index.js";
import type { StoredArticle } from "../store/types.js";
import { cueNamesOutlet, outletKey } from "./outlets.js";
import type { ContainmentFn } from "./shingles.js";
import { formatGap, memberTime, orderOf, type Order, type OrderBasis } from "./time.js";
import type { DerivationEdge } from "./types.js";

/**
 * The thresholds and weights of `edgeConfidence`. Every weight is the confidence one piece of
 * evidence gives on its own; see `edgeConfidence` for how they combine.
 */
export interface DerivationSettings {
  /** Containment at or below this is treated as chance overlap (shared names, stock phrases). */
  containmentFloor: number;
  /** Containment at or above this counts in full. */
  containmentFull: number;
  /** Confidence from `to` being covered by `from` (scaled between floor and full). */
  textWeight: number;
  /** Confidence from `to` holding most of an earlier `from` (a story built on a short item); publication order only. */
  embedWeight: number;
  /** Confidence from `to` crediting `from`'s outlet ("(Reuters)" when `from` is Reuters). */
  creditWeight: number;
  /** Confidence from both crediting the same agency (`from` may be that agency's copy). */
  sharedCueWeight: number;
  /** Confidence from the same dateline ("LONDON"). */
  datelineWeight: number;
  /** Multiplier when the order is known only from ingest times. */
  ingestOrderFactor: number;
  /** Multiplier when the times cannot order the two and the direction comes from the text. */
  tieOrderFactor: number;
  /** No edge unless containment one way or the other reaches this: credits alone never link. */
  minContainment: number;
  /** No edge below this confidence. */
  minConfidence: number;
  /** How a member's possible parents are weighed against each other (src/lineage). */
  lineage: LineageWeights;
  /**
   * Added to a possible parent's lineage score when the member credits its outlet: an explicit
   * credit outweighs small text differences between near-identical relatives, not large ones.
   */
  creditedParentBonus: number;
}

/** Starting values chosen for plausibility, not tuned: the lead tunes them on a development split. */
export const derivationDefaults: Readonly<DerivationSettings> = {
  containmentFloor: 0.1,
  containmentFull: 0.7,
  textWeight: 0.9,
  embedWeight: 0.5,
  creditWeight: 0.6,
  sharedCueWeight: 0.2,
  datelineWeight: 0.15,
  ingestOrderFactor: 0.85,
  tieOrderFactor: 0.7,
  minContainment: 0.15,
  minConfidence: 0.3,
  lineage: lineageDefaults,
  creditedParentBonus: 0.05,
};

/** What is known about `to` deriving from `from`. */
export interface EdgeEvidence {
  order: Order;
  /** Share of `to` covered by `from`. */
  containment: number;
  /** Share of `from` covered by `to`. */
  reverse: number;
  /** Cue of `to` naming `from`'s outlet, if any. */
  credit: string | null;
  /** Cue both carry, if any (only looked at without a credit). */
  sharedCue: string | null;
  dateline: string | null;
}

/**
 * Confidence that `to` derives from `from`, in 0..1. Each piece of evidence is turned into the
 * confidence it would give alone and the pieces are combined as a noisy-OR, 1 - Π(1 - pᵢ): any
 * one strong piece suffices, weak pieces add up, and more of any evidence never lowers the result.
 * The total is then scaled by how firmly the times order the pair (publication > ingest > none).
 */
export function edgeConfidence(evidence: EdgeEvidence, settings: DerivationSettings = derivationDefaults): number {
  const ramp = (share: number) =>
    clamp01((share - settings.containmentFloor) / Math.max(1e-9, settings.containmentFull - settings.containmentFloor));
  const pieces = [
    settings.textWeight * ramp(evidence.containment),
    evidence.order.basis === "published" ? settings.embedWeight * ramp(evidence.reverse) : 0,
    evidence.credit ? settings.creditWeight : evidence.sharedCue ? settings.sharedCueWeight : 0,
    evidence.dateline ? settings.datelineWeight : 0,
  ];
  const combined = 1 - pieces.reduce((none, p) => none * (1 - clamp01(p)), 1);
  return combined * orderFactor(evidence.order.basis, settings);
}

function orderFactor(basis: OrderBasis, settings: DerivationSettings): number {
  if (basis === "published") return 1;
  return basis === "ingested" ? settings.ingestOrderFactor : settings.tieOrderFactor;
}

/** The parent edges of a story's members, one at most per member, and the members left as roots. */
export interface Derivation {
  edges: DerivationEdge[];
  roots: number[];
}

/**
 * Finds each member's parent: every earlier member whose `edgeConfidence` passes the threshold is
 * a candidate. Confidence says whether a member derives from another at all, but it saturates for
 * near-identical relatives, so among one member's candidates the likeliest direct parent (src/lineage)
 * is tried first, then the next. Edges are taken in that preference, the most confident first, and
 * one is skipped when its child already has a parent or when it would close a cycle (possible only
 * between members the times cannot order).
 */
export function deriveEdges(
  members: readonly StoredArticle[],
  containment: ContainmentFn,
  settings: DerivationSettings = derivationDefaults,
): Derivation {
  const ordered = [...members].sort(byTime);
  const rank = new Map(ordered.map((member, i) => [member.id, i]));
  const candidates: DerivationEdge[] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i]!;
      const b = ordered[j]!;
      const forward = containment(a, b);
      const backward = containment(b, a);
      const order = orderOf(a, b);
      if (order.basis !== "published") {
        // Without two publication times the text decides: the one more covered by the other is
        // the copy. Ingest order only breaks a tie; it says when wiretrace saw an article, not
        // when it ran.
        const aFirst = forward > backward || (forward === backward && byIngest(a, b) <= 0);
        const [from, to] = aFirst ? [a, b] : [b, a];
        const agrees = order.basis === "ingested" && (order.gapMs > 0) === aFirst;
        const textOrder: Order = agrees ? { basis: "ingested", gapMs: Math.abs(order.gapMs) } : { basis: "tie", gapMs: 0 };
        candidates.push(...candidate(from, to, textOrder, aFirst ? forward : backward, aFirst ? backward : forward, settings));
      } else if (order.gapMs > 0) {
        candidates.push(...candidate(a, b, order, forward, backward, settings));
      } else {
        candidates.push(...candidate(b, a, { ...order, gapMs: -order.gapMs }, backward, forward, settings));
      }
    }
  }
  const preference = parentPreference(candidates, members, settings, rank);
  candidates.sort(
    (x, y) => preference.get(x)! - preference.get(y)! || y.confidence - x.confidence || rank.get(x.from)! - rank.get(y.from)!,
  );
  const parent = new Map<number, number>();
  const edges: DerivationEdge[] = [];
  for (const edge of candidates) {
    if (parent.has(edge.to) || reaches(parent, edge.from, edge.to)) continue;
    parent.set(edge.to, edge.from);
    edges.push(edge);
  }
  edges.sort((x, y) => rank.get(x.to)! - rank.get(y.to)!);
  return { edges, roots: ordered.filter((member) => !parent.has(member.id)).map((member) => member.id) };
}

/**
 * Each candidate edge's place in its child's order of likely parents (0 the likeliest): by the
 * lineage score (plus the credit bonus), then the later member, as in a chain of near copies the nearest is the likelier
 * direct parent. Members' phrases are computed once per call.
 */
function parentPreference(
  candidates: readonly DerivationEdge[],
  members: readonly StoredArticle[],
  settings: DerivationSettings,
  rank: ReadonlyMap<number, number>,
): Map<DerivationEdge, number> {
  const byId = new Map(members.map((member) => [member.id, member]));
  const phrases = new Map<number, Uint32Array>();
  const phrasesOf = (id: number) => {
    let set = phrases.get(id);
    if (!set) {
      set = sentencePhrases(byId.get(id)!.text);
      phrases.set(id, set);
    }
    return set;
  };
  const byChild = new Map<number, DerivationEdge[]>();
  for (const edge of candidates) byChild.set(edge.to, [...(byChild.get(edge.to) ?? []), edge]);
  const preference = new Map<DerivationEdge, number>();
  for (const [child, edges] of byChild) {
    const scores = parentScores(phrasesOf(child), edges.map((edge) => phrasesOf(edge.from)), settings.lineage);
    const credits = byId.get(child)!.cues;
    const credited = (edge: DerivationEdge) => credits.some((cue) => cueNamesOutlet(cue, byId.get(edge.from)!.outlet));
    const order = edges
      .map((edge, i) => ({ edge, score: scores[i]! + (credited(edge) ? settings.creditedParentBonus : 0) }))
      .sort((x, y) => y.score - x.score || rank.get(y.edge.from)! - rank.get(x.edge.from)!);
    order.forEach(({ edge }, place) => preference.set(edge, place));
  }
  return preference;
}

/** Members earliest first: by the time each is placed at, then by ingest, then by id. */
export function byTime(a: StoredArticle, b: StoredArticle): number {
  return memberTime(a) - memberTime(b) || byIngest(a, b);
}

function byIngest(a: StoredArticle, b: StoredArticle): number {
  return a.ingestedAt.localeCompare(b.ingestedAt) || a.id - b.id;
}

/** True when walking up from `start` through parents reaches `target`. */
function reaches(parent: ReadonlyMap<number, number>, start: number, target: number): boolean {
  for (let at: number | undefined = start; at !== undefined; at = parent.get(at)) {
    if (at === target) return true;
  }
  return false;
}

function candidate(
  from: StoredArticle,
  to: StoredArticle,
  order: Order,
  containment: number,
  reverse: number,
  settings: DerivationSettings,
): DerivationEdge[] {
  if (Math.max(containment, reverse) < settings.minContainment) return [];
  const evidence: EdgeEvidence = {
    order,
    containment,
    reverse,
    credit: to.cues.find((cue) => cueNamesOutlet(cue, from.outlet)) ?? null,
    sharedCue: to.cues.find((cue) => from.cues.some((other) => outletKey(other) === outletKey(cue))) ?? null,
    dateline: sameDateline(from.dateline, to.dateline),
  };
  const confidence = edgeConfidence(evidence, settings);
  if (confidence < settings.minConfidence) return [];
  return [{ from: from.id, to: to.id, confidence: round3(confidence), containment: round3(containment), reasons: reasonsFor(evidence, settings) }];
}

function sameDateline(a: string | undefined, b: string | undefined): string | null {
  if (!a || !b) return null;
  return a.trim().toLowerCase() === b.trim().toLowerCase() ? a.trim() : null;
}

function reasonsFor(evidence: EdgeEvidence, settings: DerivationSettings): string[] {
  const { order } = evidence;
  const reasons: string[] = [];
  if (order.basis === "published") reasons.push(`published ${formatGap(order.gapMs)} later`);
  else if (order.basis === "ingested") reasons.push(`ingested ${formatGap(order.gapMs)} later (no publication time)`);
  else if (evidence.containment === evidence.reverse) reasons.push("no time order; ingest order decides the direction");
  else reasons.push("no time order; the text decides the direction");
  const other = order.basis === "tie" ? "the other article" : "the earlier article";
  if (evidence.containment > settings.containmentFloor) {
    reasons.push(`${percent(evidence.containment)} of its 3-word phrases appear in ${other}`);
  }
  if (order.basis === "published" && evidence.reverse > settings.containmentFloor && evidence.reverse > evidence.containment) {
    reasons.push(`holds ${percent(evidence.reverse)} of the earlier article's 3-word phrases`);
  }
  if (evidence.credit) reasons.push(`credits ${evidence.credit}`);
  else if (evidence.sharedCue) reasons.push(`both credit ${evidence.sharedCue}`);
  if (evidence.dateline) reasons.push(`same dateline (${evidence.dateline})`);
  return reasons;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
