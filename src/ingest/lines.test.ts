import { describe, expect, it } from "vitest";
import { collect } from "./fetch-stub.test-data.js";
import { countContentLines, splitLines } from "./lines.js";

const bytes = (text: string) => new TextEncoder().encode(text);
async function* chunked(...parts: string[]) {
  for (const part of parts) yield bytes(part);
}

describe("splitLines", () => {
  it("joins a line split across chunks and numbers lines from 1", async () => {
    const lines = await collect(splitLines(chunked('{"a":', '1}\n{"b"', ":2}\n"), 100));
    expect(lines.map((line) => ("bytes" in line ? `${line.number} ${new TextDecoder().decode(line.bytes)}` : line))).toEqual([
      '1 {"a":1}',
      '2 {"b":2}',
    ]);
  });

  it("drops the carriage return of CRLF line ends and keeps a last line without a newline", async () => {
    const lines = await collect(splitLines(chunked("one\r\ntwo"), 100));
    expect(lines.map((line) => "bytes" in line && new TextDecoder().decode(line.bytes))).toEqual(["one", "two"]);
  });

  it("marks a line over the limit without keeping it, and goes on with the next", async () => {
    const lines = await collect(splitLines(chunked("x".repeat(30), "x".repeat(30), "\nok\n"), 40));
    expect(lines).toEqual([{ number: 1, overLimit: true }, { number: 2, bytes: bytes("ok") }]);
  });
});

describe("countContentLines", () => {
  it("counts lines with content, not blank ones or ones of spaces, tabs and carriage returns", async () => {
    expect(await countContentLines(chunked("a\n\n  \t\r\n b\r\nc"))).toBe(3);
  });

  it("counts a line once when its blanks and its content arrive in different chunks", async () => {
    expect(await countContentLines(chunked("one\n  ", "  ", "x", "y\n\n"))).toBe(2);
  });
});
