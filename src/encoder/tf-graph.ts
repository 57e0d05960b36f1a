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
  const place = (node: TfNode): void => {
    const pending: [TfNode, number][] = [[node, 0]];
    while (pending.length > 0) {
      const top = pending.at(-1)!;
      const [current, next] = top;
      if (placed.has(current.name)) {
        pending.pop();
        continue;
      }
      const inputs = dataInputs(current);
      if (next < inputs.length) {
        top[1]++;
        const input = byName.get(nodeName(inputs[next]!));
        if (input && !placed.has(input.name)) pending.push([input, 0]);
        continue;
      }
      placed.add(current.name);
      order.push(current);
      pending.pop();
    }
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
  const shape = node.attr?.["shape"] as { shape?: { dim?: unknown[] } } | undefined;
  return shape?.shape?.dim?.length;
}
