import { describe, expect, it } from "vitest";
import { parseDataLine, parseIndexOffsets } from "./format.js";

describe("parseDataLine", () => {
  it("reads the offset, class, words and pointers of a synset", () => {
    const synset = parseDataLine(
      "00000100 30 v 02 climb 0 go_up 1 002 ! 00000200 v 0101 @ 00000300 v 0000 01 + 02 00 | move upward",
    );
    expect(synset).toEqual({
      offset: 100,
      wordClass: "verb",
      satellite: false,
      words: ["climb", "go_up"],
      pointers: [
        { symbol: "!", targetOffset: 200, targetClass: "verb", sourceWord: 1, targetWord: 1 },
        { symbol: "@", targetOffset: 300, targetClass: "verb", sourceWord: 0, targetWord: 0 },
      ],
    });
  });

  it("reads the word count and the source/target word numbers as hexadecimal", () => {
    const words = "a 0 b 0 c 0 d 0 e 0 f 0 g 0 h 0 i 0 j 0 k 0";
    const synset = parseDataLine(`00000100 03 n 0b ${words} 001 ! 00000200 n 0b0a | eleven words`);
    expect(synset?.words).toHaveLength(11);
    expect(synset?.pointers[0]).toMatchObject({ sourceWord: 11, targetWord: 10 });
  });

  it("marks adjective satellites and strips syntactic markers", () => {
    const synset = parseDataLine("00000100 00 s 01 Galore(ip) 0 001 & 00000200 a 0000 | in plenty");
    expect(synset).toMatchObject({ wordClass: "adj", satellite: true, words: ["galore"] });
  });

  it("returns undefined for a line that is not a synset", () => {
    expect(parseDataLine("  1 This software and database is being provided")).toBeUndefined();
    expect(parseDataLine("00000100 00 n 02 lonely 0 | missing fields")).toBeUndefined();
  });
});

describe("parseIndexOffsets", () => {
  it("takes the last synset_cnt fields as offsets", () => {
    expect(parseIndexOffsets("climb v 2 2 ! @ 2 1 00000100 00000400  ")).toEqual([100, 400]);
  });

  it("returns no offsets for a malformed line", () => {
    expect(parseIndexOffsets("climb v")).toEqual([]);
  });
});
