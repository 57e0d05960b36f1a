import { describe, expect, it } from "vitest";
import { embedDistinct, vectorPairFeatures } from "./sentence-vectors.js";

describe("vectorPairFeatures", () => {
  it("gives the componentwise distance, then the componentwise product", () => {
    const features = vectorPairFeatures(Float32Array.from([0.5, -0.5]), Float32Array.from([0.25, 0.5]));
    expect(features).toEqual([0.25, 1, 0.125, -0.25]);
  });

  it("is the same whichever sentence comes first", () => {
    const [u, v] = [Float32Array.from([0.5, 0.25]), Float32Array.from([-0.5, 1])];
    expect(vectorPairFeatures(u, v)).toEqual(vectorPairFeatures(v, u));
  });

  it("refuses vectors of different lengths", () => {
    expect(() => vectorPairFeatures(new Float32Array(2), new Float32Array(3))).toThrow(/differ in length/);
  });
});

describe("embedDistinct", () => {
  it("embeds a text repeated in the input once", async () => {
    const asked: string[][] = [];
    const embed = async (texts: string[]) => {
      asked.push(texts);
      return texts.map((text) => Float32Array.from([text.length]));
    };
    const vectors = await embedDistinct(["Ana Reyes won.", "Ana Reyes won.", "She lost."], embed);
    expect(asked).toEqual([["Ana Reyes won.", "She lost."]]);
    expect(vectors.get("She lost.")).toEqual(Float32Array.from([9]));
  });
});
