/** Assembles the store's ArticleInput from what a reader found, deriving hash, outlet, dateline and cues. */
import type { ArticleInput } from "../store/types.js";
import { contentHash } from "./content-hash.js";
import { findDateline, findSourceCues, outletFromUrl } from "./metadata.js";
import { normalisePublished } from "./published.js";
import { readArticle, type ReadOptions } from "./read-article.js";

export interface ArticleFields {
  text: string;
  origin: string;
  url?: string;
  /** The outlet's name when the input gives one. */
  outlet?: string;
  /** A feed's title: the outlet when the item names none. */
  feedTitle?: string;
  title?: string;
  byline?: string;
  /** Any date normalisePublished reads; dropped when it cannot be read. */
  published?: string | Date;
}

/**
 * The ArticleInput for one article. Outlet: the given name, else the feed's title, else the URL's
 * host. Cues are read from the byline as well as the text, so "Jane Doe, Reuters" counts.
 */
export function buildArticleInput(fields: ArticleFields): ArticleInput {
  const text = fields.text.startsWith("\uFEFF") ? fields.text.slice(1) : fields.text;
  const byline = clean(fields.byline);
  const cueText = byline ? `By ${byline.replace(/^by\s+/i, "")}\n\n${text}` : text;
  const article: ArticleInput = {
    text,
    contentHash: contentHash(text),
    url: clean(fields.url),
    outlet: clean(fields.outlet) ?? clean(fields.feedTitle) ?? (fields.url ? outletFromUrl(fields.url) : undefined),
    title: clean(fields.title),
    byline,
    published: fields.published === undefined ? undefined : normalisePublished(fields.published),
    dateline: findDateline(text),
    cues: findSourceCues(cueText),
    origin: fields.origin,
  };
  return withoutUndefined(article);
}

function clean(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

/** Leaves out absent metadata rather than storing undefined keys. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * Reads one article from a file, or stdin for "-", as an ArticleInput (hash, dateline, cues).
 * @throws WiretraceError as readArticle does
 */
export async function readArticleInput(pathOrDash: string, options: ReadOptions = {}): Promise<ArticleInput> {
  const article = await readArticle(pathOrDash, options);
  return buildArticleInput({
    text: article.text,
    origin: article.origin,
    title: article.title,
    byline: article.byline,
    published: article.published,
  });
}
