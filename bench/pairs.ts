import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { median } from "./stats.js";

/** One line of a `compare --pairs` file. */
export interface Pair {
  id: string;
  source: string;
  rewrite: string;
}

/** The fields of a SummEdits record the bench uses. */
export interface SummEditsRecord {
  id: string;
  doc: string;
  summary: string;
}

export interface Domain {
  name: string;
  records: SummEditsRecord[];
}

/**
 * - `distinct-sources`: one rewrite per document, so every pair brings a new source (one wire
 *   story, one rewrite).
 * - `shared-sources`: several edited summaries of each document, next to each other as in the
 *   SummEdits files (one wire story, many rewrites): the encoder's cache can serve the source.
 */
export type PairSelection = "distinct-sources" | "shared-sources";

/** Rewrites taken per document for `shared-sources`. */
export const REWRITES_PER_SOURCE = 5;

export interface PairsFile {
  path: string;
  /** Where the pairs came from, in words, for the report. */
  origin: string;
  pairs: number;
  distinctSources: number;
  medianSourceChars: number;
  medianRewriteChars: number;
}

/**
 * A fixed, deterministic subset of `count` pairs (`doc` as source, `summary` as rewrite): the
 * same share from each domain, documents evenly spaced through each file, domains interleaved
 * one document at a time so a document's rewrites stay together.
 */
export function selectPairs(domains: readonly Domain[], count: number, selection: PairSelection): Pair[] {
  const rewritesPerSource = selection === "shared-sources" ? REWRITES_PER_SOURCE : 1;
  const quota = Math.ceil(count / Math.max(1, domains.length));
  const perDomain = domains.map((domain) =>
    evenlySpaced(groupByDocument(domain.records), Math.ceil(quota / rewritesPerSource)).map((group) =>
      group.slice(0, rewritesPerSource).map((record) => ({ id: `${domain.name}:${record.id}`, source: record.doc, rewrite: record.summary })),
    ),
  );
  return interleave(perDomain).flat().slice(0, count);
}

/**
 * Writes the pairs as JSON Lines into `folder` (a temporary directory: the data must not enter
 * the repository). Falls back to repeating examples/pairs.jsonl when the SummEdits folder is absent.
 */
export function writePairsFile(options: { summEditsFolder: string; examplesFile: string; folder: string; count: number; selection: PairSelection }): PairsFile {
  const { summEditsFolder, examplesFile, folder, count, selection } = options;
  const fromData = existsSync(summEditsFolder);
  const pairs = fromData ? selectPairs(readDomains(summEditsFolder), count, selection) : repeatExamples(examplesFile, count);
  const file = path.join(folder, `pairs-${selection}-${count}.jsonl`);
  writeFileSync(file, pairs.map((pair) => JSON.stringify(pair)).join("\n") + "\n");
  return {
    path: file,
    origin: fromData
      ? `SummEdits (${readDomainNames(summEditsFolder).length} domains), ${selection}`
      : `examples/pairs.jsonl repeated (${summEditsFolder} not found)`,
    pairs: pairs.length,
    distinctSources: new Set(pairs.map((pair) => pair.source)).size,
    medianSourceChars: median(pairs.map((pair) => pair.source.length)),
    medianRewriteChars: median(pairs.map((pair) => pair.rewrite.length)),
  };
}

function readDomainNames(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
}

function readDomains(folder: string): Domain[] {
  return readDomainNames(folder).map((file) => ({
    name: file.replace(/^summedits_|\.json$/g, ""),
    records: JSON.parse(readFileSync(path.join(folder, file), "utf8")) as SummEditsRecord[],
  }));
}

/** Only the examples are at hand: cycle them, with ids made unique, to reach `count`. */
function repeatExamples(examplesFile: string, count: number): Pair[] {
  const examples = readFileSync(examplesFile, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Pair);
  return Array.from({ length: examples.length === 0 ? 0 : count }, (_, i) => {
    const example = examples[i % examples.length]!;
    return { ...example, id: `${example.id}#${i}` };
  });
}

/** Records grouped by document, documents in order of first appearance. */
function groupByDocument(records: readonly SummEditsRecord[]): SummEditsRecord[][] {
  const groups = new Map<string, SummEditsRecord[]>();
  for (const record of records) groups.set(record.doc, [...(groups.get(record.doc) ?? []), record]);
  return [...groups.values()];
}

function evenlySpaced<T>(items: readonly T[], wanted: number): T[] {
  const taken = Math.min(wanted, items.length);
  return Array.from({ length: taken }, (_, i) => items[Math.floor((i * items.length) / taken)]!);
}

function interleave<T>(lists: readonly T[][]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, i) => lists.flatMap((list) => (i < list.length ? [list[i]!] : []))).flat();
}
