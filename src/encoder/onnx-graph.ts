import { createRequire } from "node:module";
import type { onnx as OnnxNamespace } from "onnx-proto";

// CommonJS, so required: protobufjs's generated module has no ES entry.
const { onnx } = createRequire(import.meta.url)("onnx-proto") as { onnx: typeof OnnxNamespace };

/** ONNX element types this project's graphs use. */
export const OnnxType = { float: 1, int32: 6, int64: 7, bool: 9 } as const;
export type OnnxElementType = (typeof OnnxType)[keyof typeof OnnxType];

type AttributeValue = number | number[] | OnnxNamespace.ITensorProto;

/**
 * Builds an ONNX model node by node and serialises it for onnxruntime. Names are the caller's;
 * `constant` adds a small int64 tensor (shapes, axes) under a fresh name.
 */
export class OnnxGraphBuilder {
  private readonly nodes: OnnxNamespace.INodeProto[] = [];
  private readonly initializers: OnnxNamespace.ITensorProto[] = [];
  private readonly inputs: OnnxNamespace.IValueInfoProto[] = [];
  private readonly outputs: OnnxNamespace.IValueInfoProto[] = [];
  private fresh = 0;

  /** A graph input, of unknown shape unless its `rank` is given. */
  input(name: string, type: OnnxElementType, rank?: number): void {
    this.inputs.push(valueInfo(name, type, rank));
  }

  /** A graph result; its shape is left to onnxruntime's inference. */
  output(name: string, type: OnnxElementType): void {
    this.outputs.push(valueInfo(name, type));
  }

  initializer(name: string, type: OnnxElementType, dims: readonly number[], bytes: Uint8Array): void {
    this.initializers.push(onnx.TensorProto.create({ name, dataType: type, dims: [...dims], rawData: bytes }));
  }

  /** A 1-D int64 tensor of `values`, or a scalar when `scalar` is set. */
  constant(values: readonly number[], scalar = false): string {
    const name = this.name("const");
    const data = BigInt64Array.from(values, (value) => BigInt(value));
    this.initializer(name, OnnxType.int64, scalar ? [] : [values.length], new Uint8Array(data.buffer));
    return name;
  }

  /** Adds a node and returns its first output's name (a fresh one unless `outputs` are given). */
  node(opType: string, inputs: readonly string[], attributes: Record<string, AttributeValue> = {}, outputs?: readonly string[]): string {
    const names = outputs ? [...outputs] : [this.name(opType)];
    this.nodes.push(
      onnx.NodeProto.create({
        opType,
        input: [...inputs],
        output: names,
        attribute: Object.entries(attributes).map(([name, value]) => attribute(name, value)),
      }),
    );
    return names[0]!;
  }

  /** Every name some node reads. */
  readNames(): Set<string> {
    return new Set(this.nodes.flatMap((node) => node.input ?? []));
  }

  name(prefix: string): string {
    return `wiretrace/${prefix}_${this.fresh++}`;
  }

  toBytes(opset: number): Uint8Array {
    const graph = onnx.GraphProto.create({
      name: "graph",
      node: this.nodes,
      initializer: this.initializers,
      input: this.inputs,
      output: this.outputs,
    });
    const model = onnx.ModelProto.create({ irVersion: 8, producerName: "wiretrace", opsetImport: [{ domain: "", version: opset }], graph });
    return onnx.ModelProto.encode(model).finish();
  }
}

function valueInfo(name: string, type: OnnxElementType, rank?: number): OnnxNamespace.IValueInfoProto {
  if (rank === undefined) return onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType: type } } });
  const dim = Array.from({ length: rank }, (_, i) => ({ dimParam: `${name}_${i}` }));
  return onnx.ValueInfoProto.create({ name, type: { tensorType: { elemType: type, shape: { dim } } } });
}

function attribute(name: string, value: AttributeValue): OnnxNamespace.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === "number") return { name, type: AttributeType.INT, i: value };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  return { name, type: AttributeType.TENSOR, t: value as OnnxNamespace.ITensorProto };
}

/** A one-element tensor holding `value`, for ConstantOfShape's fill. */
export function scalarTensor(type: OnnxElementType, value: number): OnnxNamespace.ITensorProto {
  // Graph integers are int32 (see TF_TYPES in tf-graph-to-onnx.ts), so no int64 fill is needed.
  const data = type === OnnxType.float ? new Float32Array([value]) : new Int32Array([value]);
  return onnx.TensorProto.create({ dataType: type, dims: [1], rawData: new Uint8Array(data.buffer) });
}
