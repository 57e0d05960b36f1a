/**
 * One self-contained HTML page for a story: the derivation graph drawn as inline SVG (time left to
 * right), the disagreements, the facts, and the member list every graph node links to. No script
 * and no network access: the Content-Security-Policy allows only the page's own stylesheet, by
 * hash, and every piece of article text is escaped.
 */
import { createHash } from "node:crypto";
import { pageStart } from "../present/page.js";
import { escapeHtml } from "../present/escape.js";
import { STORY_STYLE } from "./html-style.js";
import { NODE_HEIGHT, NODE_WIDTH, edgePath, layoutGraph, r, type GraphLayout, type NodeBox } from "./layout.js";
import { childrenOf, FACT_KIND_NAMES, formatTime, memberRef, membersById, memberWhen, outletName, plain, shorten, storyLine } from "./labels.js";
import { factText } from "./render-text.js";
import type { DerivationEdge, StoryFact, StoryGraph, StoryMemberView } from "./types.js";

const NODE_OUTLET_LIMIT = 18;

/** Renders a story graph as a complete HTML document. */
export function renderStoryHtml(graph: StoryGraph): string {
  const headline = plain(graph.story.headline);
  return [
    ...pageStart({ title: `wiretrace story: ${headline}`, contentSecurityPolicy: contentSecurityPolicy(), style: STORY_STYLE }),
    "<header>",
    `<h1>${escapeHtml(headline)}</h1>`,
    `<p class="meta">Story ${escapeHtml(graph.story.id)} · ${escapeHtml(storyLine(graph))}</p>`,
    "</header>",
    graphSection(graph),
    disagreementsSection(graph),
    factsSection(graph),
    membersSection(graph),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Nothing may load or run; only this page's stylesheet applies. */
function contentSecurityPolicy(): string {
  const styleHash = `'sha256-${createHash("sha256").update(STORY_STYLE, "utf8").digest("base64")}'`;
  return ["default-src 'none'", `style-src ${styleHash}`, "base-uri 'none'", "form-action 'none'"].join("; ");
}

function anchor(id: number): string {
  return `member-${id}`;
}

function memberLink(member: StoryMemberView): string {
  return `<a href="#${anchor(member.id)}">${escapeHtml(memberRef(member))}</a>`;
}

function graphSection(graph: StoryGraph): string {
  const layout = layoutGraph(graph);
  const members = membersById(graph);
  const boxes = new Map(layout.nodes.map((node) => [node.id, node]));
  const roots = new Set(graph.roots);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="graph-heading">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path class="arrowhead" d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>',
    axisSvg(layout),
    ...graph.edges.map((edge) => edgeSvg(edge, boxes.get(edge.from)!, boxes.get(edge.to)!, members)),
    ...layout.nodes.map((node) => nodeSvg(node, members.get(node.id)!, roots.has(node.id))),
    "</svg>",
  ].join("\n");
  return [
    '<section aria-labelledby="graph-heading">',
    '<h2 id="graph-heading">Who copied whom</h2>',
    '<p class="note">Time runs left to right. An arrow points from a source to the article derived from it; thicker arrows are more certain. Bold boxes are roots: originals and independent reports. Select a box to see the article below.</p>',
    `<div class="graph">${svg}</div>`,
    "</section>",
  ].join("\n");
}

function axisSvg(layout: GraphLayout): string {
  const y = layout.axisY;
  const ticks = layout.ticks.map(
    (tick) =>
      `<line class="axis" x1="${r(tick.x)}" y1="${y - 4}" x2="${r(tick.x)}" y2="${y + 4}"/><text class="tick" x="${r(tick.x)}" y="${y + 18}" text-anchor="middle">${escapeHtml(formatTime(new Date(tick.time).toISOString()))}</text>`,
  );
  return [`<line class="axis" x1="0" y1="${y}" x2="${layout.width}" y2="${y}"/>`, ...ticks].join("\n");
}

function nodeSvg(node: NodeBox, member: StoryMemberView, root: boolean): string {
  const tooltip = [memberRef(member), memberWhen(member), member.title ? plain(member.title) : ""].filter(Boolean).join("\n");
  return [
    `<a href="#${anchor(member.id)}" class="${root ? "node root" : "node"}">`,
    `<title>${escapeHtml(tooltip)}</title>`,
    `<rect class="box" x="${r(node.x)}" y="${r(node.y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/>`,
    `<text class="outlet" x="${r(node.x + 8)}" y="${r(node.y + 17)}">${escapeHtml(shorten(`#${member.id} ${outletName(member)}`, NODE_OUTLET_LIMIT))}</text>`,
    `<text class="when" x="${r(node.x + 8)}" y="${r(node.y + 33)}">${escapeHtml(shorten(memberWhen(member), 26))}</text>`,
    "</a>",
  ].join("");
}

/** The arrow from a source to the article derived from it, labelled with its confidence. */
function edgeSvg(edge: DerivationEdge, from: NodeBox, to: NodeBox, members: Map<number, StoryMemberView>): string {
  const tooltip = `${memberRef(members.get(edge.from)!)} → ${memberRef(members.get(edge.to)!)} (confidence ${edge.confidence.toFixed(2)}): ${edge.reasons.map(plain).join("; ")}`;
  // The confidence sits above the run into the child, when the run is long enough to hold it.
  const runStart = from.lane === to.lane ? from.x + NODE_WIDTH : from.x + 10;
  const label =
    to.x - runStart >= 50 ? `<text class="conf" x="${r(to.x - 44)}" y="${r(to.y + NODE_HEIGHT / 2 - 6)}">${edge.confidence.toFixed(2)}</text>` : "";
  return [
    "<g>",
    `<title>${escapeHtml(tooltip)}</title>`,
    `<path class="edge" d="${edgePath(from, to)}" stroke-width="${(1 + 2.5 * edge.confidence).toFixed(1)}" marker-end="url(#arrow)"/>`,
    label,
    "</g>",
  ].join("");
}

function disagreementsSection(graph: StoryGraph): string {
  const members = membersById(graph);
  const body =
    graph.disagreements.length === 0
      ? '<p class="none">The members agree on every fact compared.</p>'
      : `<ul class="disagreements">${graph.disagreements
          .map((d) => {
            const who = d.variants.map((v) => `${escapeHtml(plain(v.text))}: ${v.members.map((id) => memberLink(members.get(id)!)).join(", ")}`);
            return `<li>${escapeHtml(plain(d.message))}<br><span class="meta">${who.join(" · ")}</span></li>`;
          })
          .join("\n")}</ul>`;
  return ['<section aria-labelledby="disagreements-heading">', '<h2 id="disagreements-heading">Where versions disagree</h2>', body, "</section>"].join("\n");
}

function factsSection(graph: StoryGraph): string {
  const members = membersById(graph);
  if (graph.facts.length === 0) {
    return '<section aria-labelledby="facts-heading"><h2 id="facts-heading">Facts</h2><p class="none">No facts found.</p></section>';
  }
  const rows = graph.facts.map(
    (fact) =>
      `<tr><td>${FACT_KIND_NAMES[fact.kind]}</td><td>${escapeHtml(factText(fact))}</td><td>${fact.members.map((id) => memberLink(members.get(id)!)).join(", ")}</td></tr>`,
  );
  return [
    '<section aria-labelledby="facts-heading">',
    '<h2 id="facts-heading">Facts</h2>',
    '<table class="facts"><thead><tr><th scope="col">Kind</th><th scope="col">Fact</th><th scope="col">Carried by</th></tr></thead><tbody>',
    ...rows,
    "</tbody></table>",
    "</section>",
  ].join("\n");
}

function membersSection(graph: StoryGraph): string {
  const members = membersById(graph);
  const edgeTo = new Map(graph.edges.map((edge) => [edge.to, edge]));
  const children = childrenOf(graph);
  const items = graph.members.map((member) => {
    const edge = edgeTo.get(member.id);
    const origin = edge
      ? `Derived from ${memberLink(members.get(edge.from)!)} (confidence ${edge.confidence.toFixed(2)}): <span class="reasons">${escapeHtml(edge.reasons.map(plain).join("; "))}</span>`
      : "A root: no earlier article here that it derives from.";
    const derived = (children.get(member.id) ?? []).map((id) => memberLink(members.get(id)!));
    const details = [
      member.url ? `<code>${escapeHtml(plain(member.url))}</code>` : "",
      member.dateline ? `dateline ${escapeHtml(plain(member.dateline))}` : "",
      member.cues.length > 0 ? `credits ${escapeHtml(member.cues.map(plain).join(", "))}` : "",
    ].filter(Boolean);
    return [
      `<li id="${anchor(member.id)}">`,
      `<div><strong>${escapeHtml(memberRef(member))}</strong> · ${escapeHtml(memberWhen(member))}</div>`,
      member.title ? `<div class="title">${escapeHtml(plain(member.title))}</div>` : "",
      details.length > 0 ? `<div class="meta">${details.join(" · ")}</div>` : "",
      `<div>${origin}</div>`,
      derived.length > 0 ? `<div>Derived from it: ${derived.join(", ")}</div>` : "",
      "</li>",
    ].join("");
  });
  return ['<section aria-labelledby="members-heading">', '<h2 id="members-heading">Articles</h2>', '<ol class="members">', ...items, "</ol>", "</section>"].join("\n");
}
