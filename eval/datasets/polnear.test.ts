import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPolnear, parseBrat } from "./polnear.js";

const article = [
  '"Bring an umbrella," Mayor Lena Ortiz told reporters, "and stay dry."',
  "It was announced that the bridge will close.",
  "The council said the budget\nwas approved.",
].join("\n");

/** Where `piece` first occurs in the article. */
function range(piece: string): { start: number; end: number } {
  const start = article.indexOf(piece);
  if (start < 0) throw new Error(`"${piece}" is not in the article`);
  return { start, end: start + piece.length };
}

/** The same as brat writes it, e.g. "20 36". */
function offsets(piece: string): string {
  const { start, end } = range(piece);
  return `${start} ${end}`;
}

const ann = [
  `T1\tSource ${offsets("Mayor Lena Ortiz")}\tMayor Lena Ortiz`,
  `T2\tCue ${offsets("told")}\ttold`,
  `T3\tContent ${offsets('"Bring an umbrella,"')};${offsets('"and stay dry."')}\t"Bring an umbrella," "and stay dry."`,
  `T4\tAttribution ${offsets("told")}\ttold`,
  "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
  `T5\tCue ${offsets("announced")}\tannounced`,
  `T6\tContent ${offsets("the bridge will close")}\tthe bridge will close`,
  `T7\tAttribution-no-source ${offsets("announced")}\tannounced`,
  "E2\tAttribution-no-source:T7 Cue:T5 Content2:T6 ",
  `T8\tSource ${offsets("The council")}\tThe council`,
  `T9\tCue ${offsets("said")}\tsaid`,
  `T10\tContent ${offsets("the budget\nwas approved")}\tthe budget`,
  "was approved",
  "E3\tAttribution:T9 Source:T8 Cue:T9 Content:T10",
  "#1\tAnnotatorNotes T10\ta note",
  "",
].join("\n");

describe("parseBrat", () => {
  it("reads each relation's fragments, a discontinuous span as several", () => {
    expect(parseBrat(ann, article)[0]).toEqual({
      id: "E1",
      sources: [range("Mayor Lena Ortiz")],
      cues: [range("told")],
      contents: [range('"Bring an umbrella,"'), range('"and stay dry."')],
    });
  });

  it("leaves a missing role empty", () => {
    expect(parseBrat(ann, article)[1]).toMatchObject({ id: "E2", sources: [], cues: [range("announced")] });
  });

  it("reads a numbered role (Content2) as its role", () => {
    expect(parseBrat(ann, article)[1]?.contents).toEqual([range("the bridge will close")]);
  });

  it("reads a span holding a line break from the lines it runs onto", () => {
    expect(parseBrat(ann, article)[2]).toMatchObject({ id: "E3", contents: [range("the budget\nwas approved")] });
  });

  it("names the file and line of a malformed line", () => {
    const broken = ann.replace("E2\t", "E2 ");
    expect(() => parseBrat(broken, article, "dev/attributions/x_0001.ann")).toThrow(
      /^polnear dev\/attributions\/x_0001\.ann line 9: not a brat annotation line$/,
    );
  });

  it("rejects a span whose text differs from the article at its offsets", () => {
    const shifted = `T1\tSource ${offsets("Lena Ortiz told")}\tMayor Lena Ortiz\n`;
    expect(() => parseBrat(shifted, article)).toThrow(/line 1: the annotated text of T1 differs/);
  });

  it("rejects a relation that refers to an undefined span", () => {
    expect(() => parseBrat("E1\tAttribution:T4 Source:T1\n", article)).toThrow(/line 1: E1 refers to T4/);
  });
});

describe("loadPolnear", () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    delete process.env.WIRETRACE_DATA;
  });

  it("reads each article with the first annotator's file by name", () => {
    folder = mkdtempSync(path.join(tmpdir(), "wiretrace-eval-"));
    const split = path.join(folder, "polnear", "dev");
    mkdirSync(path.join(split, "text"), { recursive: true });
    mkdirSync(path.join(split, "attributions"));
    writeFileSync(path.join(split, "text", "rain.txt"), article);
    writeFileSync(path.join(split, "attributions", "rain_b2c3.ann"), "");
    writeFileSync(path.join(split, "attributions", "rain_a1f0.ann"), ann);
    process.env.WIRETRACE_DATA = folder;
    const [loaded] = loadPolnear("dev");
    expect(loaded).toMatchObject({ id: "rain", split: "dev", annotator: "a1f0", text: article });
    expect(loaded?.attributions.map((relation) => relation.id)).toEqual(["E1", "E2", "E3"]);
  });
});
