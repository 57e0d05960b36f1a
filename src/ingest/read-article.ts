/**
 * Reads one article from a file or stdin, checks it is text of a sane size, decodes it and, for
 * HTML, extracts the article body.
 */
import { readFile, stat } from "node:fs/promises";
import { createError } from "../errors/index.js";
import { decodeBytes, looksBinary } from "./decode.js";
import { fileError } from "./file-error.js";
import { extractArticle, looksLikeHtml } from "./html.js";
import { DEFAULT_MAX_BYTES, formatBytes } from "./limits.js";

export interface Article {
  text: string;
  title?: string;
  byline?: string;
  /** ISO date yyyy-mm-dd or full ISO date-time. */
  published?: string;
  format: "text" | "html";
  /** File path, or "stdin". */
  origin: string;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes; DEFAULT_MAX_BYTES when not given. */
  maxBytes?: number;
  /** Where "-" reads from; process.stdin when not given. */
  stdin?: NodeJS.ReadableStream;
}

/** Only whitespace and invisible characters: nothing to compare. */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Reads an article from a file path, or from stdin when given "-". The size limit is checked from
 * the file size before the file is read.
 * @throws WiretraceError INPUT_NOT_FOUND, INPUT_UNREADABLE, INPUT_TOO_LARGE, INPUT_EMPTY, INPUT_BINARY, INPUT_NO_ARTICLE
 */
export async function readArticle(pathOrDash: string, options: ReadOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (pathOrDash === "-") {
    const bytes = await readStream(options.stdin ?? process.stdin, maxBytes);
    return articleFromBytes(bytes, "stdin", { maxBytes });
  }
  const bytes = await readFileChecked(pathOrDash, maxBytes);
  return articleFromBytes(bytes, pathOrDash, { maxBytes });
}

/**
 * Builds an article from raw bytes: size check, decoding, binary check, HTML extraction.
 * @throws WiretraceError INPUT_TOO_LARGE, INPUT_EMPTY, INPUT_BINARY, INPUT_NO_ARTICLE
 */
export function articleFromBytes(bytes: Uint8Array, origin: string, options: { maxBytes?: number } = {}): Article {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(origin, formatBytes(bytes.length), maxBytes);
  const text = decodeBytes(bytes);
  if (BLANK.test(text)) throw createError("INPUT_EMPTY", { path: origin });
  if (looksBinary(text)) throw createError("INPUT_BINARY", { path: origin });
  return articleFromString(text, origin);
}

/**
 * Builds an article from text that is already a string (batch input), extracting the article
 * when the text is HTML.
 * @throws WiretraceError INPUT_EMPTY, INPUT_NO_ARTICLE
 */
export function articleFromString(text: string, origin: string): Article {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (BLANK.test(withoutBom)) throw createError("INPUT_EMPTY", { path: origin });
  if (!looksLikeHtml(withoutBom)) return { text: withoutBom, format: "text", origin };

  const extracted = extractArticle(withoutBom);
  if (!extracted) throw createError("INPUT_NO_ARTICLE", { path: origin });
  return { ...definedOnly(extracted), format: "html", origin };
}

async function readFileChecked(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw createError("INPUT_UNREADABLE", { path, reason: "it is a directory" });
    if (info.size > maxBytes) throw tooLarge(path, formatBytes(info.size), maxBytes);
    return await readFile(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

/** Reads a stream whole, stopping as soon as it passes the limit (its size is unknown beforehand). */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) throw tooLarge("stdin", `more than ${formatBytes(maxBytes)}`, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(path: string, size: string, maxBytes: number) {
  return createError("INPUT_TOO_LARGE", { path, size, limit: formatBytes(maxBytes) });
}

/** Drops undefined fields so an Article has only the metadata the page really gave. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
