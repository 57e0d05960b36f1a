/** One story: the derivation graph, where versions disagree, the facts, and every member article. */
import { childrenOf, FACT_KIND_NAMES, memberRef, membersById, memberWhen, storyLine } from "../stories/labels.js";
import { factText } from "../stories/render-text.js";
import type { StoryFact, StoryGraph, StoryMemberView } from "../stories/types.js";
import { getStory } from "./api.js";
import { externalLink, h, replaceChildren } from "./dom.js";
import { plain } from "./format.js";
import { graphSvg } from "./graph-view.js";
import { withLoading } from "./page.js";
import { articleHref, compareHref } from "./routes.js";


export function renderStoryPage(root: HTMLElement, id: number): void {
  document.title = `Story ${id} · wiretrace`;
  void withLoading(root, `story ${id}`, () => getStory(id), (graph) => {
    const headline = plain(graph.story.headline);
    document.title = `${headline} · wiretrace`;
    replaceChildren(
      root,
      h("p", { class: "crumbs" }, h("a", { href: "/stories" }, "Stories"), ` › Story ${graph.story.id}`),
      h("h1", {}, headline),
      h("p", { class: "meta" }, storyLine(graph)),
      graphSection(graph),
      disagreementsSection(graph),
      // The members come before the long facts table: they are what a reader follows from the graph.
      membersSection(graph),
      factsSection(graph),
    );
  });
}

function memberLink(members: Map<number, StoryMemberView>, id: number): HTMLElement {
  const member = members.get(id);
  return h("a", { href: articleHref(id) }, member ? memberRef(member) : `#${id}`);
}

/** Links separated by commas. */
function linkList(members: Map<number, StoryMemberView>, ids: number[]): Array<Node | string> {
  return ids.flatMap((id, i) => (i === 0 ? [memberLink(members, id)] : [", ", memberLink(members, id)]));
}

function graphSection(graph: StoryGraph): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "graph-heading" },
    h("h2", { id: "graph-heading" }, "Who copied whom"),
    h(
      "p",
      { class: "note" },
      "Time runs left to right. An arrow points from a source to the article derived from it, labelled with how certain the link is; thicker arrows are more certain. Bold boxes are roots: originals and independent reports. Select a box to open the article.",
    ),
    h("div", { class: "graph" }, graphSvg(graph, "graph-heading")),
  );
}

function disagreementsSection(graph: StoryGraph): HTMLElement {
  const members = membersById(graph);
  const body =
    graph.disagreements.length === 0
      ? h("p", { class: "none" }, "The articles agree on every fact compared.")
      : h(
          "ul",
          { class: "disagreements" },
          ...graph.disagreements.map((disagreement) =>
            h(
              "li",
              { "data-testid": "disagreement", "data-kind": disagreement.kind },
              h("p", { class: "message" }, plain(disagreement.message)),
              h(
                "ul",
                { class: "variants" },
                ...disagreement.variants.map((variant) => h("li", {}, h("strong", {}, plain(variant.text)), ": ", ...linkList(members, variant.members))),
              ),
            ),
          ),
        );
  return h("section", { "aria-labelledby": "disagreements-heading" }, h("h2", { id: "disagreements-heading" }, "Where versions disagree"), body);
}

/** Facts shown before the rest fold away: a big story states thousands. */
const FACTS_SHOWN = 40;

function factsSection(graph: StoryGraph): HTMLElement {
  const members = membersById(graph);
  // Widest first across kinds, so the facts most articles share come first; stable within a width.
  const facts = [...graph.facts].sort((a, b) => b.members.length - a.members.length);
  const table = (rows: StoryFact[]) =>
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "facts" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Kind"), h("th", { scope: "col" }, "Fact"), h("th", { scope: "col" }, "Carried by"))),
        h(
          "tbody",
          {},
          ...rows.map((fact) =>
            h(
              "tr",
              { "data-testid": "fact" },
              h("td", { "data-label": "Kind" }, FACT_KIND_NAMES[fact.kind]),
              h("td", { "data-label": "Fact" }, factText(fact)),
              h("td", { "data-label": "Carried by" }, ...linkList(members, fact.members)),
            ),
          ),
        ),
      ),
    );
  const rest = facts.slice(FACTS_SHOWN);
  const body =
    facts.length === 0
      ? [h("p", { class: "none" }, "No facts found.")]
      : [
          table(facts.slice(0, FACTS_SHOWN)),
          rest.length > 0 ? h("details", {}, h("summary", {}, `Show ${rest.length} more facts`), table(rest)) : null,
        ];
  return h("section", { "aria-labelledby": "facts-heading" }, h("h2", { id: "facts-heading" }, "Facts"), ...body);
}

function membersSection(graph: StoryGraph): HTMLElement {
  const members = membersById(graph);
  const edgeTo = new Map(graph.edges.map((edge) => [edge.to, edge]));
  const children = childrenOf(graph);
  return h(
    "section",
    { "aria-labelledby": "members-heading" },
    h("h2", { id: "members-heading" }, "Articles"),
    h(
      "ol",
      { class: "members" },
      ...graph.members.map((member) => {
        const edge = edgeTo.get(member.id);
        const derived = children.get(member.id) ?? [];
        const details = [
          member.dateline ? `dateline ${plain(member.dateline)}` : "",
          member.cues.length > 0 ? `credits ${member.cues.map(plain).join(", ")}` : "",
        ].filter(Boolean);
        return h(
          "li",
          { "data-member": member.id },
          h("div", {}, h("a", { href: articleHref(member.id), class: "member-ref" }, memberRef(member)), ` · ${memberWhen(member)}`),
          member.title ? h("div", { class: "title" }, plain(member.title)) : null,
          member.url || details.length > 0
            ? h("div", { class: "meta" }, member.url ? externalLink(plain(member.url)) : null, member.url && details.length > 0 ? " · " : "", details.join(" · "))
            : null,
          edge
            ? h(
                "div",
                {},
                "Derived from ",
                memberLink(members, edge.from),
                ` (confidence ${edge.confidence.toFixed(2)}): `,
                h("span", { class: "reasons" }, edge.reasons.map(plain).join("; ")),
                " · ",
                h("a", { href: compareHref(edge.from, member.id), "data-testid": "compare-link" }, "Compare with its source"),
              )
            : h("div", {}, "A root: no earlier article here that it derives from."),
          derived.length > 0 ? h("div", {}, "Derived from it: ", ...linkList(members, derived)) : null,
        );
      }),
    ),
  );
}
