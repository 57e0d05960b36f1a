import { describe, expect, it } from "vitest";
import { align } from "../align/index.js";
import { analyze } from "../analyze/index.js";
import { findDrift } from "./index.js";
import { unsupportedWordShare } from "./unsupported-share.js";

/** The share for a pair aligned by words alone (no encoder), as the report would carry it. */
function shareOf(sourceText: string, rewriteText: string): number {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const { alignment } = findDrift(source, rewrite, align(source, rewrite));
  return unsupportedWordShare(rewrite.sentences, alignment);
}

const SOURCE = "Mara Colby bought a red bicycle in Tellington on Monday. The shop closed early.";

describe("unsupportedWordShare", () => {
  it("is 0 for a copy", () => {
    expect(shareOf(SOURCE, SOURCE)).toBe(0);
  });

  it("is 0 for a paraphrase whose words the source supports through a synonym", () => {
    expect(shareOf(SOURCE, "Mara Colby purchased a red bicycle in Tellington on Monday.")).toBe(0);
  });

  it("is above 0 when the rewrite adds a content word the source does not have", () => {
    expect(shareOf(SOURCE, "Mara Colby bought a stolen red bicycle in Tellington on Monday.")).toBeGreaterThan(0);
  });

  it("counts every word of a sentence nothing in the source supports", () => {
    expect(shareOf(SOURCE, "Thunderstorms flooded coastal villages overnight.")).toBe(1);
  });
});
