import { analyze } from "../analyze/index.js";
import type { Analysis } from "../analyze/types.js";
import type { StoredArticle, StorySummary } from "../store/types.js";
import { byTime, derivationDefaults, deriveEdges, type DerivationSettings } from "./derivation.js";
import { consolidate, factDefaults, type FactSettings } from "./facts.js";
import { collectMentions } from "./mentions.js";
import { createShingleContainment, type ContainmentFn } from "./shingles.js";
import type { StoryGraph, StoryMemberView } from "./types.js";

export interface StoryGraphOptions {
  /** Share of `to` covered by `from`; defaults to exact word 3-gram containment. */
  containment?: ContainmentFn;
  /** Overrides of `derivationDefaults`. */
  derivation?: Partial<DerivationSettings>;
  /** Overrides of `factDefaults`. */
  facts?: Partial<FactSettings>;
  /** The analysis of a member, for callers that already hold one; defaults to `analyze()`. */
  analysis?: (member: StoredArticle) => Analysis;
}

/**
 * The derivation graph of one story: members in time order, at most one parent edge per member
 * (so the graph is a forest), the roots, and the facts consolidated across members with the
 * places where they disagree. Pure: reads only its arguments.
 */
export function buildStoryGraph(story: StorySummary, members: StoredArticle[], options: StoryGraphOptions = {}): StoryGraph {
  const ordered = [...members].sort(byTime);
  const containment = options.containment ?? createShingleContainment();
  const { edges, roots } = deriveEdges(ordered, containment, { ...derivationDefaults, ...options.derivation });
  const analysisOf = options.analysis ?? defaultAnalysis;
  const mentions = ordered.map((member) => collectMentions(member, analysisOf(member)));
  const outlets = new Map(ordered.map((member) => [member.id, member.outlet]));
  const parents = new Map(edges.map((edge) => [edge.to, edge.from]));
  const { facts, disagreements } = consolidate(mentions, outlets, { ...factDefaults, ...options.facts }, parents);
  return { story, members: ordered.map(memberView), edges, roots, facts, disagreements };
}

/**
 * The share of a story's members that derive from another member: the derivation alone, without
 * the facts, so a list of stories can show it for a fraction of a whole graph's cost.
 */
export function derivedShareOf(members: StoredArticle[], options: Pick<StoryGraphOptions, "containment" | "derivation"> = {}): number {
  if (members.length === 0) return 0;
  const { edges } = deriveEdges(members, options.containment ?? createShingleContainment(), { ...derivationDefaults, ...options.derivation });
  return new Set(edges.map((edge) => edge.to)).size / members.length;
}

function defaultAnalysis(member: StoredArticle): Analysis {
  const day = member.published?.slice(0, 10);
  return analyze(member.text, { referenceDate: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null });
}

function memberView(member: StoredArticle): StoryMemberView {
  const view: StoryMemberView = { id: member.id, ingestedAt: member.ingestedAt, cues: [...member.cues] };
  if (member.outlet !== undefined) view.outlet = member.outlet;
  if (member.title !== undefined) view.title = member.title;
  if (member.published !== undefined) view.published = member.published;
  if (member.url !== undefined) view.url = member.url;
  if (member.dateline !== undefined) view.dateline = member.dateline;
  return view;
}
