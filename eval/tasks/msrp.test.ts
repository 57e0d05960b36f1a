import { describe, expect, it } from "vitest";
import type { MsrpPair } from "../datasets/msrp.js";
import { fakeContext, fakeReport, scorerByRewrite } from "../testing/fake-report.js";
import type { CompareReport, Finding } from "../../src/report/types.js";
import { evaluateMsrp, FITTED_DECISION, PAIR_FEATURES, REPORTS_ONLY_DECISION } from "./msrp.js";

const pair = (id: string, label: 0 | 1): MsrpPair => ({ id, label, sentence1: `source ${id}`, sentence2: id });
const support: Record<string, number> = { a: 0.9, b: 0.8, c: 0.3, d: 0.2, e: 0.7, f: 0.6, g: 0.4, h: 0.1 };
// Both directions are scored: sentence2 against sentence1 and the reverse, with the same support here.
const scorer = scorerByRewrite(
  Object.fromEntries(
    Object.entries(support).flatMap(([id, score]) => {
      const report = fakeReport({ derivedShare: score, faithfulness: score }, { alignmentScore: score });
      return [[id, report], [`source ${id}`, report]];
    }),
  ),
);
const data = {
  train: [pair("a", 1), pair("b", 1), pair("c", 0), pair("d", 0)],
  test: [pair("e", 1), pair("f", 0), pair("g", 1), pair("h", 0)],
};

describe("evaluateMsrp", () => {
  it("tunes the threshold on train and reports accuracy and F1 on test", async () => {
    const entries = await evaluateMsrp(data, fakeContext(scorer));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    expect(value("threshold:alignment-score")).toBeCloseTo(0.55);
    // Test predictions: e yes, f yes, g no, h no against gold 1, 0, 1, 0.
    expect(value("accuracy:alignment-score")).toBe(0.5);
    expect(value("f1:alignment-score")).toBe(0.5);
    expect(value("accuracy:mutual-support")).toBe(0.5);
    expect(entries.find((entry) => entry.metric === "accuracy:alignment-score")?.target).toBe(0.76);
  });

  it("counts failed comparisons and leaves them out of the figures", async () => {
    const entries = await evaluateMsrp({ ...data, test: [...data.test, pair("unknown", 1)] }, fakeContext(scorer));
    expect(entries.find((entry) => entry.metric === "items-failed")?.value).toBe(1);
    expect(entries.find((entry) => entry.metric === "accuracy:alignment-score")?.value).toBe(0.5);
  });

  it("fits the combined decision on train and predicts test with it", async () => {
    // Test supports fall on the same sides as train's, so a rule learnt on train gets them all.
    const separable: Record<string, number> = { a: 0.9, b: 0.8, c: 0.3, d: 0.2, e: 0.85, f: 0.25, g: 0.75, h: 0.15 };
    const reports = Object.entries(separable).flatMap(([id, score]) => {
      const report = fakeReport({ verbatimShare: score / 2 }, { alignmentScore: score });
      return [[id, report], [`source ${id}`, report]];
    });
    const entries = await evaluateMsrp(data, fakeContext(scorerByRewrite(Object.fromEntries(reports))));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    expect(value(`accuracy:${FITTED_DECISION}`)).toBe(1);
    expect(value(`f1:${FITTED_DECISION}`)).toBe(1);
    expect(entries.find((entry) => entry.metric === `f1:${FITTED_DECISION}`)?.target).toBe(0.83);
  });
});

describe("evaluateMsrp with the sentence encoder", () => {
  // Every report is the same, so only the sentence vectors can tell paraphrases apart: the pair's
  // two sentences get the same vector when label 1 ("a", "b", "e", "g") and opposite ones when 0.
  const flat = fakeReport({}, { alignmentScore: 0.5 });
  const reports = Object.fromEntries(Object.keys(support).flatMap((id) => [[id, flat], [`source ${id}`, flat]]));
  const paraphrases = new Set(["a", "b", "e", "g"]);
  const embed = async (texts: string[]) =>
    texts.map((text) => {
      const id = text.replace("source ", "");
      return Float32Array.from(text.startsWith("source") || paraphrases.has(id) ? [0.6, 0.8] : [-0.6, -0.8]);
    });

  it("fits the decision over the vector features too, and keeps the reports-only rows beside it", async () => {
    const entries = await evaluateMsrp(data, { ...fakeContext(scorerByRewrite(reports)), embed });
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    expect(value(`accuracy:${FITTED_DECISION}`)).toBe(1);
    expect(value(`accuracy:${REPORTS_ONLY_DECISION}`)).toBe(0.5);
    expect(entries.find((entry) => entry.metric === `accuracy:${REPORTS_ONLY_DECISION}`)?.target).toBeNull();
  });

  it("embeds each sentence once", async () => {
    const asked: string[] = [];
    await evaluateMsrp(data, { ...fakeContext(scorerByRewrite(reports)), embed: async (texts) => (asked.push(...texts), embed(texts)) });
    expect(asked.length).toBe(new Set(asked).size);
    expect(asked.length).toBe(16);
  });
});

describe("PAIR_FEATURES", () => {
  const feature = (name: string) => PAIR_FEATURES.find((item) => item.name === name)!;
  const unsupported: Finding = { type: "unsupported", severity: "medium", rewrite: null, source: null, message: "" };
  const omitted: Finding = { ...unsupported, type: "omitted" };

  it("counts drift findings from both directions", () => {
    const forward = fakeReport({}, { findings: [unsupported] });
    const backward = fakeReport({}, { findings: [unsupported, unsupported] });
    expect(feature("unsupported").read(forward, backward)).toBe(3);
    expect(feature("medium-findings").read(forward, backward)).toBe(3);
  });

  it("leaves omissions out of the finding counts", () => {
    const report = fakeReport({}, { findings: [omitted] });
    expect(feature("medium-findings").read(report, report)).toBe(0);
  });

  it("reads the alignment evidence of the weaker and the stronger direction", () => {
    const withEvidence = (wordShare: number, cosine: number): CompareReport => {
      const report = fakeReport({}, { alignmentScore: 0.5 });
      return { ...report, alignment: [{ ...report.alignment[0]!, wordShare, cosine }] };
    };
    const [forward, backward] = [withEvidence(0.9, 0.6), withEvidence(0.7, 0.8)];
    expect(feature("word-share-weaker").read(forward, backward)).toBe(0.7);
    expect(feature("word-share-stronger").read(forward, backward)).toBe(0.9);
    expect(feature("cosine-weaker").read(forward, backward)).toBe(0.6);
  });

  it("weights a rewrite the engine split in two by each sentence's words", () => {
    const report = fakeReport();
    const split: CompareReport = {
      ...report,
      rewrite: { sentences: [{ index: 0, text: "Rain fell.", start: 0, end: 10 }, { index: 1, text: "The road stayed shut all day.", start: 11, end: 40 }] },
      alignment: [
        { rewrite: 0, source: [0], kind: "paraphrase", score: 0.5, wordShare: 1 },
        { rewrite: 1, source: [0], kind: "paraphrase", score: 0.5, wordShare: 0.5 },
      ],
    };
    // Two words at 1 and six at 0.5.
    expect(feature("word-share-weaker").read(split, split)).toBeCloseTo((2 * 1 + 6 * 0.5) / 8);
  });

  it("counts the word-count difference of the two sentences", () => {
    const report = fakeReport();
    const pair: CompareReport = {
      ...report,
      source: { sentences: [{ index: 0, text: "Rain fell on the town.", start: 0, end: 22 }] },
      rewrite: { sentences: [{ index: 0, text: "Rain fell.", start: 0, end: 10 }] },
    };
    expect(feature("length-difference").read(pair, pair)).toBe(3);
    expect(feature("length-ratio").read(pair, pair)).toBeCloseTo(2 / 5);
  });

  it("reads word overlap and negation agreement from the two sentences of the report", () => {
    const report = fakeReport();
    const pair: CompareReport = {
      ...report,
      source: { sentences: [{ index: 0, text: "Talks in Corvale did not resume.", start: 0, end: 32 }] },
      rewrite: { sentences: [{ index: 0, text: "Talks in Corvale resumed.", start: 0, end: 25 }] },
    };
    expect(feature("negation-in-one").read(pair, pair)).toBe(1);
    expect(feature("negation-difference").read(pair, pair)).toBe(1);
    // Stems talk, in, corval, resum shared; did and not only in the source.
    expect(feature("word-jaccard").read(pair, pair)).toBeCloseTo(4 / 6);
  });

  it("reads the unigram precision of stems of the weaker and the stronger direction", () => {
    const pair: CompareReport = {
      ...fakeReport(),
      source: { sentences: [{ index: 0, text: "Talks in Corvale did not resume.", start: 0, end: 32 }] },
      rewrite: { sentences: [{ index: 0, text: "Talks in Corvale resumed.", start: 0, end: 25 }] },
    };
    // Four of the source's six stems are in the rewrite; all four of the rewrite's are in the source.
    expect(feature("stem-precision-weaker").read(pair, pair)).toBeCloseTo(4 / 6);
    expect(feature("stem-precision-stronger").read(pair, pair)).toBe(1);
  });

  it("counts negation-flipped findings from both directions", () => {
    const flipped: Finding = { ...unsupported, type: "negation-flipped" };
    expect(feature("negation-flipped").read(fakeReport({}, { findings: [flipped] }), fakeReport({}, { findings: [flipped] }))).toBe(2);
  });

  it("takes the weaker direction's support", () => {
    expect(feature("support-weaker").read(fakeReport({}, { alignmentScore: 0.9 }), fakeReport({}, { alignmentScore: 0.4 }))).toBe(0.4);
  });
});
