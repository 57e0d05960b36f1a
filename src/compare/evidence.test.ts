import { beforeAll, describe, expect, it } from "vitest";
import { loadDefaultEncoder, type Encoder } from "../encoder/index.js";
import { validateReport } from "../report/index.js";
import { compare } from "./index.js";

let encoder: Encoder;
beforeAll(async () => {
  encoder = await loadDefaultEncoder();
});

describe("alignment evidence in the report", () => {
  it("reports the cosine, coverage, word share and order share behind each support score", async () => {
    const report = await compare("Mayor Ines Varga opened the Dunmore bridge on Friday.", "The Dunmore bridge was opened by Mayor Ines Varga on Friday.", { encoder });
    const [entry] = report.alignment;
    expect(entry!.cosine).toBeGreaterThan(0.7);
    expect(entry!.coverage).toBe(1);
    // "was" and "by" are the passive's own words; everything else is in the source.
    expect(entry!.wordShare).toBeCloseTo(9 / 11, 3);
    expect(entry!.orderShare).toBeLessThan(entry!.wordShare!);
    expect(validateReport(report).valid).toBe(true);
  });

  it("gives a copy full shares", async () => {
    const text = "The Dunmore ferry was cancelled after the storm.";
    const [entry] = (await compare(text, text, { encoder })).alignment;
    expect(entry).toMatchObject({ coverage: 1, wordShare: 1, orderShare: 1, cosine: 1 });
  });

  it("reports a cosine of 0 when compared by words alone", async () => {
    const [entry] = (await compare("Rain closed the Dunmore road.", "Rain shut the Dunmore road.", { encoder: null })).alignment;
    expect(entry!.cosine).toBe(0);
    expect(entry!.coverage).toBe(1);
  });
});
