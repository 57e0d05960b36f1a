import { describe, expect, it } from "vitest";
import type { GoldAttribution } from "../datasets/polnear.js";
import { hasReportingCue, scoreArticle, splitEntries, type PredictedAttribution } from "./polnear.js";

// Offsets as in `"Taxes will rise," the minister said on Monday.`, by hand.
const gold: GoldAttribution = {
  id: "E1",
  sources: [{ start: 19, end: 31 }],
  cues: [{ start: 32, end: 36 }],
  contents: [{ start: 0, end: 18 }],
};

const attribution = (start: number, end: number, speaker: [number, number]): PredictedAttribution => ({
  kind: "attribution",
  start,
  end,
  speaker: { start: speaker[0], end: speaker[1] },
});

describe("scoreArticle", () => {
  it("counts an attribution phrase on the cue with the speaker on the source as correct", () => {
    const score = scoreArticle([gold], [attribution(19, 36, [19, 31])]);
    expect(score).toMatchObject({ predictions: 1, correct: 1, gold: 1, matchedGold: 1, misses: [], wrong: [] });
  });

  it("counts a cue match with the wrong speaker for the cue figures only", () => {
    const score = scoreArticle([gold], [attribution(32, 40, [40, 46])]);
    expect(score).toMatchObject({ correct: 0, cueCorrect: 1, matchedGold: 0, cueMatchedGold: 1 });
    expect(score.misses).toEqual([{ gold, kind: "wrong-speaker" }]);
    expect(score.wrong[0]?.cueMatched).toBe(true);
  });

  it("matches a quote through the relation's content", () => {
    const quote: PredictedAttribution = { kind: "quote", start: 1, end: 16, speaker: { start: 23, end: 31 } };
    expect(scoreArticle([gold], [quote])).toMatchObject({ correct: 1, matchedGold: 1 });
  });

  it("does not match an attribution phrase that overlaps the content but not the cue", () => {
    expect(scoreArticle([gold], [attribution(0, 18, [19, 31])])).toMatchObject({ correct: 0, cueCorrect: 0 });
  });

  it("leaves a relation without a source out of recall and counts it apart", () => {
    const sourceless: GoldAttribution = { id: "E2", sources: [], cues: [{ start: 60, end: 68 }], contents: [{ start: 69, end: 90 }] };
    const score = scoreArticle([gold, sourceless], [attribution(19, 36, [19, 31])]);
    expect(score).toMatchObject({ gold: 1, goldWithoutSource: 1, matchedGold: 1, misses: [] });
  });
});

describe("hasReportingCue", () => {
  const text = "The minister said so. Critics want more. It rose, according to the agency.";
  const withCue = (start: number, end: number): GoldAttribution => ({ id: "E9", sources: [], cues: [{ start, end }], contents: [] });

  it("takes a reporting verb wiretrace knows", () => {
    expect(hasReportingCue(text, withCue(13, 17))).toBe(true);
  });

  it("takes 'according to'", () => {
    expect(hasReportingCue(text, withCue(50, 62))).toBe(true);
  });

  it("leaves out a stance or intention", () => {
    expect(hasReportingCue(text, withCue(30, 34))).toBe(false);
  });
});

describe("scoreArticle: relations with a reporting cue", () => {
  it("counts them, and those matched, apart", () => {
    const score = scoreArticle([gold], [attribution(19, 36, [19, 31])], () => true);
    expect(score).toMatchObject({ reportingGold: 1, reportingMatchedGold: 1 });
  });
});

describe("splitEntries", () => {
  it("reports precision, recall and F1 per split", () => {
    const tally = { gold: 4, reportingGold: 2, reportingMatchedGold: 1, goldWithoutSource: 1, predictions: 2, correct: 1, cueCorrect: 2, matchedGold: 1, cueMatchedGold: 2 };
    const values = Object.fromEntries(splitEntries("dev", 3, tally).map((entry) => [entry.metric, entry.value]));
    expect(values).toMatchObject({
      "attribution-precision:dev": 0.5,
      "attribution-recall:dev": 0.25,
      "attribution-f1:dev": 1 / 3,
      "cue-precision:dev": 1,
      "cue-recall:dev": 0.5,
      "attribution-recall-reporting-verbs:dev": 0.5,
      "articles:dev": 3,
      "gold-without-source:dev": 1,
    });
  });
});
