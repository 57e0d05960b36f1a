import { beforeAll, describe, expect, it } from "vitest";
import { compare } from "../compare/index.js";
import { loadDefaultEncoder, type Encoder } from "../encoder/index.js";
import type { Finding } from "../report/types.js";

let encoder: Encoder;
beforeAll(async () => {
  encoder = await loadDefaultEncoder();
});

async function driftFindings(source: string, rewrite: string): Promise<Finding[]> {
  return (await compare(source, rewrite, { encoder })).findings.filter((finding) => finding.type !== "omitted");
}

const SOURCE =
  "Ines Duarte defeated Pavel Ruiz in the council vote on Tuesday. She told reporters the bridge repairs would start in May. Ruiz said he would stand again.";

describe("pronoun and role swaps through compare", () => {
  it("reports a pronoun that now points at someone else", async () => {
    const found = await driftFindings(SOURCE, "He told reporters the bridge repairs would start in May.");
    expect(found.some((finding) => finding.type === "entity-changed" && finding.rewrite?.text === "He")).toBe(true);
  });

  it("reports two names that traded places", async () => {
    const found = await driftFindings(SOURCE, "Pavel Ruiz defeated Ines Duarte in the council vote on Tuesday.");
    expect(found.some((finding) => finding.type === "entity-changed" && finding.rewrite?.text === "Pavel Ruiz defeated Ines Duarte")).toBe(true);
  });

  it("leaves a faithful rewrite with a pronoun and the passive voice clean", async () => {
    const found = await driftFindings(SOURCE, "Pavel Ruiz was defeated by Ines Duarte in Tuesday's council vote. Duarte told reporters the bridge repairs would start in May.");
    expect(found.filter((finding) => finding.type === "entity-changed")).toEqual([]);
  });
});
