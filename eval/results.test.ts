import { describe, expect, it } from "vitest";
import { formatTable, mergeResults, selectTasks, targetMet } from "./results.js";
import type { Task } from "./types.js";

const task = (name: string): Task => ({ name, run: async () => [] });
const tasks = [task("msrp"), task("bump-task1"), task("bump-task2"), task("clough-stevenson")];

describe("selectTasks", () => {
  it("selects every task a name prefixes", () => {
    expect(selectTasks(tasks, "msrp,bump").map((t) => t.name)).toEqual(["msrp", "bump-task1", "bump-task2"]);
  });

  it("selects all tasks without --only", () => {
    expect(selectTasks(tasks, undefined)).toHaveLength(4);
  });

  it("rejects an unknown name and lists the choices", () => {
    expect(() => selectTasks(tasks, "msr")).toThrow(/unknown task "msr".*msrp, bump-task1/);
  });
});

describe("mergeResults", () => {
  it("replaces the entries of re-run data sets and keeps the others", () => {
    const previous = [
      { dataset: "msrp", metric: "accuracy", value: 0.7, target: 0.76 },
      { dataset: "bump-task1", metric: "roc-auc", value: 0.6, target: 0.8 },
    ];
    const fresh = [{ dataset: "msrp", metric: "accuracy", value: 0.8, target: 0.76 }];
    expect(mergeResults(previous, fresh)).toEqual([previous[1], fresh[0]]);
  });
});

describe("targetMet and formatTable", () => {
  it("says yes at or above the target, - without one", () => {
    expect(targetMet({ dataset: "d", metric: "m", value: 0.8, target: 0.8 })).toBe("yes");
    expect(targetMet({ dataset: "d", metric: "m", value: 0.7, target: 0.8 })).toBe("no");
    expect(targetMet({ dataset: "d", metric: "m", value: 0.7, target: null })).toBe("-");
  });

  it("aligns columns and shows three decimals", () => {
    expect(formatTable([{ dataset: "msrp", metric: "accuracy", value: 0.71234, target: 0.76 }])).toBe(
      ["dataset  metric    value  target  met?", "msrp     accuracy  0.712   0.760  no"].join("\n"),
    );
  });
});
