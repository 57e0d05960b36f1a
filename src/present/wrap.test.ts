import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrapPieces, type Piece } from "./wrap.js";

/** Lines drawn the way the colourless terminal draws them. */
function draw(pieces: Piece[], width: number): string[] {
  return wrapPieces(pieces, width, 2).map((line) => line.map((p) => (p.severity ? `«${p.text}»` : p.text)).join(""));
}

describe("wrapPieces", () => {
  it("moves a marked span whole to the next line rather than splitting it", () => {
    const pieces: Piece[] = [
      { text: "The council said ", severity: null },
      { text: "Lena Okafor", severity: "high" },
      { text: " agreed.", severity: null },
    ];
    expect(draw(pieces, 24)).toEqual(["The council said", "«Lena Okafor» agreed."]);
  });

  it("keeps punctuation glued to a marked span", () => {
    const pieces: Piece[] = [
      { text: "It cost ", severity: null },
      { text: "$4 million", severity: "medium" },
      { text: ", she said.", severity: null },
    ];
    expect(draw(pieces, 20)).toEqual(["It cost", "«$4 million», she", "said."]);
  });

  it("splits a span longer than the line between words, closing and reopening the marker on each line", () => {
    const pieces: Piece[] = [{ text: "one two three four five six", severity: "low" }];
    expect(draw(pieces, 12)).toEqual(["«one two»", "«three four»", "«five six»"]);
  });

  it("never exceeds the width when every word fits, and keeps every word in order", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 30 }), fc.integer({ min: 12, max: 60 }), (words, width) => {
        const pieces: Piece[] = words.map(([text, marked]) => ({ text: `${text} `, severity: marked ? "high" : null }));
        const lines = draw(pieces, width);
        expect(lines.every((line) => line.length <= width)).toBe(true);
        expect(lines.join(" ").replace(/[«»]/g, "").split(" ")).toEqual(words.map(([text]) => text));
      }),
    );
  });
});

describe("wrapPieces with a region of several severities", () => {
  it("keeps each part's severity and gives the space between parts the milder one", () => {
    const pieces: Piece[] = [
      { text: "fell by ", severity: "medium", region: 0 },
      { text: "18%", severity: "high", region: 0 },
    ];
    expect(wrapPieces(pieces, 40, 0)).toEqual([
      [
        { text: "fell by", severity: "medium", region: 0 },
        { text: " ", severity: "medium", region: 0 },
        { text: "18%", severity: "high", region: 0 },
      ],
    ]);
  });
});
