/**
 * RSS 2.0, Atom and RDF feeds (@rowanmanning/feed-parser): each item becomes an article, from its
 * own content or description, or with fetchLinks from the page its link points to. A feed that
 * cannot be parsed is one rejection; an item without text is one rejection; the rest go on.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import type { ErrorCode } from "../errors/index.js";
import { buildArticleInput, type ArticleFields } from "./article-input.js";
import type { IngestItem } from "./corpus-types.js";
import { isHttpUrl, openUrl } from "./fetch-url.js";
import { htmlToText } from "./html.js";
import { formatBytes } from "./limits.js";
import { outletFromUrl } from "./metadata.js";
import { articleFromBytes, type Article } from "./read-article.js";
import { rejection, rejectionFromError } from "./rejections.js";

type Feed = ReturnType<typeof parseFeed>;
type FeedItem = Feed["items"][number];

export interface FeedOptions {
  fetchLinks: boolean;
  fetch: typeof fetch;
  /** Largest linked page accepted, in bytes. */
  maxBytes: number;
}

/** A complete feed document ends with its root element's closing tag. */
const CLOSING_ROOT = /<\/(?:[\w-]+:)?(?:rss|feed|RDF)\s*>(?:\s|<!--[\s\S]*?-->)*$/;

/** Linked pages fetched at once: enough to hide latency, few enough to be polite to one site. */
const FETCH_CONCURRENCY = 4;

interface FeedContext {
  feedTitle?: string;
  /** The site the feed belongs to, for the outlet when there is no title and no item link. */
  siteUrl?: string;
}

/** The items of a feed document, in feed order; `location` is the file or URL it came from. */
export async function* feedItems(xml: string, location: string, options: FeedOptions): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    yield rejection(location, "INPUT_BAD_FEED", feedErrorReason(error));
    return;
  }
  if (!CLOSING_ROOT.test(xml)) {
    // The parser recovers what it can, but the last item of a cut-off download is cut off too.
    yield rejection(location, "INPUT_BAD_FEED", "malformed feed: it ends before its closing </rss>, </feed> or </rdf:RDF> tag (cut off?)");
    return;
  }
  if (feed.items.length === 0) {
    yield rejection(location, "INPUT_EMPTY", "the feed has no items");
    return;
  }
  const context: FeedContext = {
    feedTitle: feed.title ?? undefined,
    siteUrl: feed.url ?? (isHttpUrl(location) ? location : undefined),
  };
  const concurrency = options.fetchLinks ? FETCH_CONCURRENCY : 1;
  yield* inOrder(feed.items, concurrency, (item, index) => {
    const origin = `${location}#${index + 1}`;
    // Items run concurrently, so a failure must become a value, never a rejection left unawaited.
    return itemArticle(item, origin, context, options).catch((error: unknown) => rejectionFromError(origin, error));
  });
}

async function itemArticle(item: FeedItem, origin: string, context: FeedContext, options: FeedOptions): Promise<IngestItem> {
  const link = item.url ?? undefined;
  const fields: Omit<ArticleFields, "text"> = {
    origin,
    url: link,
    feedTitle: context.feedTitle,
    outlet: !context.feedTitle && !link && context.siteUrl ? outletFromUrl(context.siteUrl) : undefined,
    title: item.title ? plainTitle(item.title) : undefined,
    byline: item.authors.map((author) => author.name).filter((name) => name).join(", ") || undefined,
    published: item.published ?? item.updated ?? undefined,
  };

  if (options.fetchLinks && link) {
    const page = await fetchPage(link, options);
    if ("code" in page) return rejection(origin, page.code, page.reason);
    const article = buildArticleInput({
      ...fields,
      text: page.text,
      title: fields.title ?? page.title,
      byline: fields.byline ?? page.byline,
      published: fields.published ?? page.published,
    });
    return { ok: true, article };
  }

  const html = [item.content, item.description].find((value) => value && value.trim() !== "");
  const text = html ? htmlToText(html).trim() : "";
  if (text === "") {
    const hint = link ? "; fetching its linked page would give one" : "";
    return rejection(origin, "INPUT_EMPTY", `the item has no content or description${hint}`);
  }
  return { ok: true, article: buildArticleInput({ ...fields, text }) };
}

/** The article on a linked page (Readability for HTML), or why there is none. */
async function fetchPage(link: string, options: FeedOptions): Promise<Article | { code: ErrorCode; reason: string }> {
  const opened = await openUrl(link, options.fetch);
  if ("failed" in opened) return { code: "INPUT_FETCH_FAILED", reason: `fetching ${link}: ${opened.failed}` };
  const tooLarge = { code: "INPUT_TOO_LARGE" as const, reason: `${link} is over the ${formatBytes(options.maxBytes)} limit for one page` };
  try {
    if (opened.size !== undefined && opened.size > options.maxBytes) return tooLarge;
    const bytes = await opened.source.readAll(options.maxBytes);
    if (!bytes) return tooLarge;
    return articleFromBytes(bytes, link, { maxBytes: options.maxBytes });
  } catch (error) {
    const failure = rejectionFromError(link, error);
    return { code: failure.code, reason: `${link}: ${failure.reason}` };
  } finally {
    await opened.source.close();
  }
}

function feedErrorReason(error: unknown): string {
  if ((error as { code?: string }).code === "INVALID_FEED") return "not an RSS, Atom or RDF feed: no <rss>, <feed> or <rdf:RDF> element";
  return `malformed feed XML: ${error instanceof Error ? error.message : String(error)}`;
}

/** Atom titles may be HTML ("type=html"). */
function plainTitle(title: string): string {
  return /<[a-z][^>]*>/i.test(title) ? htmlToText(title) : title;
}

/** Runs `work` over the items with at most `limit` running at once, yielding results in item order. */
async function* inOrder<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const startNext = () => {
    if (next < items.length) running.push(work(items[next]!, next++));
  };
  while (running.length < limit && next < items.length) startNext();
  while (running.length > 0) {
    const result = await running.shift()!;
    startNext();
    yield result;
  }
}
