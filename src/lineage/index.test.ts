import { describe, expect, it } from "vitest";
import { toShingleSet, wordShingles } from "../sketch/index.js";
import { parentScores, sentencePhrases } from "./index.js";

const ORIGINAL = "The Brell council approved the new harbour wall on Monday. Work will start in April. The wall will cost 4 million crowns.";
/** ORIGINAL with its second sentence dropped. */
const SHORTENED = "The Brell council approved the new harbour wall on Monday. The wall will cost 4 million crowns.";
/** ORIGINAL with the cost changed. */
const CHANGED_COST = "The Brell council approved the new harbour wall on Monday. Work will start in April. The wall will cost 9 million crowns.";
/** ORIGINAL with the day changed. */
const CHANGED_DAY = "The Brell council approved the new harbour wall on Tuesday. Work will start in April. The wall will cost 4 million crowns.";

const best = (article: string, candidates: string[]): number => {
  const scores = parentScores(sentencePhrases(article), candidates.map(sentencePhrases));
  return scores.indexOf(Math.max(...scores));
};

describe("sentencePhrases", () => {
  it("keeps every phrase inside one sentence", () => {
    const phrases = sentencePhrases("Ships docked early. Crews went home.");
    expect(phrases).toEqual(toShingleSet(Uint32Array.from([...wordShingles("Ships docked early"), ...wordShingles("Crews went home")])));
  });

  it("takes a sentence shorter than three words as one phrase", () => {
    expect(sentencePhrases("Crews left.")).toEqual(wordShingles("crews left"));
  });
});

describe("parentScores", () => {
  it("prefers the original over a sibling that changed what the article kept", () => {
    expect(best(CHANGED_DAY, [CHANGED_COST, ORIGINAL])).toBe(1);
  });

  it("prefers the parent whose change the article carries over the grandparent", () => {
    const grandchild = CHANGED_COST.replace(" Work will start in April.", "");
    expect(best(grandchild, [ORIGINAL, CHANGED_COST])).toBe(1);
  });

  it("prefers a shortened parent over the original it left a sentence out of", () => {
    const child = SHORTENED.replace("Monday", "Tuesday");
    expect(best(child, [ORIGINAL, SHORTENED])).toBe(1);
  });

  it("keeps a long candidate's score above -1 however much it holds that the article lacks", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Unrelated clause number ${i} goes on here.`).join(" ");
    const [score] = parentScores(sentencePhrases("Work will start in April."), [sentencePhrases(`Work will start in April. ${long}`)]);
    expect(score).toBeGreaterThan(-1);
    expect(score).toBeLessThan(0);
  });

  it("scores every candidate 0 for an article without words", () => {
    expect(parentScores(sentencePhrases("  "), [sentencePhrases(ORIGINAL)])).toEqual([0]);
  });
});
