/** How members and times are named in every rendering, so the tree, DOT and HTML agree. */
import type { FactKind, StoryGraph, StoryMemberView } from "./types.js";

/** Removes control characters (terminal escapes, NULs) and folds whitespace: article text is untrusted. */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
}

/** Shortens to `limit` characters with an ellipsis. */
export function shorten(text: string, limit: number): string {
  const flat = plain(text);
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** "2024-03-05 09:00 UTC" for a date-time, "2024-03-05" for a date, the text itself otherwise. */
export function formatTime(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return plain(iso);
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** When a member appeared: its publication time, or its ingest time said as such. */
export function memberWhen(member: StoryMemberView): string {
  return member.published ? formatTime(member.published) : `ingested ${formatTime(member.ingestedAt)}`;
}

export function outletName(member: StoryMemberView): string {
  return member.outlet ? plain(member.outlet) : "unknown outlet";
}

/** "#3 Northern Gazette": how one member is referred to in a list or a message. */
export function memberRef(member: StoryMemberView): string {
  return `#${member.id} ${outletName(member)}`;
}

export function membersById(graph: StoryGraph): Map<number, StoryMemberView> {
  return new Map(graph.members.map((member) => [member.id, member]));
}

/** Children of every member, in the members' time order. */
export function childrenOf(graph: StoryGraph): Map<number, number[]> {
  const children = new Map<number, number[]>();
  const order = new Map(graph.members.map((member, i) => [member.id, i]));
  for (const edge of graph.edges) children.set(edge.from, [...(children.get(edge.from) ?? []), edge.to]);
  for (const list of children.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  return children;
}

/** "4 articles · 3 outlets · 2024-03-05 09:00 UTC to 2024-03-05 13:00 UTC". */
export function storyLine(graph: StoryGraph): string {
  const outlets = new Set(graph.members.map((m) => m.outlet?.trim().toLowerCase()).filter(Boolean)).size;
  const derived = graph.edges.length;
  return [
    `${graph.members.length} article${graph.members.length === 1 ? "" : "s"}`,
    `${outlets} outlet${outlets === 1 ? "" : "s"}`,
    `${derived} derived`,
    `${formatTime(graph.story.firstSeen)} to ${formatTime(graph.story.lastSeen)}`,
  ].join(" · ");
}

/** What each kind of fact is called in a table of facts. */
export const FACT_KIND_NAMES: Readonly<Record<FactKind, string>> = { number: "Number", date: "Date", quote: "Quote", claim: "Claim", entity: "Name" };

