import { describe, expect, it } from "vitest";
import { parseBump } from "./bump.js";

const item = {
  id: 7,
  article_id: 3,
  article: "Coach Ida Berg won on Sunday.",
  reference_summary: "Ida Berg won on Sunday .",
  edited_summary: "Ida Berg lost on Sunday .",
  error_type: "Intrinsic Predicate Error",
  scores: {},
};

describe("parseBump", () => {
  it("prefers the corrected error type and stringifies the id", () => {
    const [pair] = parseBump(JSON.stringify([{ ...item, corrected_error_type: "Extrinsic Predicate Error" }]));
    expect(pair).toEqual({
      id: "7",
      article: item.article,
      reference: item.reference_summary,
      edited: item.edited_summary,
      errorType: "Extrinsic Predicate Error",
    });
  });

  it("falls back to error_type when there is no corrected type (task 2)", () => {
    expect(parseBump(JSON.stringify([item]))[0]?.errorType).toBe("Intrinsic Predicate Error");
  });

  it("names the item and field of a missing summary", () => {
    const { edited_summary: _dropped, ...broken } = item;
    expect(() => parseBump(JSON.stringify([broken]))).toThrow(/item 0.*edited_summary/);
  });
});
