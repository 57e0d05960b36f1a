import { describe, expect, it } from "vitest";
import { NODE_WIDTH, type NodeBox } from "../stories/layout.js";
import { confidenceLabelAt, edgeWidth } from "./graph-model.js";

const box = (x: number, lane: number): NodeBox => ({ id: lane * 100 + x, x, y: 24 + lane * 60, lane });

describe("confidenceLabelAt", () => {
  it("labels an arrow in one lane when the gap between boxes holds the label", () => {
    expect(confidenceLabelAt(box(24, 0), box(24 + NODE_WIDTH + 80, 0))).toEqual({ x: 24 + NODE_WIDTH + 80 - 44, y: 24 + 21 - 6 });
  });

  it("leaves a short arrow unlabelled", () => {
    expect(confidenceLabelAt(box(24, 0), box(24 + NODE_WIDTH + 20, 0))).toBeNull();
  });

  it("measures an arrow to another lane from the parent's trunk", () => {
    expect(confidenceLabelAt(box(24, 0), box(100, 1))).not.toBeNull();
  });
});

describe("edgeWidth", () => {
  it("grows with confidence and stays within 1 to 3.5", () => {
    expect(edgeWidth(0)).toBe("1.0");
    expect(edgeWidth(1)).toBe("3.5");
    expect(edgeWidth(7)).toBe("3.5");
  });
});
