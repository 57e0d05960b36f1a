import { describe, expect, it } from "vitest";
import { inWindow, VectorIndex } from "./vector-index.js";

const unit = (...values: number[]) => {
  const length = Math.hypot(...values);
  return Float32Array.from(values.map((value) => value / length));
};
const open = { from: null, to: null };

function index(): VectorIndex {
  const vectors = new VectorIndex();
  vectors.add([
    { id: 1, publishedKey: "2026-11-01T09:00", vector: unit(1, 0, 0) },
    { id: 2, publishedKey: "2026-11-03T09:00", vector: unit(1, 1, 0) },
    { id: 3, publishedKey: null, vector: unit(0, 0, 1) },
  ]);
  return vectors;
}

describe("VectorIndex", () => {
  it("ranks held vectors by cosine with the query, best first", () => {
    expect(index().search(unit(1, 0.2, 0), 3, open, new Set()).map((hit) => hit.id)).toEqual([1, 2, 3]);
  });

  it("keeps only the best `limit`", () => {
    expect(index().search(unit(0, 1, 0), 1, open, new Set()).map((hit) => hit.id)).toEqual([2]);
  });

  it("leaves out excluded ids", () => {
    expect(index().search(unit(1, 0, 0), 3, open, new Set([1])).map((hit) => hit.id)).toEqual([2, 3]);
  });

  it("leaves out articles published after the window, but keeps those with no time", () => {
    expect(index().search(unit(1, 1, 0), 3, { from: null, to: "2026-11-02" }, new Set()).map((hit) => hit.id)).toEqual([1, 3]);
  });

  it("answers nothing for a query of another length", () => {
    expect(index().search(unit(1, 0), 3, open, new Set())).toEqual([]);
  });

  it("grows with later rows and reports the last id it holds", () => {
    const vectors = index();
    vectors.add([{ id: 7, publishedKey: null, vector: unit(0, 1, 0) }]);
    expect([vectors.size, vectors.lastId]).toEqual([4, 7]);
  });
});

describe("inWindow", () => {
  it("compares at the precision of the shorter key", () => {
    expect(inWindow("2026-11-04", { from: "2026-11-04T12:00", to: null })).toBe(true);
  });
});
