import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { normalizeText } from "./normalize.js";

/** The original text of a normalised span. */
function originalOf(original: string, start: number, end: number): string {
  const { toOriginal } = normalizeText(original);
  return original.slice(toOriginal[start], toOriginal[end]);
}

describe("normalizeText", () => {
  it("straightens curly quotes and primes", () => {
    expect(normalizeText("\u201CIt\u2019s 5\u2032 tall,\u201D he said of the 6\u2033 board").text).toBe(
      "\"It's 5' tall,\" he said of the 6\" board",
    );
  });

  it("turns two apostrophes or two backticks into one double quote mark", () => {
    expect(normalizeText("``Yes,'' she said; ''no,'' he said").text).toBe('"Yes," she said; "no," he said');
  });

  it("maps a doubled quote mark back to both characters", () => {
    const original = "He said ''yes'' twice";
    const norm = normalizeText(original).text;
    expect(originalOf(original, norm.indexOf('"'), norm.lastIndexOf('"') + 1)).toBe("''yes''");
  });

  it("turns each dash into one hyphen and keeps the writer's spacing", () => {
    expect(normalizeText("2019\u20132020 \u2014 up \u22123 and\u2014down").text).toBe("2019-2020 - up -3 and-down");
  });

  it("turns non-breaking and other Unicode spaces into plain spaces", () => {
    expect(normalizeText("10\u00A0km in\u2009total\u202Fnow").text).toBe("10 km in total now");
  });

  it("expands ligatures and the ellipsis", () => {
    expect(normalizeText("\uFB01ve o\uFB03cers \uFB02ed\u2026").text).toBe("five officers fled...");
  });

  it("removes zero-width characters and soft hyphens", () => {
    expect(normalizeText("news\u00ADpaper\u200B re\u200Dport\uFEFF").text).toBe("newspaper report");
  });

  it("composes decomposed accents (NFC)", () => {
    expect(normalizeText("cafe\u0301").text).toBe("caf\u00E9");
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(normalizeText("one\r\ntwo\rthree").text).toBe("one\ntwo\nthree");
  });

  it("maps a span after removed and expanded characters back to the original", () => {
    const original = "The \uFB01rm\u200B said \u201Cno\u201D\u2026 today";
    const norm = normalizeText(original).text;
    const start = norm.indexOf("today");
    expect(originalOf(original, start, start + 5)).toBe("today");
  });

  it("maps a quoted span back to its curly quotes", () => {
    const original = "He said \u201Cyes\u201D.";
    const norm = normalizeText(original).text;
    expect(originalOf(original, norm.indexOf('"'), norm.lastIndexOf('"') + 1)).toBe("\u201Cyes\u201D");
  });

  it("keeps the map monotone, in bounds and exact for unchanged characters", () => {
    const special = [
      "\u2018", "\u2019", "\u201C", "\u201D", "\u2032", "\u2033", "\u2013", "\u2014", "\u2212", "\u2012",
      "\u00A0", "\u2009", "\u3000", "\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04", "\u2026", "\u200B",
      "\u200D", "\u00AD", "\uFEFF", "\r", "\r\n", "\u0301", "\u0308", "\u2029",
    ];
    const plain = ["a", "e", "f", "i", "Z", " ", "\n", ".", "'", "`", '"', "-", "7", "\u00E9", "\u{1F600}"];
    const piece = fc.constantFrom(...special, ...plain);
    const specialChars = new Set(special.join(""));

    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const original = pieces.join("");
        const { text, toOriginal } = normalizeText(original);
        expect(toOriginal.length).toBe(text.length + 1);
        expect(toOriginal[text.length]).toBe(original.length);
        for (let i = 0; i < text.length; i++) {
          const from = toOriginal[i]!;
          expect(from).toBeGreaterThanOrEqual(0);
          expect(from).toBeLessThan(original.length);
          expect(toOriginal[i + 1]!).toBeGreaterThanOrEqual(from);
          const source = original[from]!;
          const nextIsMark = /\p{M}/u.test(original[from + 1] ?? "");
          const doubledMark = (source === "'" || source === "`") && original[from + 1] === source;
          if (!specialChars.has(source) && !nextIsMark && !doubledMark) expect(text[i]).toBe(source);
        }
      }),
      { numRuns: 500 },
    );
  });
});
