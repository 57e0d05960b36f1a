import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.js";

describe("decodeText", () => {
  it("reads UTF-8 and drops a byte order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toBe("café");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // "it’s" with 0x92, the Windows-1252 right single quote.
    expect(decodeText(new Uint8Array([0x69, 0x74, 0x92, 0x73]))).toBe("it\u2019s");
  });

  it("keeps Latin-1 letters in a Windows-1252 file", () => {
    expect(decodeText(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]))).toBe("\u201Ccaf\u00E9\u201D");
  });
});
