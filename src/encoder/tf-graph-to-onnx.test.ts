import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { TfNode, TfWeight } from "./tf-graph.js";
import { tfGraphToOnnx } from "./tf-graph-to-onnx.js";

const ort = createRequire(import.meta.url)("onnxruntime-node") as typeof import("onnxruntime-node");

const FLOAT = { type: 1 };
const INT32 = { type: 3 };

function ints(...values: number[]): TfWeight {
  return { dtype: "int32", shape: [values.length], data: Int32Array.from(values) };
}

/** The graph's result, as its shape and its values. */
async function run(nodes: TfNode[], weights: Record<string, TfWeight>, feeds: Record<string, import("onnxruntime-node").Tensor>) {
  const session = await ort.InferenceSession.create(tfGraphToOnnx({ nodes, weights: new Map(Object.entries(weights)) }));
  const result = (await session.run(feeds))[session.outputNames[0]!]!;
  return { dims: [...result.dims], values: Array.from(result.data as Float32Array | Int32Array) };
}

describe("tfGraphToOnnx", () => {
  it("runs a 1x1 convolution as a product over the channel axis", async () => {
    const nodes: TfNode[] = [
      { name: "x", op: "Placeholder", attr: { dtype: FLOAT } },
      { name: "kernel", op: "Const" },
      { name: "y", op: "Conv2D", input: ["x", "kernel"], attr: { T: FLOAT, strides: { list: { i: ["1", "1", "1", "1"] } } } },
    ];
    const kernel: TfWeight = { dtype: "float32", shape: [1, 1, 2, 2], data: Float32Array.from([1, 2, 3, 4]) };
    const x = new ort.Tensor("float32", Float32Array.from([1, 10]), [1, 1, 1, 2]);
    expect(await run(nodes, { kernel }, { x })).toEqual({ dims: [1, 1, 1, 2], values: [31, 42] });
  });

  it("drops the axes a strided slice shrinks and honours its begin and end masks", async () => {
    const nodes: TfNode[] = [
      { name: "x", op: "Placeholder", attr: { dtype: INT32 } },
      { name: "begin", op: "Const" },
      { name: "end", op: "Const" },
      { name: "strides", op: "Const" },
      { name: "row", op: "StridedSlice", input: ["x", "begin", "end", "strides"], attr: { T: INT32, shrink_axis_mask: { i: "1" }, end_mask: { i: "2" } } },
    ];
    const x = new ort.Tensor("int32", Int32Array.from([1, 2, 3, 4, 5, 6]), [3, 2]);
    expect(await run(nodes, { begin: ints(1, 0), end: ints(2, 0), strides: ints(1, 1) }, { x })).toEqual({ dims: [2], values: [3, 4] });
  });

  it("gives the coordinates of true elements for a one-input Where, as int32 like TensorFlow.js", async () => {
    const nodes: TfNode[] = [
      { name: "x", op: "Placeholder", attr: { dtype: { type: 10 } } },
      { name: "where", op: "Where", input: ["x"] },
      { name: "out", op: "Cast", input: ["where"], attr: { DstT: INT32, T: INT32 } },
    ];
    const x = new ort.Tensor("bool", Uint8Array.from([0, 1, 1]), [3]);
    expect(await run(nodes, {}, { x })).toEqual({ dims: [2, 1], values: [1, 2] });
  });

  it("refuses an op it does not translate, naming it", () => {
    const nodes: TfNode[] = [
      { name: "x", op: "Placeholder", attr: { dtype: FLOAT } },
      { name: "y", op: "Erf", input: ["x"], attr: { T: FLOAT } },
    ];
    expect(() => tfGraphToOnnx({ nodes, weights: new Map() })).toThrow(/Erf \(y\)/);
  });
});
