import type { CompareReport, FindingSpan, ReportSentence } from "../report/types.js";

/** Splits a text made of the given sentences, joined by single spaces, with offsets into it. */
function sentencesOf(parts: string[]): ReportSentence[] {
  let start = 0;
  return parts.map((text, index) => {
    const sentence = { index, text, start, end: start + text.length };
    start = sentence.end + 1;
    return sentence;
  });
}

/** A span over the first occurrence of `text` in a sentence, with offsets into the whole text. */
function spanOf(sentences: ReportSentence[], index: number, text: string): FindingSpan {
  const sentence = sentences[index]!;
  const start = sentence.start + sentence.text.indexOf(text);
  return { sentence: index, start, end: start + text.length, text };
}

export const sourceSentences = sentencesOf([
  "Harbourview council approved 14 new bus routes on Monday.",
  "The routes will start in March, said transport chief Lena Okafor.",
  "Okafor warned that fares may rise next year.",
]);

export const rewriteSentences = sentencesOf([
  "Harbourview council approved 12 new bus routes on Monday.",
  "The routes start in March, transport chief Lena Okafor said.",
]);

export const sourceText = sourceSentences.map((s) => s.text).join(" ");
export const rewriteText = rewriteSentences.map((s) => s.text).join(" ");

/** Three source sentences, two rewrite sentences: one changed number, one dropped warning. */
export function fixtureReport(): CompareReport {
  return {
    schema: "wiretrace/compare@1",
    source: { title: "Council backs 14 new bus routes", sentences: sourceSentences },
    rewrite: { sentences: rewriteSentences },
    verdict: { relation: "rewrite", derivedShare: 1, verbatimShare: 0, faithfulness: 0.55, faithful: false },
    alignment: [
      { rewrite: 0, source: [0], kind: "altered", score: 0.93 },
      { rewrite: 1, source: [1], kind: "paraphrase", score: 0.88 },
    ],
    omitted: [2],
    findings: [
      {
        type: "number-changed",
        severity: "high",
        rewrite: spanOf(rewriteSentences, 0, "12"),
        source: spanOf(sourceSentences, 0, "14"),
        message: "The rewrite says 12 new bus routes; the source says 14.",
      },
      {
        type: "omitted",
        severity: "medium",
        rewrite: null,
        source: spanOf(sourceSentences, 2, sourceSentences[2]!.text),
        message: "The rewrite leaves out Okafor's warning that fares may rise.",
      },
    ],
  };
}
