/** The derivation graph in Graphviz DOT, for `dot -Tsvg` and other Graphviz tools. */
import { memberWhen, outletName, plain, shorten, storyLine } from "./labels.js";
import type { StoryGraph, StoryMemberView } from "./types.js";

const TITLE_LIMIT = 48;

/**
 * A DOT digraph with time running left to right: one box per member (outlet, time, title; roots
 * drawn bold), one arrow per derivation edge labelled with its confidence, its reasons as the
 * tooltip. Every string is emitted as a quoted DOT string with quotes and backslashes escaped.
 */
export function renderStoryDot(graph: StoryGraph): string {
  const roots = new Set(graph.roots);
  const lines = [
    `digraph ${quote(`story-${graph.story.id}`)} {`,
    `  graph [rankdir=LR, labelloc=t, fontname="Helvetica", label=${quote(`${plain(graph.story.headline)}\n${storyLine(graph)}`)}];`,
    '  node [shape=box, style=rounded, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const member of graph.members) {
    const bold = roots.has(member.id) ? ", penwidth=2" : "";
    lines.push(`  ${nodeId(member.id)} [label=${quote(nodeLabel(member))}, tooltip=${quote(plain(member.title ?? outletName(member)))}${bold}];`);
  }
  for (const edge of graph.edges) {
    const width = (1 + 2 * edge.confidence).toFixed(1);
    lines.push(
      `  ${nodeId(edge.from)} -> ${nodeId(edge.to)} [label=${quote(edge.confidence.toFixed(2))}, tooltip=${quote(edge.reasons.map(plain).join("; "))}, penwidth=${width}];`,
    );
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function nodeId(id: number): string {
  return `m${id}`;
}

function nodeLabel(member: StoryMemberView): string {
  const parts = [`#${member.id} ${outletName(member)}`, memberWhen(member)];
  if (member.title) parts.push(shorten(member.title, TITLE_LIMIT));
  return parts.join("\n");
}

/** A DOT double-quoted string: backslash and quote escaped, line breaks as DOT's centred `\n`. */
function quote(text: string): string {
  const escaped = text
    .split("\n")
    .map((line) => plain(line).replace(/\\/g, "\\\\").replace(/"/g, '\\"'))
    .join("\\n");
  return `"${escaped}"`;
}
