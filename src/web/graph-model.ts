/** Pure geometry for the graph drawing that the shared layout does not give. */
import { NODE_HEIGHT, NODE_WIDTH, type NodeBox } from "../stories/layout.js";

/** The shortest run before the child's box that can hold a confidence label. */
const LABEL_ROOM = 50;
const LABEL_OFFSET = 44;
/** Where the arrows to other lanes leave a parent's box, as `edgePath` draws them. */
const TRUNK_OFFSET = 10;

/** Where an edge's confidence is written: above the run into the child, when that run is long enough. */
export function confidenceLabelAt(from: NodeBox, to: NodeBox): { x: number; y: number } | null {
  const runStart = from.lane === to.lane ? from.x + NODE_WIDTH : from.x + TRUNK_OFFSET;
  if (to.x - runStart < LABEL_ROOM) return null;
  return { x: to.x - LABEL_OFFSET, y: to.y + NODE_HEIGHT / 2 - 6 };
}

/** Stroke width from confidence: 1 for a guess, 3.5 for a certain copy. */
export function edgeWidth(confidence: number): string {
  const clamped = Math.max(0, Math.min(1, confidence));
  return (1 + 2.5 * clamped).toFixed(1);
}
