import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../store/types.js";
import { derivationDefaults, deriveEdges, edgeConfidence, type EdgeEvidence } from "./derivation.js";
import { createShingleContainment, type ContainmentFn } from "./shingles.js";

function member(id: number, fields: Partial<StoredArticle> = {}): StoredArticle {
  return { id, text: "", version: 1, contentHash: `h${id}`, cues: [], origin: "test", ingestedAt: `2024-06-01T00:0${id}:00Z`, ...fields };
}

/** Containment from a table: `table["1>2"]` is the share of 2 covered by 1; 0 when absent. */
function tableContainment(table: Record<string, number>): ContainmentFn {
  return (from, to) => table[`${from.id}>${to.id}`] ?? 0;
}

const baseEvidence: EdgeEvidence = {
  order: { basis: "published", gapMs: 3600_000 },
  containment: 0.5,
  reverse: 0.3,
  credit: null,
  sharedCue: null,
  dateline: null,
};

describe("edgeConfidence", () => {
  it("stays within 0..1 and never falls when any evidence grows", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(share, share, share, share, fc.boolean(), fc.boolean(), (c1, c2, r1, r2, credit, dateline) => {
        const weak: EdgeEvidence = { ...baseEvidence, containment: Math.min(c1, c2), reverse: Math.min(r1, r2) };
        const strong: EdgeEvidence = {
          ...weak,
          containment: Math.max(c1, c2),
          reverse: Math.max(r1, r2),
          credit: credit ? "Reuters" : null,
          dateline: dateline ? "LONDON" : null,
        };
        const low = edgeConfidence(weak);
        const high = edgeConfidence(strong);
        return low >= 0 && high <= 1 && high >= low;
      }),
    );
  });

  it("trusts publication order more than ingest order, and ingest order more than none", () => {
    const published = edgeConfidence(baseEvidence);
    const ingested = edgeConfidence({ ...baseEvidence, order: { basis: "ingested", gapMs: 1 } });
    const tie = edgeConfidence({ ...baseEvidence, order: { basis: "tie", gapMs: 0 } });
    expect(published).toBeGreaterThan(ingested);
    expect(ingested).toBeGreaterThan(tie);
  });
});

describe("deriveEdges", () => {
  it("points from the earlier article to the later copy", () => {
    const wire = member(1, { published: "2024-06-01T08:00:00Z" });
    const copy = member(2, { published: "2024-06-01T09:00:00Z" });
    const { edges, roots } = deriveEdges([copy, wire], tableContainment({ "1>2": 0.95, "2>1": 0.95 }));
    expect(edges.map((e) => [e.from, e.to])).toEqual([[1, 2]]);
    expect(roots).toEqual([1]);
  });

  it("leaves an article with little text in common as a root, even when it credits the same agency", () => {
    const wire = member(1, { published: "2024-06-01T08:00:00Z", outlet: "Reuters", cues: ["Reuters"] });
    const own = member(2, { published: "2024-06-01T09:00:00Z", cues: ["Reuters"] });
    const { edges, roots } = deriveEdges([wire, own], tableContainment({ "1>2": 0.05, "2>1": 0.04 }));
    expect(edges).toEqual([]);
    expect(roots).toEqual([1, 2]);
  });

  it("gives each article one parent: the best-supported earlier one", () => {
    const wire = member(1, { published: "2024-06-01T08:00:00Z", outlet: "Reuters" });
    const copy = member(2, { published: "2024-06-01T09:00:00Z" });
    const rewrite = member(3, { published: "2024-06-01T10:00:00Z" });
    const table = { "1>2": 0.9, "2>1": 0.9, "1>3": 0.4, "2>3": 0.7, "3>1": 0.3, "3>2": 0.3 };
    const { edges } = deriveEdges([wire, copy, rewrite], tableContainment(table));
    expect(edges.map((e) => [e.from, e.to])).toEqual([[1, 2], [2, 3]]);
  });

  it("prefers the credited outlet among equally similar earlier articles", () => {
    const wire = member(1, { published: "2024-06-01T08:00:00Z", outlet: "Reuters" });
    const copy = member(2, { published: "2024-06-01T09:00:00Z", outlet: "Daily Courier" });
    const rewrite = member(3, { published: "2024-06-01T10:00:00Z", cues: ["Reuters"] });
    const table = { "1>2": 1, "2>1": 1, "1>3": 0.5, "2>3": 0.5 };
    const edge = deriveEdges([wire, copy, rewrite], tableContainment(table)).edges.find((e) => e.to === 3);
    expect(edge?.from).toBe(1);
    expect(edge?.reasons).toContain("credits Reuters");
  });

  it("links a near copy of a near copy to its direct parent, not to the original both cover", () => {
    const text = "Brell council approved the harbour wall on Monday. Work starts in April. The wall costs 4 million crowns.";
    const original = member(1, { published: "2024-06-01T08:00:00Z", text });
    const shortened = member(2, { published: "2024-06-01T09:00:00Z", text: text.replace(" Work starts in April.", "") });
    const copy = member(3, { published: "2024-06-01T10:00:00Z", text: shortened.text.replace("Monday", "Tuesday") });
    const edge = deriveEdges([original, shortened, copy], createShingleContainment()).edges.find((e) => e.to === 3);
    expect(edge?.from).toBe(2);
  });

  it("links a rewrite to the original rather than to an earlier sibling that changed a figure", () => {
    const text = "Brell council approved the harbour wall on Monday. Work starts in April. The wall costs 4 million crowns.";
    const original = member(1, { published: "2024-06-01T08:00:00Z", text });
    const sibling = member(2, { published: "2024-06-01T09:00:00Z", text: text.replace("4 million", "9 million") });
    const rewrite = member(3, { published: "2024-06-01T10:00:00Z", text: text.replace("Monday", "Tuesday") });
    const edge = deriveEdges([original, sibling, rewrite], createShingleContainment()).edges.find((e) => e.to === 3);
    expect(edge?.from).toBe(1);
  });

  it("takes the direction from the text when the times cannot order the pair", () => {
    const long = member(1, { published: "2024-06-01" });
    const excerpt = member(2, { published: "2024-06-01" });
    const { edges } = deriveEdges([excerpt, long], tableContainment({ "1>2": 0.95, "2>1": 0.3 }));
    expect(edges.map((e) => [e.from, e.to])).toEqual([[1, 2]]);
    expect(edges[0]!.reasons[0]).toBe("no time order; the text decides the direction");
  });

  it("never closes a cycle among articles the times cannot order", () => {
    const members = [1, 2, 3].map((id) => member(id, { ingestedAt: "2024-06-01T00:00:00Z" }));
    const everything = tableContainment({ "1>2": 0.9, "2>1": 0.9, "2>3": 0.9, "3>2": 0.9, "1>3": 0.9, "3>1": 0.9 });
    const { edges, roots } = deriveEdges(members, everything);
    expect(edges).toHaveLength(2);
    expect(roots).toHaveLength(1);
  });

  it("explains an edge in short phrases", () => {
    const wire = member(1, { published: "2024-06-01T08:00:00Z", outlet: "Reuters", dateline: "OSLO" });
    const copy = member(2, { published: "2024-06-01T11:00:00Z", cues: ["Reuters"], dateline: "Oslo" });
    const [edge] = deriveEdges([wire, copy], tableContainment({ "1>2": 0.92, "2>1": 0.8 })).edges;
    expect(edge?.reasons).toEqual([
      "published 3 h later",
      "92% of its 3-word phrases appear in the earlier article",
      "credits Reuters",
      "same dateline (OSLO)",
    ]);
    expect(edge?.containment).toBe(0.92);
  });

  it("drops edges below the minimum confidence set by the caller", () => {
    const a = member(1, { published: "2024-06-01T08:00:00Z" });
    const b = member(2, { published: "2024-06-01T09:00:00Z" });
    const strict = { ...derivationDefaults, minConfidence: 0.99 };
    expect(deriveEdges([a, b], tableContainment({ "1>2": 0.5 }), strict).edges).toEqual([]);
  });
});
