import { describe, expect, it } from "vitest";
import { parseSummEdits } from "./summedits.js";

const item = {
  id: "demo_1_og",
  doc: "Caller: The order ships Monday.",
  summary: "The order ships Monday.",
  label: 1,
  original_summary: "The order ships Monday.",
  edit_types: ["entity_modification"],
  split: "test",
};

describe("parseSummEdits", () => {
  it("reads an item", () => {
    expect(parseSummEdits(JSON.stringify([item]))).toEqual([
      { id: item.id, doc: item.doc, summary: item.summary, label: 1, split: "test", editTypes: ["entity_modification"] },
    ]);
  });

  it("accepts the evaluation split", () => {
    expect(parseSummEdits(JSON.stringify([{ ...item, split: "evaluation" }]))[0]?.split).toBe("evaluation");
  });

  it("rejects an unknown split", () => {
    expect(() => parseSummEdits(JSON.stringify([{ ...item, split: "validation" }]))).toThrow(/split/);
  });

  it("rejects a label other than 0 or 1", () => {
    expect(() => parseSummEdits(JSON.stringify([{ ...item, label: "1" }]))).toThrow(/label/);
  });
});
