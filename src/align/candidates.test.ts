import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Analysis, Sentence } from "../analyze/types.js";
import { mostSharedSources, relative } from "./candidates.js";
import { contentTerms } from "./terms.js";

/** A text of noun-only sentences, each word its own lemma, so that stems are the words themselves. */
function text(sentences: string[][]): Analysis {
  let at = 0;
  const built: Sentence[] = sentences.map((words, index) => {
    const start = at;
    const tokens = words.map((word) => {
      const token = { start: at, end: at + word.length, text: word, norm: word, lemma: word, pos: "NOUN", stop: false };
      at += word.length + 1;
      return token;
    });
    return { index, start, end: at, text: words.join(" "), tokens, atoms: [] };
  });
  return { text: sentences.map((words) => words.join(" ")).join(" "), sentences: built, atoms: [], referenceDate: null };
}

/** Every source sentence scored and sorted: what the index must reproduce. */
function scoreEvery(source: Analysis, rewrite: Analysis, limit: number): number[][] {
  const sourceStems = source.sentences.map((sentence) => new Set(contentTerms(sentence).map((term) => term.stem)));
  return rewrite.sentences.map((sentence, r) => {
    const stems = contentTerms(sentence).map((term) => term.stem);
    const place = relative(r, rewrite.sentences.length);
    return sourceStems
      .map((set, s) => ({ s, shared: stems.filter((stem) => set.has(stem)).length, distance: Math.abs(place - relative(s, sourceStems.length)) }))
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
      .slice(0, limit)
      .map(({ s }) => s);
  });
}

// Few words, so that sentences share words often and ties are common.
const sentence = fc.array(fc.constantFrom("bridge", "council", "river", "budget", "vote", "storm", "school"), { maxLength: 6 });
const sentences = fc.array(sentence, { maxLength: 30 });

describe("mostSharedSources", () => {
  it("ranks as scoring every source sentence would, ties and repeated words included", () => {
    fc.assert(
      fc.property(sentences, sentences, fc.integer({ min: 1, max: 6 }), (source, rewrite, limit) => {
        expect(mostSharedSources(text(source), text(rewrite), limit)).toEqual(scoreEvery(text(source), text(rewrite), limit));
      }),
      { numRuns: 300 },
    );
  });

  it("ranks as scoring every source sentence would on long texts of common and rare words", () => {
    // Long enough that the walk skips most sentences holding a common word on both sides of the seeds.
    const common = ["council", "vote", "said"];
    const rare = ["bridge", "river", "budget", "storm", "school", "harbour", "ferry", "tariff"];
    const longSentence = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) }), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(longSentence, { minLength: 100, maxLength: 300 }), fc.array(longSentence, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (source, rewrite, limit) => {
        expect(mostSharedSources(text(source), text(rewrite), limit)).toEqual(scoreEvery(text(source), text(rewrite), limit));
      }),
      { numRuns: 100 },
    );
  });

  it("takes the nearest sentences when every sentence says the same", () => {
    const same = Array.from({ length: 9 }, () => ["council", "vote"]);
    expect(mostSharedSources(text(same), text([["council"], ["vote"], ["council"]]), 2)).toEqual([[0, 1], [4, 3], [8, 7]]);
  });
});
