import { describe, expect, it } from "vitest";
import { REWRITES_PER_SOURCE, selectPairs, type Domain } from "./pairs.js";

const record = (id: string, doc: string) => ({ id, doc, summary: `Summary ${id}.` });

const harbour: Domain = {
  name: "harbour",
  records: [record("h1", "Dock A."), record("h2", "Dock A."), record("h3", "Dock B."), record("h4", "Dock B.")],
};
const orchard: Domain = {
  name: "orchard",
  records: [record("o1", "Apples."), record("o2", "Pears."), record("o3", "Plums."), record("o4", "Figs.")],
};

describe("selectPairs", () => {
  it("takes one rewrite per document for distinct sources, domains interleaved", () => {
    const pairs = selectPairs([harbour, orchard], 4, "distinct-sources");
    expect(pairs.map((pair) => pair.id)).toEqual(["harbour:h1", "orchard:o1", "harbour:h3", "orchard:o3"]);
  });

  it("uses the document as source and the summary as rewrite", () => {
    expect(selectPairs([harbour], 1, "distinct-sources")[0]).toEqual({ id: "harbour:h1", source: "Dock A.", rewrite: "Summary h1." });
  });

  it("keeps a document's rewrites together for shared sources", () => {
    const village: Domain = { name: "village", records: Array.from({ length: REWRITES_PER_SOURCE + 1 }, (_, i) => record(`v${i}`, "Fete.")) };
    const pairs = selectPairs([village], REWRITES_PER_SOURCE + 1, "shared-sources");
    expect(pairs.map((pair) => pair.id)).toEqual(Array.from({ length: REWRITES_PER_SOURCE }, (_, i) => `village:v${i}`));
  });

  it("gives the same subset every time", () => {
    expect(selectPairs([harbour, orchard], 3, "shared-sources")).toEqual(selectPairs([harbour, orchard], 3, "shared-sources"));
  });
});
