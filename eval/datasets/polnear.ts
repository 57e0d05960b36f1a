import { readdirSync } from "node:fs";
import path from "node:path";
import { readText } from "../decode.js";
import type { CharRange } from "../edit-span.js";
import { dataFile } from "../paths.js";

/** The two annotated splits in the shared data folder (PolNeAR's test split is not released). */
export const POLNEAR_SPLITS = ["dev", "train"] as const;

export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

/**
 * One annotated attribution (a brat `E` relation): the text fragments of each role. Any role may
 * be empty; a discontinuous span gives several fragments.
 */
export interface GoldAttribution {
  /** The relation's id in its file, e.g. "E3". */
  id: string;
  sources: CharRange[];
  cues: CharRange[];
  contents: CharRange[];
}

/** One article with one annotator's attributions. */
export interface PolnearArticle {
  /** The text file's name without `.txt`. */
  id: string;
  split: PolnearSplit;
  /** The annotator id of the file read: the first by file name when several annotated the article. */
  annotator: string;
  text: string;
  attributions: GoldAttribution[];
}

const ROLE_FIELDS = { Source: "sources", Cue: "cues", Content: "contents" } as const;
type Role = keyof typeof ROLE_FIELDS;

const TEXT_BOUND = /^(T\d+)\t[^\t ]+ (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const RELATION = /^(E\d+)\t(.*)$/;
/** `Role:T12`; a repeated role carries a digit (`Content2`), which is not part of its name. */
const ARGUMENT = /^([A-Za-z-]+?)\d*:(T\d+)$/;
/** Attributes, other relations, normalisations and annotator notes: nothing the task scores. */
const IGNORED = /^(?:[ARMN]\d+|#\d*|\*)\t/;
const ANNOTATION_FILE = /^(.+)_([0-9a-f]{4})\.ann$/;

interface PendingRelation {
  lineNumber: number;
  id: string;
  /** The trigger first (`Attribution:T4`), then the roles. */
  args: { role: string; target: string }[];
}

/**
 * Parse one brat standoff file into attributions. Offsets are JS string indices into `text`;
 * every text-bound annotation is checked against the text at its offsets, so a file read with
 * the wrong article or a shifted encoding fails here rather than scoring nonsense. `file` names
 * the file in error messages.
 */
export function parseBrat(annText: string, text: string, file = "annotations"): GoldAttribution[] {
  const lines = annText.split("\n");
  const fragmentsById = new Map<string, CharRange[]>();
  const pending: PendingRelation[] = [];
  const fail = (lineNumber: number, reason: string) => new Error(`polnear ${file} line ${lineNumber}: ${reason}`);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const failHere = (reason: string) => fail(i + 1, reason);
    const textBound = TEXT_BOUND.exec(line);
    if (textBound) {
      const { fragments, extraLines } = readTextBound(textBound, lines, i + 1, text, failHere);
      fragmentsById.set(textBound[1]!, fragments);
      i += extraLines;
      continue;
    }
    const relation = RELATION.exec(line);
    if (relation) {
      pending.push({ lineNumber: i + 1, id: relation[1]!, args: parseArguments(relation[2]!, failHere) });
      continue;
    }
    if (line.trim() === "" || IGNORED.test(line)) continue;
    throw failHere("not a brat annotation line");
  }
  return pending.map((relation) => resolveRelation(relation, fragmentsById, (reason) => fail(relation.lineNumber, reason)));
}

/**
 * A `T` line's fragments, checked against the article. brat joins a discontinuous span's pieces
 * with a space and writes line breaks as they are, so a span holding line breaks continues on
 * `extraLines` of the following lines.
 */
function readTextBound(
  match: RegExpExecArray,
  lines: readonly string[],
  nextLine: number,
  text: string,
  fail: (reason: string) => Error,
): { fragments: CharRange[]; extraLines: number } {
  const id = match[1]!;
  const offsets = match[2]!;
  const written = match[3]!;
  const fragments = parseFragments(offsets);
  if (fragments.some((fragment) => fragment.start > fragment.end || fragment.end > text.length)) {
    throw fail(`offsets ${offsets} fall outside the text (${text.length} characters)`);
  }
  const expected = fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(" ");
  const extraLines = expected.split("\n").length - 1;
  if ([written, ...lines.slice(nextLine, nextLine + extraLines)].join("\n") !== expected) {
    throw fail(`the annotated text of ${id} differs from the article at ${offsets}`);
  }
  return { fragments, extraLines };
}

/** "10 20;25 40" -> [{10, 20}, {25, 40}]. */
function parseFragments(offsets: string): CharRange[] {
  return offsets.split(";").map((fragment) => {
    const [start, end] = fragment.split(" ").map(Number) as [number, number];
    return { start, end };
  });
}

function parseArguments(args: string, fail: (reason: string) => Error): PendingRelation["args"] {
  const parsed = args
    .split(" ")
    .filter((arg) => arg !== "")
    .map((arg) => {
      const match = ARGUMENT.exec(arg);
      if (!match) throw fail(`cannot read the argument "${arg}"`);
      return { role: match[1]!, target: match[2]! };
    });
  if (parsed.length === 0) throw fail("a relation needs at least its trigger");
  return parsed;
}

function resolveRelation(
  relation: PendingRelation,
  fragmentsById: ReadonlyMap<string, CharRange[]>,
  fail: (reason: string) => Error,
): GoldAttribution {
  const gold: GoldAttribution = { id: relation.id, sources: [], cues: [], contents: [] };
  relation.args.forEach(({ role, target }, index) => {
    const fragments = fragmentsById.get(target);
    if (!fragments) throw fail(`${relation.id} refers to ${target}, which the file does not define`);
    if (index === 0) return; // the trigger: its span repeats the cue's
    if (!(role in ROLE_FIELDS)) throw fail(`${relation.id} has an unknown role "${role}"`);
    gold[ROLE_FIELDS[role as Role]].push(...fragments);
  });
  return gold;
}

/**
 * Load one split: every article in `<split>/text`, with the first of its annotation files in
 * `<split>/attributions` (`NAME_XXXX.ann`, XXXX the annotator) by file name.
 */
export function loadPolnear(split: PolnearSplit): PolnearArticle[] {
  const textFolder = dataFile("polnear", path.join(split, "text"));
  const annotationFolder = dataFile("polnear", path.join(split, "attributions"));
  const firstAnnotation = new Map<string, { file: string; annotator: string }>();
  for (const file of readdirSync(annotationFolder).sort()) {
    const match = ANNOTATION_FILE.exec(file);
    if (match && !firstAnnotation.has(match[1]!)) firstAnnotation.set(match[1]!, { file, annotator: match[2]! });
  }
  const textFiles = readdirSync(textFolder)
    .filter((file) => file.endsWith(".txt"))
    .sort();
  return textFiles.map((textFile) => {
    const id = textFile.slice(0, -".txt".length);
    const annotation = firstAnnotation.get(id);
    if (!annotation) throw new Error(`polnear ${split}: no annotation file for ${id}`);
    const text = readText(path.join(textFolder, textFile));
    const annText = readText(path.join(annotationFolder, annotation.file));
    const attributions = parseBrat(annText, text, `${split}/attributions/${annotation.file}`);
    return { id, split, annotator: annotation.annotator, text, attributions };
  });
}
