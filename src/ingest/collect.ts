/**
 * Corpus ingest: every file, directory, glob and URL the user names becomes a stream of
 * articles and rejections. Each input is sniffed (name and opening bytes) and read by its kind:
 * JSON Lines streamed line by line, feeds item by item, anything else as one HTML or text
 * article. Nothing a user can point at makes it throw; problems are rejections with reasons.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { buildArticleInput } from "./article-input.js";
import { ByteSource } from "./byte-source.js";
import type { CollectOptions, IngestItem } from "./corpus-types.js";
import { decodeBytes, looksBinary } from "./decode.js";
import { feedItems } from "./feed.js";
import { sniffKind } from "./file-kind.js";
import { isHttpUrl, openUrl } from "./fetch-url.js";
import { jsonLinesItems } from "./jsonl.js";
import { DEFAULT_MAX_BYTES } from "./limits.js";
import { pageMeta } from "./page-meta.js";
import { articleFromBytes } from "./read-article.js";
import { rejection, rejectionFromError, tooLarge } from "./rejections.js";
import { expandTarget } from "./targets.js";

/** Opening bytes read to decide an input's kind and catch binaries. */
const HEAD_BYTES = 64 * 1024;

interface Settings {
  fetchLinks: boolean;
  fetch: typeof fetch;
  maxBytes: number;
}

/** One input opened for reading. */
interface Input {
  source: ByteSource;
  /** Where it is, for origins and rejections: a path or a URL. */
  location: string;
  /** What its kind is guessed from: the path, or the URL's path. */
  name: string;
  contentType?: string;
  /** Its size when known beforehand, so an oversized input is refused unread. */
  size?: number;
  /** The page address, for inputs fetched over HTTP. */
  url?: string;
}

/**
 * Articles from files, directories (recursive, sorted, hidden entries skipped), globs and
 * http(s) URLs (pages or feeds), in target order. maxBytes bounds each article, page and feed;
 * a JSON Lines file may be any size, since it is read one line at a time.
 */
export async function* collectArticles(targets: string[], options: CollectOptions = {}): AsyncGenerator<IngestItem> {
  const settings: Settings = {
    fetchLinks: options.fetchLinks ?? false,
    fetch: options.fetch ?? globalThis.fetch,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  };
  for (const target of targets) {
    if (isHttpUrl(target)) {
      yield* fromUrl(target, settings);
      continue;
    }
    for await (const path of expandTarget(target)) {
      if (typeof path === "string") yield* fromFile(path, settings);
      else yield path;
    }
  }
}

async function* fromFile(path: string, settings: Settings): AsyncGenerator<IngestItem> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      yield rejection(path, "INPUT_UNREADABLE", info.isDirectory() ? "it is a directory" : "not a regular file");
      return;
    }
    size = info.size;
  } catch (error) {
    yield rejectionFromError(path, error);
    return;
  }
  if (size === 0) {
    yield rejection(path, "INPUT_EMPTY", "empty: there is no text");
    return;
  }
  yield* fromInput({ source: new ByteSource(createReadStream(path)), location: path, name: path, size }, settings);
}

async function* fromUrl(url: string, settings: Settings): AsyncGenerator<IngestItem> {
  const opened = await openUrl(url, settings.fetch);
  if ("failed" in opened) {
    yield rejection(url, "INPUT_FETCH_FAILED", opened.failed);
    return;
  }
  const input: Input = { ...opened, location: url, name: pathOf(opened.url) };
  yield* fromInput(input, settings);
}

async function* fromInput(input: Input, settings: Settings): AsyncGenerator<IngestItem> {
  const { source, location } = input;
  const { maxBytes } = settings;
  try {
    const head = await source.head(HEAD_BYTES);
    const headText = decodeBytes(head);
    if (head.length === 0) {
      yield rejection(location, "INPUT_EMPTY", "empty: there is no text");
      return;
    }
    const kind = sniffKind(input.name, headText, input.contentType);
    // Only JSON Lines may exceed the limit, being read a line at a time; size is the first thing to say.
    if (kind !== "jsonl" && input.size !== undefined && input.size > maxBytes) {
      yield tooLarge(location, input.size, maxBytes);
      return;
    }
    if (looksBinary(headText)) {
      yield rejection(location, "INPUT_BINARY", "looks like a binary file, not text, HTML, a feed or JSON Lines");
      return;
    }
    if (kind === "json") {
      yield rejection(location, "INPUT_UNSUPPORTED_FORMAT", "JSON but not JSON Lines: write one article object per line");
      return;
    }
    if (kind === "jsonl") {
      if (isUtf16(head)) {
        yield rejection(location, "INPUT_UNSUPPORTED_FORMAT", "JSON Lines must be UTF-8, and this is UTF-16");
        return;
      }
      yield* jsonLinesItems(source.chunks(), location, maxBytes);
      return;
    }

    const bytes = await source.readAll(maxBytes);
    if (!bytes) {
      yield tooLarge(location, undefined, maxBytes);
      return;
    }
    if (kind === "feed") {
      yield* feedItems(decodeBytes(bytes), location, settings);
      return;
    }
    const article = articleFromBytes(bytes, location, { maxBytes });
    // A fetched page keeps the address it was fetched from; a saved one has only what its head says.
    const page = article.format === "html" ? pageMeta(decodeBytes(bytes)) : {};
    yield {
      ok: true,
      article: buildArticleInput({
        text: article.text,
        origin: location,
        url: input.url ?? page.url,
        outlet: page.siteName,
        title: article.title,
        byline: article.byline,
        published: article.published,
      }),
    };
  } catch (error) {
    yield rejectionFromError(location, error);
  } finally {
    await source.close();
  }
}

function isUtf16(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
