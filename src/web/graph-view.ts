/**
 * The derivation graph as SVG, laid out by the CLI's story layout: time runs left to right, an
 * arrow points from a source to the article derived from it, thicker when more certain. Each box
 * links to its article page.
 */
import { NODE_HEIGHT, NODE_WIDTH, edgePath, layoutGraph, r, type GraphLayout, type NodeBox } from "../stories/layout.js";
import { memberRef, membersById, memberWhen, outletName, plain } from "../stories/labels.js";
import type { DerivationEdge, StoryGraph, StoryMemberView } from "../stories/types.js";
import { s } from "./dom.js";
import { formatTime } from "./format.js";
import { articleHref } from "./routes.js";
import { confidenceLabelAt, edgeWidth } from "./graph-model.js";

/** Room the box keeps between its text and its right edge. */
const TEXT_INSET = 8;

/** The SVG drawing of a story graph; `labelledBy` names the heading it sits under. */
export function graphSvg(graph: StoryGraph, labelledBy: string): SVGSVGElement {
  const layout = layoutGraph(graph);
  const members = membersById(graph);
  const boxes = new Map(layout.nodes.map((node) => [node.id, node]));
  const roots = new Set(graph.roots);
  return s(
    "svg",
    {
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: "group",
      "aria-labelledby": labelledBy,
      "data-testid": "story-graph",
    },
    s(
      "defs",
      {},
      s(
        "marker",
        { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
        s("path", { class: "arrowhead", d: "M 0 0 L 10 5 L 0 10 z" }),
      ),
    ),
    axis(layout),
    ...graph.edges.flatMap((edge) => {
      const from = boxes.get(edge.from);
      const to = boxes.get(edge.to);
      return from && to ? [edgeGroup(edge, from, to, members)] : [];
    }),
    ...layout.nodes.flatMap((node) => {
      const member = members.get(node.id);
      return member ? [nodeLink(node, member, roots.has(node.id))] : [];
    }),
  );
}

function axis(layout: GraphLayout): SVGGElement {
  const y = layout.axisY;
  return s(
    "g",
    { "aria-hidden": "true" },
    s("line", { class: "axis", x1: 0, y1: y, x2: layout.width, y2: y }),
    ...layout.ticks.flatMap((tick) => [
      s("line", { class: "axis", x1: r(tick.x), y1: y - 4, x2: r(tick.x), y2: y + 4 }),
      s("text", { class: "tick", x: r(tick.x), y: y + 18, "text-anchor": "middle" }, formatTime(new Date(tick.time).toISOString())),
    ]),
  );
}

function nodeLink(node: NodeBox, member: StoryMemberView, root: boolean): SVGAElement {
  const shown = [`#${member.id} ${outletName(member)}`, memberWhen(member)];
  // The name starts with the words the box shows, in the same order, so speech and sight agree.
  const description = [shown.join(" "), member.title ? plain(member.title) : "", root ? "a root: derives from no earlier article here" : ""]
    .filter(Boolean)
    .join(", ");
  const clipId = `node-clip-${member.id}`;
  return s(
    "a",
    { href: articleHref(member.id), class: root ? "node root" : "node", "aria-label": description, "data-article": member.id },
    // The full text, clipped to the box rather than shortened, so what a reader sees is part of the link's name.
    s("clipPath", { id: clipId }, s("rect", { x: r(node.x), y: r(node.y), width: NODE_WIDTH - TEXT_INSET, height: NODE_HEIGHT })),
    s("rect", { class: "box", x: r(node.x), y: r(node.y), width: NODE_WIDTH, height: NODE_HEIGHT, rx: 6 }),
    s(
      "text",
      { "clip-path": `url(#${clipId})` },
      s("tspan", { class: "outlet", x: r(node.x + TEXT_INSET), y: r(node.y + 17) }, `${shown[0]} `),
      s("tspan", { class: "when", x: r(node.x + TEXT_INSET), y: r(node.y + 33) }, shown[1]),
    ),
  );
}

function edgeGroup(edge: DerivationEdge, from: NodeBox, to: NodeBox, members: Map<number, StoryMemberView>): SVGGElement {
  const fromRef = members.get(edge.from);
  const toRef = members.get(edge.to);
  const tooltip = `${fromRef ? memberRef(fromRef) : `#${edge.from}`} → ${toRef ? memberRef(toRef) : `#${edge.to}`} (confidence ${edge.confidence.toFixed(2)}): ${edge.reasons.map(plain).join("; ")}`;
  const label = confidenceLabelAt(from, to);
  return s(
    "g",
    { class: "edge-group", "data-edge": `${edge.from}-${edge.to}` },
    s("title", {}, tooltip),
    s("path", { class: "edge", d: edgePath(from, to), "stroke-width": edgeWidth(edge.confidence), "marker-end": "url(#arrow)" }),
    label ? s("text", { class: "conf", x: r(label.x), y: r(label.y) }, edge.confidence.toFixed(2)) : null,
  );
}
