import { describe, expect, it } from "vitest";
import { DEFAULT_BANDING, estimateJaccard, sketch } from "./index.js";

const WIRE =
  "VELMAR, March 3 (Northwire) - The port of Velmar will reopen on Tuesday after a week of storms, " +
  "harbour master Ada Quill said, adding that 40 ships were waiting offshore.";

describe("sketch", () => {
  it("gives shingles, a 128-slot signature and one key per band", () => {
    const features = sketch(WIRE);
    expect(features.shingles.length).toBeGreaterThan(20);
    expect(features.signature.length).toBe(128);
    expect(features.bandKeys.length).toBe(DEFAULT_BANDING.bands);
  });

  it("is the same for a reformatted copy", () => {
    const reformatted = WIRE.toUpperCase().replace(/[,.()-]/g, " ").replace(/ +/g, "\n");
    expect(sketch(reformatted)).toEqual(sketch(WIRE));
  });

  it("keeps a light rewrite close to its source", () => {
    const rewrite = WIRE.replace("after a week of storms", "after storms").replace("40", "forty");
    expect(estimateJaccard(sketch(WIRE).signature, sketch(rewrite).signature)).toBeGreaterThan(0.5);
  });

  it("gives no band keys to a text without words", () => {
    expect(sketch("  ...  ").bandKeys).toEqual([]);
  });

  it("keeps the features already stored: pinned values", () => {
    const features = sketch("Harbour officials in Velmar said on Tuesday the port would reopen.");
    expect(Array.from(features.shingles.slice(0, 3))).toEqual([582548556, 693404376, 896081874]);
    expect(Array.from(features.signature.slice(0, 4))).toEqual([459055840, 192207791, 106381684, 803467529]);
    expect(features.bandKeys.slice(0, 2)).toEqual([3093353444, 5724735280]);
  });
});
