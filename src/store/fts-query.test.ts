import { describe, it, expect } from "vitest";
import { anyOfTerms } from "./fts-query.js";

describe("anyOfTerms", () => {
  it("ORs the terms as quoted phrases", () => {
    expect(anyOfTerms(["harbour", "Velmar"])).toBe('"harbour" OR "velmar"');
  });

  it("splits apostrophes and hyphens as the tokenizer does", () => {
    expect(anyOfTerms(["O'Brien", "cross-border"])).toBe('"o brien" OR "cross border"');
  });

  it("leaves no quote or operator that FTS5 could parse", () => {
    expect(anyOfTerms(['say "NEAR(', "*"])).toBe('"say near"');
  });

  it("drops terms with no word in them and repeats", () => {
    expect(anyOfTerms(["--", "", "tolls", "TOLLS"])).toBe('"tolls"');
  });

  it("returns null when nothing is left", () => {
    expect(anyOfTerms(["", "'"])).toBeNull();
  });
});
