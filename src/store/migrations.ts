import type Database from "better-sqlite3";
import { createError } from "../errors/index.js";

/** One schema step. Steps run in order, each in its own transaction, and are never edited once shipped. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: "article versions, MinHash signatures, document vectors, LSH band keys, full text",
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        title TEXT,
        byline TEXT,
        published TEXT,
        -- published in a form that sorts as time does (UTC), for window filters
        published_key TEXT,
        dateline TEXT,
        cues TEXT NOT NULL DEFAULT '[]',
        origin TEXT NOT NULL,
        text TEXT NOT NULL,
        version INTEGER NOT NULL,
        previous_id INTEGER REFERENCES articles(id),
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_by_url ON articles(url, version) WHERE url IS NOT NULL;
      -- Covers the window filter on candidates, so it reads a few bytes per hit instead of a row
      -- holding the whole text (the candidate queries name it with INDEXED BY).
      CREATE INDEX articles_published ON articles(id, published_key);

      CREATE TABLE signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
      );
      CREATE TABLE vectors (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        vector BLOB NOT NULL
      );

      -- Clustered on band_key: a candidate lookup is one range scan per key, with no second b-tree.
      CREATE TABLE band_keys (
        band_key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;

      -- External content: the text lives once, in articles; FTS5 keeps only its index.
      CREATE VIRTUAL TABLE article_text USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='porter unicode61'
      );
      -- Articles are append-only, so indexing on insert keeps the full-text index complete.
      CREATE TRIGGER articles_index_text AFTER INSERT ON articles BEGIN
        INSERT INTO article_text(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    description: "stories, their outlets, and each article's story",
    sql: `
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        headline TEXT NOT NULL,
        -- size and first/last seen are kept up to date on insert so listing stories reads one row each
        size INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        first_key TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        last_key TEXT NOT NULL
      );
      CREATE INDEX stories_by_last_seen ON stories(last_key DESC, id);

      CREATE TABLE story_outlets (
        story_id INTEGER NOT NULL REFERENCES stories(id),
        outlet TEXT NOT NULL,
        PRIMARY KEY (story_id, outlet)
      ) WITHOUT ROWID;

      ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
      CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
    `,
  },
  {
    version: 3,
    description: "per-term document counts of the full-text index, to keep full-text queries to rare words",
    sql: `
      CREATE VIRTUAL TABLE article_terms USING fts5vocab(article_text, 'row');
    `,
  },
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (the latest by default). Each step re-reads the version inside
 * its own write transaction, so two processes opening a fresh file at once apply it only once.
 * A file newer than this code is refused rather than guessed at.
 */
export function migrate(db: Database.Database, path: string, target = latestSchemaVersion): void {
  refuseNewer(db, path);
  for (const step of migrations) {
    if (step.version > target) break;
    // Checked outside the transaction too, so an up-to-date file opens without taking the write lock.
    if (schemaVersion(db) >= step.version) continue;
    const apply = db.transaction(() => {
      if (schemaVersion(db) >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    });
    apply.immediate();
  }
}

/** Throws STORE_TOO_NEW when the file was written by a later schema than this code knows. */
export function refuseNewer(db: Database.Database, path: string): void {
  const found = schemaVersion(db);
  if (found > latestSchemaVersion) {
    throw createError("STORE_TOO_NEW", { path, found, known: latestSchemaVersion });
  }
}
