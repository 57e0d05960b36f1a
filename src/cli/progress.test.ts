import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

/** A piped stderr: not a terminal, every write kept. */
function pipe(): NodeJS.WriteStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY: false, written, write: (text: string) => (written.push(text), true) } as unknown as NodeJS.WriteStream & { written: string[] };
}

describe("progress on a pipe", () => {
  it("leaves one plain line with the final count when the run ends before the first interval", () => {
    const stream = pipe();
    const progress = createProgress(3, stream);
    progress.tick();
    progress.tick();
    progress.stop();
    expect(stream.written).toHaveLength(1);
    expect(stream.written[0]).toMatch(/^ingest: 2\/3 items, \d+\/s\n$/);
  });

  it("writes nothing when nothing was ingested", () => {
    const stream = pipe();
    createProgress(0, stream).stop();
    expect(stream.written).toEqual([]);
  });
});
