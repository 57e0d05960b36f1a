import { describe, expect, it } from "vitest";
import { members, story } from "./fixture.test-data.js";
import { buildStoryGraph, derivedShareOf } from "./graph.js";

describe("buildStoryGraph", () => {
  const graph = buildStoryGraph(story, members);

  it("lists the members in time order", () => {
    expect(graph.members.map((member) => member.id)).toEqual([1, 2, 4, 3]);
  });

  it("links the copy and the credited rewrite to the wire original", () => {
    expect(graph.edges.map((edge) => [edge.from, edge.to])).toEqual([
      [1, 2],
      [1, 3],
    ]);
  });

  it("keeps the wire original and the independent report as roots", () => {
    expect(graph.roots).toEqual([1, 4]);
  });

  it("records how much of the derived article the source covers and why it is linked", () => {
    const copyEdge = graph.edges.find((edge) => edge.to === 2)!;
    expect(copyEdge.containment).toBe(1);
    expect(copyEdge.reasons).toEqual([
      "published 2 h later",
      "100% of its 3-word phrases appear in the earlier article",
      "credits Reuters",
      "same dateline (LONDON)",
    ]);
    const rewriteEdge = graph.edges.find((edge) => edge.to === 3)!;
    expect(rewriteEdge.reasons).toContain("credits Reuters");
    expect(rewriteEdge.confidence).toBeLessThan(copyEdge.confidence);
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
  });

  it("uses the containment the caller gives", () => {
    const nothingShared = buildStoryGraph(story, members, { containment: () => 0 });
    expect(nothingShared.edges).toEqual([]);
    expect(nothingShared.roots).toEqual([1, 2, 4, 3]);
  });

  it("uses the analysis the caller gives", () => {
    const empty = buildStoryGraph(story, members, { analysis: (member) => ({ text: member.text, sentences: [], atoms: [], referenceDate: null }) });
    expect(empty.facts).toEqual([]);
  });
});

describe("derivedShareOf", () => {
  it("counts the members with a parent: the copy and the rewrite of four", () => {
    expect(derivedShareOf(members)).toBe(0.5);
  });

  it("is 0 for a story with no members", () => {
    expect(derivedShareOf([])).toBe(0);
  });
});

