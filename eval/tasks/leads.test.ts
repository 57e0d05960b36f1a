import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/report/types.js";
import { contradictions, isProseLead, leadAndBody } from "./leads.js";

const finding = (type: Finding["type"], severity: Finding["severity"]): Finding => ({ type, severity, rewrite: null, source: null, message: "" });

describe("leadAndBody", () => {
  it("takes the first paragraph as the lead and joins the rest in the article's layout", () => {
    const article = { text: "Roads were shut.\n\nSchools stayed open.\n\nThe river rose.", paragraphBreak: "\n\n" };
    expect(leadAndBody(article)).toEqual({ lead: "Roads were shut.", body: "Schools stayed open.\n\nThe river rose." });
  });

  it("reads wire copy's indented paragraphs", () => {
    const article = { text: "Roads in Carrow were\nshut on Monday.\n    Schools stayed open.\n    The river rose.", paragraphBreak: "\n    " };
    expect(leadAndBody(article).body).toBe("Schools stayed open.\n    The river rose.");
  });
});

describe("isProseLead", () => {
  it("takes a sentence of ten words or more", () => {
    expect(isProseLead("Harlow Mills said on Tuesday it would cut 1,200 jobs.")).toBe(true);
  });

  it("leaves out a table row", () => {
    expect(isProseLead("Shr 10 cts vs 13 cts")).toBe(false);
  });
});

describe("contradictions", () => {
  it("keeps high and medium findings that say the rewrite states something else", () => {
    const found = contradictions([finding("number-changed", "high"), finding("entity-changed", "medium"), finding("misattribution", "high")]);
    expect(found.map((item) => item.type)).toEqual(["number-changed", "entity-changed", "misattribution"]);
  });

  it("leaves out unsupported content, dropped attributions, omissions and low findings", () => {
    const found = contradictions([finding("unsupported", "high"), finding("attribution-dropped", "medium"), finding("omitted", "high"), finding("meaning-changed", "low")]);
    expect(found).toEqual([]);
  });
});
