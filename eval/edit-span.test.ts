import { describe, expect, it } from "vitest";
import { editedSpan, editSpans, rangesOverlap, tokenize } from "./edit-span.js";

function spanText(reference: string, edited: string): string | null {
  const span = editedSpan(reference, edited);
  return span ? edited.slice(span.start, span.end) : null;
}

describe("editedSpan", () => {
  it("finds one replaced word", () => {
    expect(spanText("Mayor Lina Okafor met 3 farmers .", "Mayor Lina Okafor met 5 farmers .")).toBe("5");
  });

  it("covers a multi-token replacement from first to last changed token", () => {
    expect(spanText("It opened on May 29, 1943 in Dunmore .", "It opened on June 14, 1946 in Dunmore .")).toBe(
      "June 14, 1946",
    );
  });

  it("covers an inserted phrase", () => {
    expect(spanText("The council approved the plan .", "The council narrowly approved the plan .")).toBe("narrowly");
  });

  it("covers the words either side of a deletion", () => {
    expect(spanText("Ana Ruiz did not sign the deal .", "Ana Ruiz did sign the deal .")).toBe("did sign");
  });

  it("handles a deletion at the very end", () => {
    expect(spanText("The port closed on Friday", "The port closed")).toBe("closed");
  });

  it("is null when the texts have the same tokens", () => {
    expect(editedSpan("The port closed .", "The  port closed .")).toBeNull();
  });
});

describe("editSpans", () => {
  it("gives the replaced words in both texts", () => {
    const reference = "Mayor Lina Okafor met 3 farmers .";
    const edited = "Mayor Lina Okafor met 15 farmers .";
    const spans = editSpans(reference, edited);
    expect(spans.reference && reference.slice(spans.reference.start, spans.reference.end)).toBe("3");
    expect(spans.edited && edited.slice(spans.edited.start, spans.edited.end)).toBe("15");
  });

  it("covers the words either side of the gap in the text without the inserted phrase", () => {
    const reference = "The council approved the plan .";
    const spans = editSpans(reference, "The council narrowly approved the plan .");
    expect(spans.reference && reference.slice(spans.reference.start, spans.reference.end)).toBe("council approved");
  });
});

describe("tokenize", () => {
  it("splits words and punctuation with offsets", () => {
    expect(tokenize("Hi, Bo.").map((t) => [t.text, t.start])).toEqual([
      ["Hi", 0],
      [",", 2],
      ["Bo", 4],
      [".", 6],
    ]);
  });
});

describe("rangesOverlap", () => {
  it("is true when the ranges share a character", () => {
    expect(rangesOverlap({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(true);
  });

  it("is false when the ranges only touch", () => {
    expect(rangesOverlap({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(false);
  });
});
