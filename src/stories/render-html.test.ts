import { describe, expect, it } from "vitest";
import { members, story } from "./fixture.test-data.js";
import { buildStoryGraph } from "./graph.js";
import { renderStoryHtml } from "./render-html.js";

const graph = buildStoryGraph(story, members);

describe("renderStoryHtml", () => {
  const html = renderStoryHtml(graph);

  it("draws the graph as inline SVG with one link per member to its entry below", () => {
    expect(html).toContain("<svg");
    for (const member of graph.members) {
      expect(html).toContain(`<a href="#member-${member.id}" class="node`);
      expect(html).toContain(`<li id="member-${member.id}">`);
    }
    expect(html.match(/<path class="edge"/g)).toHaveLength(graph.edges.length);
  });

  it("loads nothing from the network and runs no script", () => {
    const withoutSvgNamespace = html.replace('xmlns="http://www.w3.org/2000/svg"', "");
    expect(withoutSvgNamespace).not.toMatch(/https?:\/\/(?!wire\.example|courier\.example)/);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toContain("<script");
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
  });

  it("shows the disagreement and the facts", () => {
    expect(html).toContain("3 outlets say 12,000 jobs, 1 says 1,200 jobs");
    expect(html).toContain("We have waited too long to make these decisions");
  });

  it("escapes a hostile title everywhere it appears", () => {
    const title = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const hostile = renderStoryHtml({
      ...graph,
      story: { ...graph.story, headline: title },
      members: graph.members.map((m) => (m.id === 1 ? { ...m, title, outlet: "<b>Wire</b>" } : m)),
    });
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("<img");
    expect(hostile).not.toContain("<b>Wire");
    expect(hostile).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});
