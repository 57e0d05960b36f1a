import { describe, expect, it } from "vitest";
import { members, story } from "./fixture.test-data.js";
import { buildStoryGraph } from "./graph.js";
import { renderStoryDot } from "./render-dot.js";

/** Checks DOT structure: strings closed, braces balanced outside strings, edge ends declared as nodes. */
function checkDot(dot: string): { declared: Set<string>; edges: Array<[string, string]> } {
  const outside: string[] = [];
  let inString = false;
  for (let i = 0; i < dot.length; i++) {
    const char = dot[i]!;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else outside.push(char);
  }
  expect(inString).toBe(false);
  let depth = 0;
  for (const char of outside) {
    depth += char === "{" ? 1 : char === "}" ? -1 : 0;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  const declared = new Set([...dot.matchAll(/^ {2}(m\d+) \[/gm)].map((match) => match[1]!));
  const edges = [...dot.matchAll(/^ {2}(m\d+) -> (m\d+) \[/gm)].map((match): [string, string] => [match[1]!, match[2]!]);
  return { declared, edges };
}

describe("renderStoryDot", () => {
  const graph = buildStoryGraph(story, members);

  it("is a digraph with balanced braces whose edges join declared nodes", () => {
    const dot = renderStoryDot(graph);
    expect(dot.startsWith('digraph "story-7" {')).toBe(true);
    const { declared, edges } = checkDot(dot);
    expect(declared.size).toBe(4);
    expect(edges).toEqual([
      ["m1", "m2"],
      ["m1", "m3"],
    ]);
    for (const [from, to] of edges) {
      expect(declared.has(from) && declared.has(to)).toBe(true);
    }
  });

  it("escapes quotes, backslashes and braces in labels", () => {
    const hostile = { ...graph, members: graph.members.map((m) => (m.id === 2 ? { ...m, title: 'Say "hi" \\ } { ]; m9 -> m1' } : m)) };
    const dot = renderStoryDot(hostile);
    const { declared, edges } = checkDot(dot);
    expect(declared.size).toBe(4);
    expect(edges).toHaveLength(2);
    expect(dot).toContain('Say \\"hi\\" \\\\ } { ]; m9 -> m1');
  });
});
