import { describe, expect, it } from "vitest";
import { cachingEncoder, cosine, loadDefaultEncoder, toUnitVector } from "./index.js";

describe("cachingEncoder", () => {
  it("encodes each distinct text once", async () => {
    const seen: string[] = [];
    const encoder = cachingEncoder(async (texts) => {
      seen.push(...texts);
      return texts.map((text) => toUnitVector([text.length, 1]));
    });
    await encoder.embed(["a", "bb", "a"]);
    await encoder.embed(["bb", "ccc"]);
    expect(seen).toEqual(["a", "bb", "ccc"]);
  });

  it("returns the vectors in the order of the texts asked for, whatever the batching", async () => {
    const encoder = cachingEncoder(async (texts) => texts.map((text) => toUnitVector([text.length, 1])), { maxCount: 1, maxPaddedChars: 10 });
    const vectors = await encoder.embed(["ccc", "a", "bb"]);
    expect(vectors).toEqual(["ccc", "a", "bb"].map((text) => toUnitVector([text.length, 1])));
  });

  it("answers every text of a call that brings more new texts than the cache holds", async () => {
    const encoder = cachingEncoder(async (texts) => texts.map((text) => toUnitVector([text.length, 1])), undefined, 2);
    await encoder.embed(["a"]);
    const vectors = await encoder.embed(["a", "bb", "ccc", "dddd"]);
    expect(vectors.map((vector) => vector.length)).toEqual([2, 2, 2, 2]);
  });

  it("drops the text asked for least recently, not the one stored first", async () => {
    const seen: string[] = [];
    const encoder = cachingEncoder(async (texts) => {
      seen.push(...texts);
      return texts.map((text) => toUnitVector([text.length, 1]));
    }, undefined, 2);
    await encoder.embed(["a", "bb"]);
    await encoder.embed(["a"]);
    await encoder.embed(["ccc"]);
    await encoder.embed(["a", "bb"]);
    expect(seen).toEqual(["a", "bb", "ccc", "bb"]);
  });
});

describe("toUnitVector", () => {
  it("gives a vector whose cosine with itself is 1", () => {
    const v = toUnitVector([3, 4]);
    expect(cosine(v, v)).toBeCloseTo(1, 6);
  });
});

describe("loadDefaultEncoder", () => {
  it("loads the bundled model offline and ranks a paraphrase above an unrelated sentence", async () => {
    const encoder = await loadDefaultEncoder();
    const [a, b, c] = await encoder.embed([
      "The council approved the new school budget on Monday.",
      "On Monday the new budget for schools was passed by the council.",
      "A storm flooded the coastal road overnight.",
    ]);
    expect(a!.length).toBe(512);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.2);
  });
});
