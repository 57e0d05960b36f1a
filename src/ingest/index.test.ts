import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { chmod, mkdtemp, rm, writeFile, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { articleFromBytes, articleFromString, formatBytes, readArticle } from "./index.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wiretrace-ingest-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = (value: string) => new TextEncoder().encode(value);

describe("readArticle", () => {
  it("reads a text file", async () => {
    const path = join(dir, "story.txt");
    await writeFile(path, "Roads were shut in Carrow.\n");
    expect(await readArticle(path)).toEqual({ text: "Roads were shut in Carrow.\n", format: "text", origin: path });
  });

  it("reports a missing file", async () => {
    await expect(readArticle(join(dir, "missing.txt"))).rejects.toMatchObject({ code: "INPUT_NOT_FOUND" });
  });

  it("reports a directory as unreadable", async () => {
    await expect(readArticle(dir)).rejects.toMatchObject({ code: "INPUT_UNREADABLE", message: expect.stringContaining("directory") });
  });

  // Root reads any file whatever its mode, so this can only be checked as an ordinary user.
  it.skipIf(process.getuid?.() === 0)("reports a file without read permission as unreadable", async () => {
    const path = join(dir, "locked.txt");
    await writeFile(path, "Roads were shut.");
    await chmod(path, 0o000);
    await expect(readArticle(path)).rejects.toMatchObject({ code: "INPUT_UNREADABLE", message: expect.stringContaining("permission") });
  });

  it("rejects a 50 MB file from its size, without reading it", async () => {
    const path = join(dir, "huge.txt");
    await writeFile(path, "");
    await truncate(path, 50 * 1024 * 1024);
    const started = performance.now();
    await expect(readArticle(path)).rejects.toMatchObject({
      code: "INPUT_TOO_LARGE",
      message: expect.stringContaining("50.0 MB, over the 10.0 MB limit"),
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("reads stdin for '-'", async () => {
    const stdin = Readable.from([Buffer.from("Roads were "), Buffer.from("shut.")]);
    expect(await readArticle("-", { stdin })).toMatchObject({ text: "Roads were shut.", origin: "stdin" });
  });

  it("stops reading stdin once it passes the limit", async () => {
    const stdin = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    await expect(readArticle("-", { stdin, maxBytes: 1000 })).rejects.toMatchObject({ code: "INPUT_TOO_LARGE" });
  });
});

describe("articleFromBytes", () => {
  it("rejects empty input", () => {
    expect(() => articleFromBytes(new Uint8Array(), "a.txt")).toThrow(expect.objectContaining({ code: "INPUT_EMPTY" }));
  });

  it("rejects whitespace-only input", () => {
    expect(() => articleFromBytes(text(" \n\t\n"), "a.txt")).toThrow(expect.objectContaining({ code: "INPUT_EMPTY" }));
  });

  it("rejects binary input", () => {
    expect(() => articleFromBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "a.png")).toThrow(
      expect.objectContaining({ code: "INPUT_BINARY" }),
    );
  });

  it("decodes Latin-1 text", () => {
    expect(articleFromBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), "a.txt").text).toBe("café");
  });

  it("extracts an HTML article", () => {
    const html = "<html><head><title>Port reopens</title></head><body><article><p>The port of Carrow reopened on Monday after a week of repairs, its operator said.</p></article></body></html>";
    expect(articleFromBytes(text(html), "a.html")).toMatchObject({
      format: "html",
      title: "Port reopens",
      text: "The port of Carrow reopened on Monday after a week of repairs, its operator said.",
    });
  });

  it("reports HTML without an article", () => {
    expect(() => articleFromBytes(text("<html><body></body></html>"), "a.html")).toThrow(
      expect.objectContaining({ code: "INPUT_NO_ARTICLE" }),
    );
  });

  it("applies a custom size limit", () => {
    expect(() => articleFromBytes(text("Roads were shut."), "a.txt", { maxBytes: 4 })).toThrow(
      expect.objectContaining({ code: "INPUT_TOO_LARGE" }),
    );
  });
});

describe("articleFromString", () => {
  it("keeps plain text as it is, apart from a byte-order mark", () => {
    expect(articleFromString("\uFEFFRoads were shut.", "batch:1")).toEqual({ text: "Roads were shut.", format: "text", origin: "batch:1" });
  });

  it("detects HTML in a string", () => {
    expect(articleFromString("<p>Roads in Carrow were shut on Monday.</p>", "batch:2").format).toBe("html");
  });
});

describe("formatBytes", () => {
  it("prints bytes, kilobytes and megabytes", () => {
    expect([formatBytes(512), formatBytes(3 * 1024 + 400), formatBytes(50 * 1024 * 1024)]).toEqual(["512 bytes", "3.4 KB", "50.0 MB"]);
  });
});
