/**
 * JSON Lines: one article object per line, read as a stream so a file of any size costs one line
 * of memory. A bad line is one rejection at "path:LINE"; the lines after it are still read.
 */
import type { ArticleInput } from "../store/types.js";
import { WiretraceError, type ErrorCode } from "../errors/index.js";
import { buildArticleInput } from "./article-input.js";
import type { IngestItem } from "./corpus-types.js";
import { decodeBytes } from "./decode.js";
import { formatBytes } from "./limits.js";
import { splitLines } from "./lines.js";
import { pageMeta } from "./page-meta.js";
import { normalisePublished } from "./published.js";
import { articleFromString } from "./read-article.js";
import { rejection } from "./rejections.js";

/** Lines that fail to parse before any line has parsed: past this many the file is not JSON Lines. */
const GIVE_UP_AFTER_BAD_LINES = 10;

const STRING_FIELDS = ["url", "title", "outlet", "published", "byline"] as const;

type RecordOutcome = { article: ArticleInput } | { code: ErrorCode; reason: string };

/**
 * The articles of a JSON Lines stream, each `{id?, url?, title?, outlet?, published?, byline?,
 * text | html}`; `text` is used as it is, `html` goes through article extraction. Blank lines are
 * skipped; a line over `maxLineBytes` is rejected without being held in memory.
 */
export async function* jsonLinesItems(
  chunks: AsyncIterable<Uint8Array>,
  location: string,
  maxLineBytes: number,
): AsyncGenerator<IngestItem> {
  let parsedAny = false;
  let unparsed = 0;
  for await (const line of splitLines(chunks, maxLineBytes)) {
    const at = `${location}:${line.number}`;
    if ("overLimit" in line) {
      yield rejection(at, "INPUT_TOO_LARGE", `line is over the ${formatBytes(maxLineBytes)} limit for one article`);
      continue;
    }
    let source = decodeBytes(line.bytes);
    if (line.number === 1 && source.startsWith("\uFEFF")) source = source.slice(1);
    if (source.trim() === "") continue;

    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      yield rejection(at, "INPUT_BAD_LINE", `not valid JSON: ${(error as Error).message}`);
      if (!parsedAny && ++unparsed >= GIVE_UP_AFTER_BAD_LINES) {
        yield rejection(location, "INPUT_UNSUPPORTED_FORMAT", `stopped reading: the first ${unparsed} lines are not JSON, so this is not JSON Lines`);
        return;
      }
      continue;
    }
    parsedAny = true;
    const outcome = articleFromRecord(value, at);
    yield "article" in outcome ? { ok: true, article: outcome.article } : rejection(at, outcome.code, outcome.reason);
  }
}

function articleFromRecord(value: unknown, origin: string): RecordOutcome {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return badLine(`expected a JSON object, found ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    if (record[field] !== undefined && record[field] !== null && typeof record[field] !== "string") {
      return badLine(`"${field}" must be a string`);
    }
  }
  const field = (name: (typeof STRING_FIELDS)[number]) => (record[name] ?? undefined) as string | undefined;
  const url = field("url");
  if (url !== undefined && !URL.canParse(url)) return badLine(`"url" is not a URL: ${JSON.stringify(url)}`);
  const publishedText = field("published");
  const published = publishedText === undefined ? undefined : normalisePublished(publishedText);
  if (publishedText !== undefined && published === undefined) {
    return badLine(`"published" is not a date: ${JSON.stringify(publishedText)}`);
  }

  const body = articleBody(record, origin);
  if ("code" in body) return body;
  return {
    article: buildArticleInput({
      text: body.text,
      origin,
      url: url ?? body.url,
      outlet: field("outlet") ?? body.siteName,
      title: field("title") ?? body.title,
      byline: field("byline") ?? body.byline,
      published: published ?? body.published,
    }),
  };
}

interface Body {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  url?: string;
  siteName?: string;
}

/** The article text from `text`, else from `html` with the page's own metadata as fallbacks. */
function articleBody(record: Record<string, unknown>, origin: string): Body | { code: ErrorCode; reason: string } {
  const { text, html } = record;
  if (text !== undefined && text !== null) {
    if (typeof text !== "string") return badLine(`"text" must be a string`);
    if (text.trim() === "") return { code: "INPUT_EMPTY", reason: `"text" is empty` };
    return { text };
  }
  if (html === undefined || html === null) return badLine(`no "text" or "html" field`);
  if (typeof html !== "string") return badLine(`"html" must be a string`);
  try {
    return { ...articleFromString(html, origin), ...pageMeta(html) };
  } catch (error) {
    if (!(error instanceof WiretraceError)) throw error;
    const reason = error.code === "INPUT_EMPTY" ? `"html" is empty` : `no article text could be extracted from "html"`;
    return { code: error.code, reason };
  }
}

function badLine(reason: string): { code: ErrorCode; reason: string } {
  return { code: "INPUT_BAD_LINE", reason };
}
