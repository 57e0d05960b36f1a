import { OnnxGraphBuilder, OnnxType, scalarTensor, type OnnxElementType } from "./onnx-graph.js";
import { dataInputs, intAttr, listInts, nodeName, placeholderRank, topologicalOrder, type TfGraph, type TfNode, type TfWeight } from "./tf-graph.js";

const OPSET = 17;
const INT64_MAX = 2 ** 62;
const INT64_MIN = -(2 ** 62);

const ELEMENTWISE: Record<string, string> = {
  Add: "Add",
  BiasAdd: "Add",
  Sub: "Sub",
  Mul: "Mul",
  RealDiv: "Div",
  Maximum: "Max",
  Less: "Less",
  Greater: "Greater",
  LogicalNot: "Not",
  Sin: "Sin",
  Cos: "Cos",
  Tanh: "Tanh",
  Relu: "Relu",
  Softmax: "Softmax",
};

const REDUCTIONS: Record<string, string> = { Max: "ReduceMax", Mean: "ReduceMean", Prod: "ReduceProd" };

/**
 * Translates a TensorFlow graph into an ONNX model op by op, for onnxruntime to run natively. It
 * covers the ops the bundled Universal Sentence Encoder lite uses and refuses any other, so a
 * changed model fails loudly instead of computing something else. Shape and axis operands must be
 * weights (they are in that model): their values become ONNX attributes and constants.
 */
export function tfGraphToOnnx(graph: TfGraph): Uint8Array {
  const translator = new Translator(graph);
  for (const node of topologicalOrder(graph.nodes)) translator.translate(node);
  translator.markOutput();
  translator.addReadWeights();
  return translator.builder.toBytes(OPSET);
}

class Translator {
  readonly builder = new OnnxGraphBuilder();
  private readonly transposedRank = new Map<string, number>();

  constructor(private readonly graph: TfGraph) {}

  translate(node: TfNode): void {
    const b = this.builder;
    const inputs = dataInputs(node);
    const out = [node.name];
    const op = node.op;
    if (op in ELEMENTWISE) {
      b.node(ELEMENTWISE[op]!, inputs, {}, out);
      return;
    }
    if (op in REDUCTIONS) {
      b.node(REDUCTIONS[op]!, [inputs[0]!], { axes: this.ints(inputs[1]!), keepdims: this.bool(node, "keep_dims") ? 1 : 0 }, out);
      return;
    }
    switch (op) {
      case "Placeholder":
        b.input(node.name, onnxType(node, "dtype"), placeholderRank(node));
        return;
      case "Const":
        // Added at the end, and only if read as a tensor: most are shapes and axes, read here.
        return;
      case "Sum":
        b.node("ReduceSum", [inputs[0]!, b.constant(this.ints(inputs[1]!))], { keepdims: this.bool(node, "keep_dims") ? 1 : 0 }, out);
        return;
      case "Square":
        b.node("Mul", [inputs[0]!, inputs[0]!], {}, out);
        return;
      case "Rsqrt":
        b.node("Reciprocal", [b.node("Sqrt", [inputs[0]!])], {}, out);
        return;
      case "Cast":
        b.node("Cast", [inputs[0]!], { to: onnxType(node, "DstT") }, out);
        return;
      case "Shape":
        b.node("Cast", [b.node("Shape", [inputs[0]!])], { to: onnxType(node, "out_type") }, out);
        return;
      case "Where":
        b.node("Cast", [b.node("Transpose", [b.node("NonZero", [inputs[0]!])], { perm: [1, 0] })], { to: OnnxType.int32 }, out);
        return;
      case "Reshape":
        b.node("Reshape", [inputs[0]!, this.int64(inputs[1]!)], {}, out);
        return;
      case "GatherV2":
        b.node("Gather", [inputs[0]!, inputs[1]!], { axis: this.ints(inputs[2]!)[0]! }, out);
        return;
      case "GatherNd":
        b.node("GatherND", [inputs[0]!, this.int64(inputs[1]!)], {}, out);
        return;
      case "ScatterNd":
        this.scatter(inputs[2]!, scalarTensor(onnxType(node, "T"), 0), inputs[0]!, inputs[1]!, out);
        return;
      case "SparseToDense":
        this.scatter(inputs[1]!, scalarTensor(onnxType(node, "T"), this.ints(inputs[3]!)[0]!), inputs[0]!, inputs[2]!, out);
        return;
      case "ExpandDims":
        b.node("Unsqueeze", [inputs[0]!, b.constant(this.ints(inputs[1]!))], {}, out);
        return;
      case "Squeeze":
        b.node("Squeeze", [inputs[0]!, b.constant(listInts(node, "squeeze_dims"))], {}, out);
        return;
      case "ConcatV2":
        b.node("Concat", inputs.slice(0, -1), { axis: this.ints(inputs.at(-1)!)[0]! }, out);
        return;
      case "Pack": {
        const axis = intAttr(node, "axis");
        const expanded = inputs.map((input) => b.node("Unsqueeze", [input, b.constant([axis])]));
        b.node("Concat", expanded, { axis }, out);
        return;
      }
      case "SplitV": {
        const sizes = this.ints(inputs[1]!);
        const outputs = sizes.map((_, i) => (i === 0 ? node.name : `${node.name}:${i}`));
        b.node("Split", [inputs[0]!, b.constant(sizes)], { axis: this.ints(inputs[2]!)[0]! }, outputs);
        return;
      }
      case "Transpose": {
        const perm = this.ints(inputs[1]!);
        this.transposedRank.set(node.name, perm.length);
        b.node("Transpose", [inputs[0]!], { perm }, out);
        return;
      }
      case "MatMul":
        if (this.bool(node, "transpose_a") || this.bool(node, "transpose_b")) throw unsupported(node, "transposed operands");
        b.node("MatMul", inputs, {}, out);
        return;
      case "BatchMatMul":
        b.node("MatMul", [this.adjoint(node, inputs[0]!, "adj_x"), this.adjoint(node, inputs[1]!, "adj_y")], {}, out);
        return;
      case "Conv2D":
        this.pointwiseConv(node, inputs);
        return;
      case "StridedSlice":
        this.stridedSlice(node, inputs);
        return;
      case "Slice": {
        const begin = this.ints(inputs[1]!);
        const ends = this.ints(inputs[2]!).map((size, i) => (size === -1 ? INT64_MAX : begin[i]! + size));
        b.node("Slice", [inputs[0]!, b.constant(begin), b.constant(ends), b.constant(begin.map((_, i) => i))], {}, out);
        return;
      }
      case "Range":
        b.node("Range", inputs, {}, out);
        return;
      default:
        throw unsupported(node, "this op");
    }
  }

  /** The graph's result: the one node no other node reads. */
  markOutput(): void {
    const read = new Set(this.graph.nodes.flatMap((node) => dataInputs(node).map(nodeName)));
    const results = this.graph.nodes.filter((node) => node.op !== "Const" && !read.has(node.name));
    if (results.length !== 1) throw new Error(`tfGraphToOnnx: expected one result, found ${results.length}`);
    this.builder.output(results[0]!.name, onnxType(results[0]!, "T"));
  }

  addReadWeights(): void {
    for (const name of this.builder.readNames()) {
      const weight = this.graph.weights.get(name);
      if (weight) this.builder.initializer(name, weight.dtype === "float32" ? OnnxType.float : OnnxType.int32, weight.shape, bytesOf(weight.data));
    }
  }

  /** A zero (or `fill`) tensor of the runtime shape `shape` with `updates` written at `indices`. */
  private scatter(shape: string, fill: ReturnType<typeof scalarTensor>, indices: string, updates: string, out: string[]): void {
    const b = this.builder;
    const base = b.node("ConstantOfShape", [this.int64(shape)], { value: fill });
    b.node("ScatterND", [base, this.int64(indices), updates], {}, out);
  }

  /** A 1x1 NHWC convolution with unit strides is a matrix product over the channel axis. */
  private pointwiseConv(node: TfNode, inputs: string[]): void {
    const kernel = this.weight(inputs[1]!);
    const [height, width, channelsIn, channelsOut] = kernel.shape;
    if (height !== 1 || width !== 1 || listInts(node, "strides").some((stride) => stride !== 1)) throw unsupported(node, "a kernel larger than 1x1");
    const matrix = `${inputs[1]!}/as_matrix`;
    this.builder.initializer(matrix, OnnxType.float, [channelsIn!, channelsOut!], bytesOf(kernel.data));
    this.builder.node("MatMul", [inputs[0]!, matrix], {}, [node.name]);
  }

  private stridedSlice(node: TfNode, inputs: string[]): void {
    if (intAttr(node, "ellipsis_mask") !== 0 || intAttr(node, "new_axis_mask") !== 0) throw unsupported(node, "ellipsis or new-axis masks");
    const [begin, end, strides] = [this.ints(inputs[1]!), this.ints(inputs[2]!), this.ints(inputs[3]!)];
    const [beginMask, endMask, shrinkMask] = [intAttr(node, "begin_mask"), intAttr(node, "end_mask"), intAttr(node, "shrink_axis_mask")];
    const starts: number[] = [];
    const ends: number[] = [];
    const shrunk: number[] = [];
    begin.forEach((first, axis) => {
      const bit = 1 << axis;
      const forward = strides[axis]! > 0;
      if (shrinkMask & bit) {
        shrunk.push(axis);
        starts.push(first);
        ends.push(first === -1 ? INT64_MAX : first + 1);
        return;
      }
      starts.push(beginMask & bit ? (forward ? 0 : INT64_MAX) : first);
      ends.push(endMask & bit ? (forward ? INT64_MAX : INT64_MIN) : end[axis]!);
    });
    const b = this.builder;
    const axes = begin.map((_, axis) => axis);
    const sliceInputs = [inputs[0]!, b.constant(starts), b.constant(ends), b.constant(axes), b.constant(strides)];
    if (shrunk.length === 0) {
      b.node("Slice", sliceInputs, {}, [node.name]);
      return;
    }
    b.node("Squeeze", [b.node("Slice", sliceInputs), b.constant(shrunk)], {}, [node.name]);
  }

  /** `input` with its last two axes swapped when the op's adjoint flag asks for it. */
  private adjoint(node: TfNode, input: string, flag: string): string {
    if (!this.bool(node, flag)) return input;
    const rank = this.transposedRank.get(nodeName(input));
    if (rank === undefined) throw unsupported(node, "an adjoint operand of unknown rank");
    const perm = Array.from({ length: rank }, (_, i) => i);
    [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1]!, perm[rank - 2]!];
    return this.builder.node("Transpose", [input], { perm });
  }

  private int64(input: string): string {
    const weight = this.graph.weights.get(input);
    if (weight) return this.builder.constant(Array.from(weight.data));
    return this.builder.node("Cast", [input], { to: OnnxType.int64 });
  }

  private ints(input: string): number[] {
    const weight = this.weight(input);
    if (weight.dtype !== "int32") throw new Error(`tfGraphToOnnx: ${input} is not an int32 weight`);
    return Array.from(weight.data);
  }

  private weight(name: string): TfWeight {
    const weight = this.graph.weights.get(name);
    if (!weight) throw new Error(`tfGraphToOnnx: ${name} must be a weight`);
    return weight;
  }

  private bool(node: TfNode, name: string): boolean {
    return node.attr?.[name]?.b === true;
  }
}

function unsupported(node: TfNode, what: string): Error {
  return new Error(`tfGraphToOnnx: ${node.op} (${node.name}) with ${what} is not supported`);
}

/**
 * TensorFlow.js stores and computes every integer as int32 (its converter narrowed this model's
 * int64 weights), so int64 becomes int32 here too and the graph's types stay consistent.
 */
const TF_TYPES: Record<string, OnnxElementType> = { "1": OnnxType.float, "3": OnnxType.int32, "9": OnnxType.int32, "10": OnnxType.bool, DT_FLOAT: OnnxType.float, DT_INT32: OnnxType.int32, DT_INT64: OnnxType.int32, DT_BOOL: OnnxType.bool };

function onnxType(node: TfNode, name: string): OnnxElementType {
  const type = TF_TYPES[String(node.attr?.[name]?.type)];
  if (type === undefined) throw unsupported(node, `${name} of type ${String(node.attr?.[name]?.type)}`);
  return type;
}

function bytesOf(data: Float32Array | Int32Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
