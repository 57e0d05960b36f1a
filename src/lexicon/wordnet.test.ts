import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIndexLine, toLemmaKey, WordNetDatabase } from "./wordnet.js";

const licence = [
  "  1 An invented licence header for a test dictionary.  ",
  "  2 It sorts before every lemma.  ",
];

/**
 * Writes a data file whose synset lines start at their own byte offsets. A line refers to synset i
 * as `@i`; every offset is eight digits, so line lengths do not depend on the values filled in.
 */
function writeDataFile(path: string, synsets: string[]): number[] {
  const offsets: number[] = [];
  let position = licence.join("\n").length + 1;
  for (const synset of synsets) {
    offsets.push(position);
    position += `00000000 ${synset.replace(/@\d+/g, "00000000")}`.length + 1;
  }
  const pad = (offset: number | undefined) => String(offset ?? 0).padStart(8, "0");
  const lines = synsets.map(
    (synset, i) => `${pad(offsets[i])} ${synset.replace(/@(\d+)/g, (_, n) => pad(offsets[Number(n)]))}`,
  );
  writeFileSync(path, [...licence, ...lines].join("\n") + "\n");
  return offsets;
}

let dir: string;
let offsets: number[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wiretrace-lexicon-"));
  const manyHyponyms = Array.from({ length: 300 }, () => "~ @0 n 0000").join(" ");
  offsets = writeDataFile(join(dir, "data.noun"), [
    "03 n 02 parcel 0 package 0 001 ! @1 n 0101 | a wrapped bundle",
    "03 n 01 unwrapping 0 001 ! @0 n 0101 | taking the wrapping off",
    `03 n 01 thing 0 300 ${manyHyponyms} | a line longer than one read`,
  ]);
  const pad = (i: number) => String(offsets[i]).padStart(8, "0");
  writeFileSync(
    join(dir, "index.noun"),
    [
      ...licence,
      `package n 1 1 ! 1 0 ${pad(0)}  `,
      `parcel n 1 1 ! 1 0 ${pad(0)}  `,
      `thing n 1 1 ~ 1 0 ${pad(2)}  `,
      `unwrapping n 1 1 ! 1 0 ${pad(1)}  `,
    ].join("\n") + "\n",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("WordNetDatabase", () => {
  it("finds the synsets of a lemma through the index", () => {
    const db = new WordNetDatabase(dir);
    expect(db.synsetOffsets("parcel", "noun")).toEqual([offsets[0]]);
    expect(db.synsetOffsets("unwrapping", "noun")).toEqual([offsets[1]]);
  });

  it("returns no synsets for a word the index lacks", () => {
    expect(new WordNetDatabase(dir).synsetOffsets("gadget", "noun")).toEqual([]);
  });

  it("reads a synset at its byte offset in the data file", () => {
    const synset = new WordNetDatabase(dir).synset(offsets[0] ?? -1, "noun");
    expect(synset?.words).toEqual(["parcel", "package"]);
    expect(synset?.pointers[0]).toMatchObject({ symbol: "!", targetOffset: offsets[1] });
  });

  it("reads a synset line longer than the first read", () => {
    expect(new WordNetDatabase(dir).synset(offsets[2] ?? -1, "noun")?.pointers).toHaveLength(300);
  });

  it("returns undefined for an offset where no synset starts", () => {
    expect(new WordNetDatabase(dir).synset((offsets[0] ?? 0) + 3, "noun")).toBeUndefined();
  });
});

describe("findIndexLine", () => {
  const index = Buffer.from([...licence, "alpha n", "beta n", "beta_gamma n", "delta n"].join("\n"));

  it("finds the first, a middle and the last line", () => {
    expect(findIndexLine(index, Buffer.from("alpha"))).toBe("alpha n");
    expect(findIndexLine(index, Buffer.from("beta_gamma"))).toBe("beta_gamma n");
    expect(findIndexLine(index, Buffer.from("delta"))).toBe("delta n");
  });

  it("matches whole lemmas only", () => {
    expect(findIndexLine(index, Buffer.from("bet"))).toBeUndefined();
    expect(findIndexLine(index, Buffer.from("omega"))).toBeUndefined();
  });
});

describe("toLemmaKey", () => {
  it("lower-cases and joins multiword lemmas with underscores", () => {
    expect(toLemmaKey("  Set   Up ")).toBe("set_up");
  });
});
