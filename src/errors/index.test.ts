import { describe, expect, it } from "vitest";
import { createError, deserializeError, serializeError, WiretraceError } from "./index.js";

/** What another thread receives: postMessage clones with the structured clone algorithm. */
const acrossThreads = <T>(value: T): T => structuredClone(value);

describe("serializeError and deserializeError", () => {
  it("rebuild a WiretraceError with its code and message", () => {
    const original = createError("INPUT_EMPTY", { path: "source" });
    const rebuilt = deserializeError(acrossThreads(serializeError(original)));
    expect(rebuilt).toBeInstanceOf(WiretraceError);
    expect(rebuilt).toMatchObject({ code: "INPUT_EMPTY", message: "source is empty: there is no text to compare", exitCode: 2 });
  });

  it("rebuild any other error as a plain Error with its message and the other thread's stack", () => {
    const original = new TypeError("cannot read properties of undefined");
    const rebuilt = deserializeError(acrossThreads(serializeError(original)));
    expect(rebuilt).not.toBeInstanceOf(WiretraceError);
    expect(rebuilt.message).toBe("cannot read properties of undefined");
    expect(rebuilt.stack).toBe(original.stack);
  });

  it("carry a thrown value that is not an Error as its text", () => {
    expect(deserializeError(acrossThreads(serializeError("gone"))).message).toBe("gone");
  });
});
