import { describe, expect, it } from "vitest";
import { sameStem } from "./stems.js";

describe("sameStem", () => {
  it("matches words with one Porter stem", () => {
    expect(sameStem("approval", "approved")).toBe(true);
    expect(sameStem("rising", "rise")).toBe(true);
  });

  it("does not match words with different stems", () => {
    expect(sameStem("approval", "apple")).toBe(false);
  });

  it("ignores case", () => {
    expect(sameStem("Elections", "election")).toBe(true);
  });

  it("does not match on stems shorter than three letters", () => {
    // "us" and "use" both stem to "us".
    expect(sameStem("us", "use")).toBe(false);
  });

  it("still matches a short word with itself", () => {
    expect(sameStem("us", "us")).toBe(true);
  });

  it("compares multiword terms word by word", () => {
    expect(sameStem("setting up", "set_up")).toBe(true);
    expect(sameStem("rate rise", "rate")).toBe(false);
  });

  it("never matches an empty term", () => {
    expect(sameStem("", "")).toBe(false);
  });
});
