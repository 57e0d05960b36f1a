import { describe, it, expect } from "vitest";
import { ByteSource } from "./byte-source.js";
import { collect } from "./fetch-stub.test-data.js";

const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

/** A stream of chunks that records how far it was read and whether it was closed. */
function tracked(chunks: string[]) {
  const state = { pulled: 0, closed: false };
  const iterable: AsyncIterable<string> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => (state.pulled < chunks.length ? { done: false, value: chunks[state.pulled++]! } : { done: true, value: undefined }),
      return: async () => {
        state.closed = true;
        return { done: true, value: undefined };
      },
    }),
  };
  return { iterable, state };
}

describe("ByteSource", () => {
  it("gives the head and then every byte from the start", async () => {
    const source = new ByteSource(tracked(["Roads ", "were ", "shut."]).iterable);
    expect(text(await source.head(8))).toBe("Roads we");
    expect(text(await source.readAll(100))).toBe("Roads were shut.");
  });

  it("gives a shorter head for a shorter input", async () => {
    expect(text(await new ByteSource(tracked(["Calm."]).iterable).head(100))).toBe("Calm.");
  });

  it("stops reading and closes the stream once past the limit", async () => {
    const { iterable, state } = tracked(["12345", "67890", "abcde", "fghij"]);
    expect(await new ByteSource(iterable).readAll(8)).toBeNull();
    expect(state).toEqual({ pulled: 2, closed: true });
  });

  it("closes the stream when a reader of its chunks stops early", async () => {
    const { iterable, state } = tracked(["one", "two", "three"]);
    const source = new ByteSource(iterable);
    for await (const chunk of source.chunks()) {
      expect(text(chunk)).toBe("one");
      break;
    }
    expect(state.closed).toBe(true);
  });

  it("yields the kept head once, then the rest", async () => {
    const source = new ByteSource(tracked(["ab", "cd", "ef"]).iterable);
    await source.head(3);
    expect((await collect(source.chunks())).map(text)).toEqual(["ab", "cd", "ef"]);
  });
});
