import { describe, it, expect } from "vitest";
import { decodeBytes, looksBinary } from "./decode.js";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);

describe("decodeBytes", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...Buffer.from("café")))).toBe("café");
  });

  it("reads UTF-16 little-endian with a byte-order mark", () => {
    expect(decodeBytes(utf16le("Port reopens"))).toBe("Port reopens");
  });

  it("reads UTF-16 big-endian with a byte-order mark", () => {
    const body = Buffer.from("Port", "utf16le").swap16();
    expect(decodeBytes(bytes(0xfe, 0xff, ...body))).toBe("Port");
  });

  it("falls back to windows-1252 for Latin-1 bytes", () => {
    expect(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9))).toBe("café");
  });
});

describe("looksBinary", () => {
  it("flags a NUL character", () => {
    expect(looksBinary("PK\u0003\u0004\u0000\u0000data")).toBe(true);
  });

  it("flags text that is mostly control characters", () => {
    expect(looksBinary("\u0001\u0002\u0003ab\u0005\u0006")).toBe(true);
  });

  it("passes ordinary text with tabs and line breaks", () => {
    expect(looksBinary("Roads\twere shut.\r\nSchools stayed open.\f")).toBe(false);
  });

  it("passes decoded UTF-16 text", () => {
    expect(looksBinary(decodeBytes(utf16le("Roads were shut.")))).toBe(false);
  });
});
