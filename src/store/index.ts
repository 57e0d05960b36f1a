/**
 * The store: where ingested articles, their index features and stories live. Callers use the
 * `Store` interface only; `openSqliteStore` is today's one adapter.
 */
export type * from "./types.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite.js";
export { defaultStorePath } from "./paths.js";
