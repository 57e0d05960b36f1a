/** Plain-text renderings for a terminal: the derivation tree, and the facts with disagreements. */
import { childrenOf, memberRef, membersById, memberWhen, plain, shorten, storyLine } from "./labels.js";
import type { DerivationEdge, StoryFact, StoryGraph } from "./types.js";

const TITLE_LIMIT = 70;
const FACT_LIMIT = 90;

/**
 * The derivation forest as an indented text tree: each root (an original or an independent report)
 * at the margin, each derived article under its source with the edge's confidence and reasons.
 * Box-drawing characters only, no colour; article text has its control characters removed.
 */
export function renderStoryTree(graph: StoryGraph): string {
  const members = membersById(graph);
  const children = childrenOf(graph);
  const edgeTo = new Map(graph.edges.map((edge) => [edge.to, edge]));
  const lines = [`Story ${graph.story.id}: ${plain(graph.story.headline)}`, storyLine(graph), ""];

  const describe = (id: number) => {
    const member = members.get(id)!;
    const title = member.title ? ` · ${shorten(member.title, TITLE_LIMIT)}` : "";
    return `${memberRef(member)} · ${memberWhen(member)}${title}`;
  };
  const walk = (id: number, prefix: string, last: boolean) => {
    const edge = edgeTo.get(id)!;
    lines.push(`${prefix}${last ? "└─ " : "├─ "}${describe(id)}  [${edge.confidence.toFixed(2)}]`);
    const below = prefix + (last ? "   " : "│  ");
    lines.push(`${below}${(children.get(id)?.length ?? 0) > 0 ? "│ " : "  "} ${reasonLine(edge)}`);
    const kids = children.get(id) ?? [];
    kids.forEach((kid, i) => walk(kid, below, i === kids.length - 1));
  };
  for (const root of graph.roots) {
    const kids = children.get(root) ?? [];
    lines.push(`● ${describe(root)}${kids.length === 0 ? "  (nothing derived from it here)" : ""}`);
    kids.forEach((kid, i) => walk(kid, "", i === kids.length - 1));
  }
  return `${lines.join("\n")}\n`;
}

function reasonLine(edge: DerivationEdge): string {
  return edge.reasons.map(plain).join("; ");
}

/** The story's disagreements, then its facts grouped by kind, each with the members carrying it. */
export function renderStoryFacts(graph: StoryGraph): string {
  const lines: string[] = ["Disagreements"];
  if (graph.disagreements.length === 0) lines.push("  none found");
  for (const disagreement of graph.disagreements) {
    const who = disagreement.variants.map((variant) => variant.members.map((id) => `#${id}`).join(" ")).join(" | ");
    lines.push(`  ! ${plain(disagreement.message)}  (${who})`);
  }
  lines.push("", "Facts");
  if (graph.facts.length === 0) lines.push("  none found");
  for (const fact of graph.facts) lines.push(`  ${fact.kind.padEnd(7)} ${factText(fact)}  ${fact.members.map((id) => `#${id}`).join(" ")}`);
  return `${lines.join("\n")}\n`;
}

/** One fact as a reader would write it: the quote with its speaker, the entity with its role. */
export function factText(fact: StoryFact): string {
  if (fact.kind === "quote") {
    const speakers = fact.speakers?.map((s) => plain(s.speaker)).join(" / ");
    return `"${shorten(fact.text, FACT_LIMIT)}"${speakers ? ` (${speakers})` : ""}`;
  }
  if (fact.kind === "entity") return `${shorten(fact.text, FACT_LIMIT)} (${fact.entityType ?? "entity"}, ${fact.slot})`;
  return shorten(fact.text, FACT_LIMIT);
}
