/**
 * Positions for drawing the derivation graph: x follows each member's time, y puts members in lanes
 * so no two boxes overlap. A member goes in its parent's lane when the arrow there would pass no
 * other box, so a chain of copies reads as one line from left to right; otherwise in the nearest
 * lane below where its arrow (see `edgePath`) stays clear.
 */
import { memberTime } from "./time.js";
import type { StoryGraph } from "./types.js";

export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 42;
const LANE_GAP = 18;
const NODE_GAP = 14;
const MARGIN = 24;
/** Room under the lanes for the time axis. */
const AXIS_HEIGHT = 40;
const MIN_WIDTH = 720;
const MAX_WIDTH = 1600;
const WIDTH_PER_MEMBER = 110;
const AXIS_TICKS = 5;
/** Where, from a parent's left edge, the trunk of its arrows to other lanes runs. */
const TRUNK_OFFSET = 10;
/** The shortest horizontal run an arrow needs to show its head. */
const MIN_RUN = 10;
const CORNER = 5;

export interface NodeBox {
  id: number;
  x: number;
  y: number;
  lane: number;
}

export interface AxisTick {
  x: number;
  time: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  ticks: AxisTick[];
  /** y of the time axis line. */
  axisY: number;
}

/**
 * SVG path of the arrow from a parent's box to its child's box. In one lane it runs straight from
 * side to side; across lanes it leaves the parent's bottom (or top) near its left edge, so all the
 * arrows of a parent share one trunk, and turns into the child's lane to meet its left side.
 */
export function edgePath(from: NodeBox, to: NodeBox): string {
  const y2 = to.y + NODE_HEIGHT / 2;
  if (from.lane === to.lane) return `M ${r(from.x + NODE_WIDTH)} ${r(y2)} L ${r(to.x)} ${r(y2)}`;
  const down = to.y > from.y;
  const sy = down ? from.y + NODE_HEIGHT : from.y;
  const trunk = from.x + TRUNK_OFFSET;
  if (to.x >= trunk + MIN_RUN) {
    const bend = down ? -CORNER : CORNER;
    return `M ${r(trunk)} ${r(sy)} V ${r(y2 + bend)} Q ${r(trunk)} ${r(y2)}, ${r(trunk + CORNER)} ${r(y2)} H ${r(to.x)}`;
  }
  // Published together: from the middle of one box to the middle of the other's facing side.
  const sx = from.x + NODE_WIDTH / 2;
  const ex = to.x + NODE_WIDTH / 2;
  const ey = down ? to.y : to.y + NODE_HEIGHT;
  return `M ${r(sx)} ${r(sy)} C ${r(sx)} ${r((sy + ey) / 2)}, ${r(ex)} ${r((sy + ey) / 2)}, ${r(ex)} ${r(ey)}`;
}

/** Coordinates rounded to one decimal keep the SVG short. */
export function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Lays out a story graph; members must be in time order, as `buildStoryGraph` returns them. */
export function layoutGraph(graph: StoryGraph): GraphLayout {
  const count = graph.members.length;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, count * WIDTH_PER_MEMBER));
  const span = width - 2 * MARGIN - NODE_WIDTH;
  const times = graph.members.map((member) => memberTime(member));
  const first = Math.min(...times);
  const last = Math.max(...times);
  // With no spread in time, members are spaced evenly in their order instead.
  const xOf = (time: number, index: number) =>
    MARGIN + (last > first ? ((time - first) / (last - first)) * span : count > 1 ? (index / (count - 1)) * span : 0);

  const parentOf = new Map(graph.edges.map((edge) => [edge.to, edge.from]));
  const laneEnds: number[] = [];
  const placed = new Map<number, NodeBox>();
  graph.members.forEach((member, index) => {
    const x = xOf(times[index]!, index);
    const free = (lane: number) => (laneEnds[lane] ?? -Infinity) + NODE_GAP <= x;
    const parent = placed.get(parentOf.get(member.id) ?? Number.NaN);
    const lane = (parent && clearLane(parent, x, laneEnds.length, [...placed.values()], free)) ?? firstFree(free);
    laneEnds[lane] = x + NODE_WIDTH;
    placed.set(member.id, { id: member.id, x, y: MARGIN + lane * (NODE_HEIGHT + LANE_GAP), lane });
  });

  const lanes = Math.max(1, laneEnds.length);
  const axisY = MARGIN + lanes * (NODE_HEIGHT + LANE_GAP);
  const ticks: AxisTick[] =
    last > first
      ? Array.from({ length: AXIS_TICKS }, (_, i) => ({ x: MARGIN + (i / (AXIS_TICKS - 1)) * span + NODE_WIDTH / 2, time: first + (i / (AXIS_TICKS - 1)) * (last - first) }))
      : count > 0
        ? [{ x: MARGIN + NODE_WIDTH / 2, time: first }]
        : [];
  return { width, height: axisY + AXIS_HEIGHT, nodes: [...placed.values()], ticks, axisY };
}

function firstFree(free: (lane: number) => boolean): number {
  let lane = 0;
  while (!free(lane)) lane++;
  return lane;
}

/**
 * The first free lane, the parent's first, then those below it (a new one last), then those above,
 * where the arrow from the parent passes no other box: nothing between them in a shared lane, or
 * across lanes nothing on the trunk and nothing on the run into the child's lane.
 */
function clearLane(parent: NodeBox, x: number, laneCount: number, boxes: NodeBox[], free: (lane: number) => boolean): number | undefined {
  const others = boxes.filter((box) => box !== parent);
  const spans = (box: NodeBox, from: number, to: number) => box.x < to && box.x + NODE_WIDTH > from;
  const trunk = parent.x + TRUNK_OFFSET;
  const clear = (lane: number) => {
    if (lane === parent.lane) return others.every((box) => box.lane !== lane || !spans(box, parent.x + NODE_WIDTH, x));
    if (x < trunk + MIN_RUN) return false;
    const [low, high] = lane > parent.lane ? [parent.lane, lane] : [lane, parent.lane];
    return others.every((box) => {
      if (box.lane === lane) return !spans(box, trunk, x);
      return !(box.lane > low && box.lane < high && spans(box, trunk - 1, trunk + 1));
    });
  };
  const below = Array.from({ length: laneCount - parent.lane + 1 }, (_, i) => parent.lane + i);
  const above = Array.from({ length: parent.lane }, (_, i) => parent.lane - 1 - i);
  return [...below, ...above].find((lane) => free(lane) && clear(lane));
}
