/**
 * Real articles for the corpus evaluation: Reuters-21578, BBC News, and the source documents of
 * BUMP and SummEdits, read from the shared data folder. Texts are normalised to one paragraph per
 * line; the order is fixed (collection, then the data set's own order) so sampling with a seed
 * gives the same articles on every machine.
 */
import { readText } from "../decode.js";
import { loadBump } from "../datasets/bump.js";
import { idField, stringField, type JsonRecord } from "../datasets/json.js";
import { loadSummEdits, SUMMEDITS_DOMAINS } from "../datasets/summedits.js";
import { dataFile } from "../paths.js";
import { createRandom } from "./random.js";
import { parseDoc } from "./sentences.js";

export type Collection = "reuters" | "bbc" | "bump" | "summedits";

/** One real article; `id` is unique across collections ("reuters:17", "bbc:business/001.txt"). */
export interface SourceArticle {
  id: string;
  collection: Collection;
  title?: string;
  /** Paragraphs separated by "\n". */
  text: string;
  /** ISO 8601 date-time, when the data set has one. */
  date?: string;
}

/** The line Reuters puts at the end of a story, crediting itself. */
export const REUTERS_CREDIT = /^reuters?$/i;

/** Whitespace inside a paragraph collapsed, paragraphs one per line, empty ones gone. */
function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n");
}

/** One object per non-empty line; a line that is not an object stops the read with its number. */
export function parseJsonLines(text: string, dataset: string): JsonRecord[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== "")
    .map(({ line, index }) => {
      const value: unknown = JSON.parse(line);
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new Error(`${dataset} line ${index + 1}: expected an object`);
      }
      return value as JsonRecord;
    });
}

const MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(" ");

/** "26-FEB-1987 15:01:01.79" to "1987-02-26T15:01:01Z"; undefined when it has another shape. */
export function reutersDate(raw: string): string | undefined {
  const match = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})/.exec(raw);
  if (match === null) return undefined;
  const month = MONTHS.indexOf(match[2]!);
  if (month < 0) return undefined;
  const day = match[1]!.padStart(2, "0");
  return `${match[3]}-${String(month + 1).padStart(2, "0")}-${day}T${match[4]}:${match[5]}:${match[6]}Z`;
}

/**
 * Reuters bodies are hard-wrapped at 65 columns with indented paragraphs and end with "Reuter";
 * company names are marked "<Woodco Inc>". Unwraps the lines and drops the markers.
 */
export function normaliseReutersBody(body: string): string {
  const paragraphs = body.replace(/<([^<>\n]{1,60})>/g, "$1").split(/\n[ \t]+|\n\s*\n/);
  return joinParagraphs(paragraphs.map((paragraph) => paragraph.replace(/\n/g, " ")));
}

/** Sentences of a normalised text, leaving out a closing agency credit line. */
export function countSentences(text: string): number {
  return parseDoc(text).filter((sentence) => !REUTERS_CREDIT.test(sentence.text)).length;
}

export interface ReaderOptions {
  /** Bodies with fewer sentences are left out (the perturbations need room). Default 5. */
  minSentences?: number;
}

function identicalBodyFilter(): (text: string) => boolean {
  const seen = new Set<string>();
  return (text) => {
    const key = text.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * Reuters-21578 JSON Lines: empty bodies, bodies under `minSentences` and the later members of
 * each group of identical bodies (stories sent again on the wire) are left out.
 */
export function parseReuters(text: string, options: ReaderOptions = {}): SourceArticle[] {
  const minSentences = options.minSentences ?? 5;
  const isNew = identicalBodyFilter();
  const articles: SourceArticle[] = [];
  parseJsonLines(text, "reuters21578").forEach((item, index) => {
    const where = `reuters21578 line ${index + 1}`;
    const body = normaliseReutersBody(stringField(item, "text", where));
    if (body === "" || countSentences(body) < minSentences || !isNew(body)) return;
    const rawTitle = typeof item.title === "string" ? item.title.replace(/\s*<[^<>]*>/g, "").trim() : "";
    const title = rawTitle === "" ? undefined : rawTitle;
    const date = typeof item.date === "string" ? reutersDate(item.date) : undefined;
    articles.push({
      id: `reuters:${idField(item, "newid", where)}`,
      collection: "reuters",
      text: body,
      ...(title === undefined ? {} : { title }),
      ...(date === undefined ? {} : { date }),
    });
  });
  return articles;
}

/**
 * BBC News JSON Lines. The body repeats the title as its first line, which is dropped; identical
 * articles (the data set lists 100 pairs) are kept once.
 */
export function parseBbc(text: string, options: ReaderOptions = {}): SourceArticle[] {
  const minSentences = options.minSentences ?? 5;
  const isNew = identicalBodyFilter();
  const articles: SourceArticle[] = [];
  parseJsonLines(text, "bbc-news").forEach((item, index) => {
    const where = `bbc-news line ${index + 1}`;
    const title = stringField(item, "title", where).trim();
    const lines = stringField(item, "text", where).split("\n");
    if (lines[0]?.trim() === title) lines.shift();
    const body = joinParagraphs(lines);
    if (countSentences(body) < minSentences || !isNew(body)) return;
    articles.push({ id: `bbc:${idField(item, "id", where)}`, collection: "bbc", title, text: body });
  });
  return articles;
}

/** Distinct source documents, in first-seen order, as articles of `collection`. */
export function distinctDocuments(
  documents: readonly { id: string; text: string }[],
  collection: Collection,
  options: ReaderOptions = {},
): SourceArticle[] {
  const minSentences = options.minSentences ?? 5;
  const isNew = identicalBodyFilter();
  const articles: SourceArticle[] = [];
  for (const document of documents) {
    const body = joinParagraphs(document.text.split("\n"));
    if (countSentences(body) < minSentences || !isNew(body)) continue;
    articles.push({ id: `${collection}:${document.id}`, collection, text: body });
  }
  return articles;
}

export interface LoadOptions extends ReaderOptions {
  /** Which collections to read; default all four. */
  collections?: readonly Collection[];
}

/** Read the articles of the chosen collections from the shared data folder, in a fixed order. */
export function loadArticles(options: LoadOptions = {}): SourceArticle[] {
  const wanted = new Set(options.collections ?? ["reuters", "bbc", "bump", "summedits"]);
  const articles: SourceArticle[] = [];
  if (wanted.has("reuters")) {
    articles.push(...parseReuters(readText(dataFile("reuters21578", "reuters21578.jsonl")), options));
  }
  if (wanted.has("bbc")) articles.push(...parseBbc(readText(dataFile("bbc-news", "bbc.jsonl")), options));
  if (wanted.has("bump")) {
    const documents = ([1, 2] as const).flatMap((task) =>
      loadBump(task).map((pair) => ({ id: `task${task}-${pair.id}`, text: pair.article })),
    );
    articles.push(...distinctDocuments(documents, "bump", options));
  }
  if (wanted.has("summedits")) {
    const items = SUMMEDITS_DOMAINS.flatMap((domain) =>
      loadSummEdits(domain).map((item) => ({ id: `${domain}:${item.id}`, text: item.doc })),
    );
    articles.push(...distinctDocuments(items, "summedits", options));
  }
  return articles;
}

/** `count` articles drawn without replacement, the same ones for the same seed and input order. */
export function sampleArticles(articles: readonly SourceArticle[], count: number, seed: number): SourceArticle[] {
  return createRandom(seed).fork("sample-articles").shuffle(articles).slice(0, count);
}
