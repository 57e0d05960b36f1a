import { describe, expect, it } from "vitest";
import { members, story } from "./fixture.test-data.js";
import { buildStoryGraph } from "./graph.js";
import { renderStoryFacts, renderStoryTree } from "./render-text.js";

const graph = buildStoryGraph(story, members);

describe("renderStoryTree", () => {
  const tree = renderStoryTree(graph);
  const lines = tree.split("\n");

  it("puts roots at the margin and derived articles under them with confidence and reasons", () => {
    const root = lines.findIndex((line) => line.startsWith("● #1 Reuters"));
    expect(lines[root + 1]).toMatch(/^├─ #2 Daily Courier .*\[0\.98\]$/);
    expect(lines[root + 2]).toMatch(/^│ +published 2 h later; 100% of its 3-word phrases/);
    expect(lines[root + 3]).toMatch(/^└─ #3 Northern Gazette .*\[0\.\d\d\]$/);
  });

  it("shows the independent report as a root of its own", () => {
    expect(lines.some((line) => line.startsWith("● #4 Drammen Tidende"))).toBe(true);
  });

  it("removes control characters from article text", () => {
    const hostile = renderStoryTree({ ...graph, members: graph.members.map((m) => (m.id === 1 ? { ...m, title: "Jobs\u001b[31m cut" } : m)) });
    expect(hostile).not.toContain("\u001b");
  });
});

describe("renderStoryFacts", () => {
  it("lists the disagreements first, then the facts with their members", () => {
    const text = renderStoryFacts(graph);
    expect(text).toContain("! 3 outlets say 12,000 jobs, 1 says 1,200 jobs  (#1 #2 #4 | #3)");
    expect(text.indexOf("Disagreements")).toBeLessThan(text.indexOf("Facts"));
    expect(text).toMatch(/number +12,000 jobs +#1 #2 #4/);
  });
});
