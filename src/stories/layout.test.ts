import { describe, expect, it } from "vitest";
import { NODE_HEIGHT, NODE_WIDTH, layoutGraph } from "./layout.js";
import type { StoryGraph, StoryMemberView } from "./types.js";

function graphOf(times: string[], edges: Array<[number, number]>): StoryGraph {
  const members: StoryMemberView[] = times.map((published, i) => ({ id: i + 1, published, ingestedAt: published, cues: [] }));
  return {
    story: { id: 1, headline: "h", size: times.length, outlets: [], firstSeen: times[0]!, lastSeen: times.at(-1)! },
    members,
    edges: edges.map(([from, to]) => ({ from, to, confidence: 0.9, containment: 0.9, reasons: [] })),
    roots: [],
    facts: [],
    disagreements: [],
  };
}

function overlap(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
}

describe("layoutGraph", () => {
  it("places later members further right", () => {
    const layout = layoutGraph(graphOf(["2024-01-01T08:00:00Z", "2024-01-01T09:00:00Z", "2024-01-01T18:00:00Z"], []));
    const [a, b, c] = layout.nodes;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
  });

  it("never overlaps two boxes, even for members published at the same minute", () => {
    const times = ["2024-01-01T08:00:00Z", ...Array.from({ length: 6 }, () => "2024-01-01T08:01:00Z"), "2024-01-02T08:00:00Z"];
    const { nodes } = layoutGraph(graphOf(times, [[1, 2], [1, 3], [1, 4]]));
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it("keeps a chain of copies in one lane", () => {
    const layout = layoutGraph(graphOf(["2024-01-01T08:00:00Z", "2024-01-01T12:00:00Z", "2024-01-01T16:00:00Z"], [[1, 2], [2, 3]]));
    expect(new Set(layout.nodes.map((node) => node.lane)).size).toBe(1);
  });

  it("moves a child out of its parent's lane when another box sits between them", () => {
    const layout = layoutGraph(graphOf(["2024-01-01T08:00:00Z", "2024-01-01T12:00:00Z", "2024-01-01T16:00:00Z"], [[1, 2], [1, 3]]));
    const lanes = layout.nodes.map((node) => node.lane);
    expect(lanes[2]).not.toBe(lanes[0]);
  });
});
