import { describe, expect, it } from "vitest";
import { textPieces } from "./pieces.js";

describe("textPieces", () => {
  it("keeps a short text whole", () => {
    expect(textPieces("One line.\nTwo.", 20)).toEqual([{ offset: 0, text: "One line.\nTwo." }]);
  });

  it("cuts after the last line break that fits", () => {
    expect(textPieces("Aa bb.\nCc dd.\nEe ff.", 16)).toEqual([
      { offset: 0, text: "Aa bb.\nCc dd.\n" },
      { offset: 14, text: "Ee ff." },
    ]);
  });

  it("cuts after a sentence end where no line break fits, else after a space", () => {
    expect(textPieces("Aa bb. Cc dd ee ff", 12).map((piece) => piece.text)).toEqual(["Aa bb. ", "Cc dd ee ff"]);
    expect(textPieces("aa bb cc dd", 7).map((piece) => piece.text)).toEqual(["aa bb ", "cc dd"]);
  });

  it("cuts a run with no space at the limit, and the pieces always join back into the text", () => {
    const text = "x".repeat(25);
    const pieces = textPieces(text, 10);
    expect(pieces.map((piece) => piece.text.length)).toEqual([10, 10, 5]);
    expect(pieces.map((piece) => piece.text).join("")).toBe(text);
    expect(pieces.map((piece) => piece.offset)).toEqual([0, 10, 20]);
  });
});
