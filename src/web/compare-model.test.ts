import { describe, expect, it } from "vitest";
import type { CompareReport, ReportSentence } from "../report/types.js";
import { compareView, groupParagraphs, linkedKeys, verdictView } from "./compare-model.js";

/** Sentences laid end to end with `separator` between them, offsets into the joined text. */
function sentencesOf(parts: string[], separator = " "): ReportSentence[] {
  let start = 0;
  return parts.map((text, index) => {
    const sentence = { index, text, start, end: start + text.length };
    start = sentence.end + separator.length;
    return sentence;
  });
}

const source = sentencesOf(["Millbrook opened 9 libraries on Friday.", "Mayor Ada Quill cut the ribbon.", "Funding ends in May."]);
const rewrite = sentencesOf(["Millbrook opened 7 libraries on Friday.", "Ada Quill cut the ribbon.", "Readers cheered loudly."]);

function report(): CompareReport {
  return {
    schema: "wiretrace/compare@1",
    source: { title: "Nine libraries open", sentences: source },
    rewrite: { sentences: rewrite },
    verdict: { relation: "rewrite", derivedShare: 0.8, verbatimShare: 0.42, faithfulness: 0.5, faithful: false },
    alignment: [
      { rewrite: 0, source: [0], kind: "altered", score: 0.9 },
      { rewrite: 1, source: [1], kind: "paraphrase", score: 0.8 },
      { rewrite: 2, source: [], kind: "unsupported", score: 0 },
    ],
    omitted: [2],
    findings: [
      {
        type: "number-changed",
        severity: "high",
        rewrite: { sentence: 0, start: 17, end: 18, text: "7" },
        source: { sentence: 0, start: 17, end: 18, text: "9" },
        message: 'The rewrite says "7" where the source says "9".',
      },
      {
        type: "omitted",
        severity: "medium",
        rewrite: null,
        source: { sentence: 2, start: source[2]!.start, end: source[2]!.end, text: source[2]!.text },
        message: "The rewrite leaves out this sentence.",
      },
    ],
  };
}

describe("compareView sentences", () => {
  it("gives rewrite sentences their alignment kind and source counterparts", () => {
    const view = compareView(report());
    const [first, , third] = view.rewrite.paragraphs.flat();
    expect(first).toMatchObject({ label: "R1", kind: "altered", counterparts: [0] });
    expect(third).toMatchObject({ kind: "unsupported", counterparts: [] });
  });

  it("marks source sentences kept or omitted, coloured by how the rewrite used them", () => {
    const sentences = compareView(report()).source.paragraphs.flat();
    expect(sentences.map((s) => [s.kind, s.shade])).toEqual([
      ["kept", "altered"],
      ["kept", "paraphrase"],
      ["omitted", "omitted"],
    ]);
  });

  it("cuts a sentence at a finding span and keeps the text whole", () => {
    const first = compareView(report()).rewrite.paragraphs.flat()[0]!;
    expect(first.segments.map((s) => [s.text, s.findings, s.severity])).toEqual([
      ["Millbrook opened ", [], null],
      ["7", [1], "high"],
      [" libraries on Friday.", [], null],
    ]);
  });

  it("flags a span over the whole sentence so it is drawn as an underline", () => {
    const omitted = compareView(report()).source.paragraphs.flat()[2]!;
    expect(omitted.segments).toEqual([{ text: "Funding ends in May.", findings: [2], severity: "medium", whole: true }]);
  });

  it("describes each sentence in one line", () => {
    const view = compareView(report());
    expect(view.rewrite.paragraphs.flat()[0]!.description).toBe("R1: altered, from S1, score 0.90");
    expect(view.source.paragraphs.flat()[2]!.description).toBe("S3: omitted from the rewrite");
  });
});

describe("linkedKeys", () => {
  it("names the counterparts on the other side like the data-sentence hooks", () => {
    expect(linkedKeys({ side: "source", counterparts: [0, 3] })).toEqual(["rewrite:0", "rewrite:3"]);
  });
});

describe("findings", () => {
  it("lists each place a finding points at, rewrite first", () => {
    const [changed, omitted] = compareView(report()).findings;
    expect(changed!.places.map((p) => [p.side, p.label, p.quote, p.placed])).toEqual([
      ["rewrite", "R1", "7", true],
      ["source", "S1", "9", true],
    ]);
    expect(omitted!.places.map((p) => p.side)).toEqual(["source"]);
  });
});

describe("verdictView", () => {
  it("labels the relation and faithfulness and counts drift apart from omissions", () => {
    const verdict = verdictView(report());
    expect(verdict.label).toBe("Rewrite · not faithful");
    expect(verdict.drift).toBe("1 high");
    expect(verdict.figures).toContainEqual({ name: "Source sentences omitted", value: "1 of 3" });
  });

  it("says none when only omissions were found", () => {
    const faithful = { ...report(), findings: report().findings.slice(1) };
    expect(verdictView(faithful).drift).toBe("none");
  });
});

describe("groupParagraphs", () => {
  it("starts a paragraph where the original text breaks the line", () => {
    const sentences = sentencesOf(["One.", "Two.", "Three."], "\n\n");
    expect(groupParagraphs(sentences, "One.\n\nTwo.\n\nThree.")).toEqual([[0], [1], [2]]);
  });

  it("keeps one paragraph without the original text", () => {
    expect(groupParagraphs(sentencesOf(["One.", "Two."], "\n"), undefined)).toEqual([[0, 1]]);
  });

  it("ignores offsets that do not fit the text", () => {
    const sentences = sentencesOf(["One.", "Two."], "\n");
    expect(groupParagraphs(sentences, "x")).toEqual([[0, 1]]);
  });
});
