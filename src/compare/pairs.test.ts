import { describe, expect, it } from "vitest";
import { readPairLines } from "./pairs.js";

async function* chunked(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function read(chunks: AsyncIterable<Uint8Array>, maxLineBytes?: number): Promise<unknown[]> {
  const lines: unknown[] = [];
  for await (const line of readPairLines(chunks, maxLineBytes)) lines.push(line);
  return lines;
}

const pair = (id: string) => JSON.stringify({ id, source: "s", rewrite: "r" });

describe("readPairLines", () => {
  it("reads a pair per line, passing over blank lines and numbering lines as the file does", async () => {
    expect(await read(chunked(`${pair("a")}\n\n  \r\n${pair("b")}`))).toEqual([
      { line: 1, id: "a", source: "s", rewrite: "r" },
      { line: 4, id: "b", source: "s", rewrite: "r" },
    ]);
  });

  it("skips a bad line with its number and reads on", async () => {
    expect(await read(chunked(`{"id": "a", "source": \n${pair("b")}\n`))).toEqual([
      { line: 1, reason: "not valid JSON" },
      { line: 2, id: "b", source: "s", rewrite: "r" },
    ]);
  });

  it("skips a line over the limit with its number, without holding it, and reads on", async () => {
    const long = JSON.stringify({ id: "long", source: "x".repeat(300), rewrite: "r" });
    expect(await read(chunked(`${pair("a")}\n`, long.slice(0, 200), long.slice(200), `\n${pair("b")}\n`), 200)).toEqual([
      { line: 1, id: "a", source: "s", rewrite: "r" },
      { line: 2, reason: "line is over the 200 bytes limit for one pair" },
      { line: 3, id: "b", source: "s", rewrite: "r" },
    ]);
  });

  it("reads a first line that starts with a byte-order mark", async () => {
    expect(await read(chunked(`\uFEFF${pair("a")}\n`))).toEqual([{ line: 1, id: "a", source: "s", rewrite: "r" }]);
  });
});
