import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCloughStevenson, parseFileInformation } from "./clough-stevenson.js";

describe("parseFileInformation", () => {
  it("reads the rows, including the source rows", () => {
    expect(parseFileInformation("File,Task,Category\r\ng0pA_taska.txt,a,non\norig_taska.txt,a,orig\n")).toEqual([
      { file: "g0pA_taska.txt", task: "a", category: "non" },
      { file: "orig_taska.txt", task: "a", category: "orig" },
    ]);
  });

  it("rejects an unknown category", () => {
    expect(() => parseFileInformation("File,Task,Category\ng0pA_taska.txt,a,copied\n")).toThrow(/line 2/);
  });
});

describe("loadCloughStevenson", () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    delete process.env.WIRETRACE_DATA;
  });

  it("pairs each answer with its task's source and decodes Windows-1252 answers", () => {
    folder = mkdtempSync(path.join(tmpdir(), "wiretrace-eval-"));
    const corpus = path.join(folder, "clough-stevenson");
    mkdirSync(corpus);
    writeFileSync(
      path.join(corpus, "file_information.csv"),
      "File,Task,Category\ng9pZ_taska.txt,a,light\norig_taska.txt,a,orig\n",
    );
    writeFileSync(path.join(corpus, "orig_taska.txt"), "Tides follow the moon.");
    writeFileSync(path.join(corpus, "g9pZ_taska.txt"), Buffer.from([0x49, 0x74, 0x92, 0x73, 0x20, 0x74, 0x68, 0x65, 0x20, 0x6d, 0x6f, 0x6f, 0x6e, 0x2e]));
    process.env.WIRETRACE_DATA = folder;
    expect(loadCloughStevenson()).toEqual([
      { id: "g9pZ_taska", task: "a", category: "light", source: "Tides follow the moon.", answer: "It\u2019s the moon." },
    ]);
  });
});
