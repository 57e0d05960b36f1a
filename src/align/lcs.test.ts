import { describe, expect, it } from "vitest";
import { lcsLength } from "./lcs.js";

describe("lcsLength", () => {
  it("keeps words in order across gaps", () => {
    expect(lcsLength("a b c d".split(" "), "a x c y d".split(" "))).toBe(3);
  });
});
