import { describe, expect, it } from "vitest";
import { parseDoc, renderDoc, splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it("splits at full stops, question marks and closing quotes", () => {
    expect(splitSentences('Ida Berg won. Did she? "Yes," said Tom. "Of course." Then it rained.')).toEqual([
      "Ida Berg won.",
      "Did she?",
      '"Yes," said Tom.',
      '"Of course."',
      "Then it rained.",
    ]);
  });

  it("does not split after titles, initials or decimals", () => {
    expect(splitSentences("Mr. Lind met Dr. A. Berg at 3.5 percent. It went well.")).toEqual([
      "Mr. Lind met Dr. A. Berg at 3.5 percent.",
      "It went well.",
    ]);
  });

  it("splits after an abbreviation only when a usual opener follows", () => {
    expect(splitSentences("Shares of Harlow Inc. Fell sharply. Sales rose in the U.S. The firm said so.")).toEqual([
      "Shares of Harlow Inc. Fell sharply.",
      "Sales rose in the U.S.",
      "The firm said so.",
    ]);
  });
});

describe("parseDoc and renderDoc", () => {
  it("marks the first sentence of each line as a paragraph start", () => {
    expect(parseDoc("One here. Two here.\nThree here.").map((s) => s.paragraphStart)).toEqual([true, false, true]);
  });

  it("renders paragraphs with a blank line between them", () => {
    expect(renderDoc(parseDoc("One here. Two here.\nThree here."))).toBe("One here. Two here.\n\nThree here.");
  });
});
