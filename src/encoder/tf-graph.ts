/** A TensorFlow.js graph model as `model.json` stores it, with its weights decoded. */
export interface TfGraph {
  nodes: readonly TfNode[];
  weights: ReadonlyMap<string, TfWeight>;
}

export interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfAttr>;
}

export interface TfAttr {
  i?: string;
  b?: boolean;
  type?: number | string;
  list?: { i?: string[] };
  shape?: { dim?: unknown[] };
}

export interface TfWeight {
  dtype: "float32" | "int32";
  shape: number[];
  data: Float32Array | Int32Array;
}

/** The inputs a node reads data from, without control dependencies ("^name"). */
export function dataInputs(node: TfNode): string[] {
  return (node.input ?? []).filter((input) => !input.startsWith("^"));
}

/** "name:1" (a node's second output) -> "name". */
export function nodeName(input: string): string {
  return input.replace(/:\d+$/, "");
}

export function topologicalOrder(nodes: readonly TfNode[]): TfNode[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const placed = new Set<string>();
  const order: TfNode[] = [];
  // Recursion is as deep as the graph's longest path: a few hundred nodes for USE-lite.
  const place = (node: TfNode): void => {
    if (placed.has(node.name)) return;
    placed.add(node.name);
    for (const input of dataInputs(node)) {
      const from = byName.get(nodeName(input));
      if (from) place(from);
    }
    order.push(node);
  };
  nodes.forEach(place);
  return order;
}

export function intAttr(node: TfNode, name: string): number {
  return Number(node.attr?.[name]?.i ?? 0);
}

export function listInts(node: TfNode, name: string): number[] {
  return (node.attr?.[name]?.list?.i ?? []).map(Number);
}

export function placeholderRank(node: TfNode): number | undefined {
  return node.attr?.["shape"]?.shape?.dim?.length;
}
