/**
 * Ingest: one article from a file or stdin for `compare`, and for the corpus, every article in
 * the files, directories, globs, feeds and URLs a user names, with its metadata.
 */
export { articleFromBytes, articleFromString, readArticle, type Article, type ReadOptions } from "./read-article.js";
export { DEFAULT_MAX_BYTES, formatBytes } from "./limits.js";
export type { CollectOptions, IngestItem, Rejection } from "./corpus-types.js";
export { collectArticles } from "./collect.js";
export { jsonLinesItems } from "./jsonl.js";
export { countTargets } from "./count.js";
export { buildArticleInput, readArticleInput, type ArticleFields } from "./article-input.js";
export { contentHash, normaliseForHash } from "./content-hash.js";
export { findDateline, findSourceCues, outletFromUrl } from "./metadata.js";
export { normalisePublished } from "./published.js";
