import { describe, expect, it } from "vitest";
import type { Finding } from "../report/types.js";
import { withoutRepeats } from "./repeats.js";

function at(type: Finding["type"], start: number, end: number): Finding {
  return { type, severity: "high", rewrite: { sentence: 0, start, end, text: "x" }, source: null, message: type };
}

describe("withoutRepeats", () => {
  it("keeps one finding per type and rewrite span", () => {
    expect(withoutRepeats([at("misattribution", 40, 52), at("misattribution", 40, 52)])).toHaveLength(1);
  });

  it("drops an entity-changed on the words a misattribution reports", () => {
    expect(withoutRepeats([at("misattribution", 40, 52), at("entity-changed", 40, 45)]).map((item) => item.type)).toEqual(["misattribution"]);
  });

  it("keeps findings of other types or other words", () => {
    expect(withoutRepeats([at("entity-changed", 0, 5), at("number-changed", 0, 5), at("entity-changed", 10, 15)])).toHaveLength(3);
  });
});
