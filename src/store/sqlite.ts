import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { createError } from "../errors/index.js";
import { anyOfTerms } from "./fts-query.js";
import { RareTerms } from "./rare-terms.js";
import { latestSchemaVersion, migrate, refuseNewer, schemaVersion } from "./migrations.js";
import { timeKey } from "./time-key.js";
import { VectorIndex } from "./vector-index.js";
import type {
  AddOutcome,
  ArticleInput,
  CandidateQuery,
  IndexFeatures,
  ScoredId,
  Store,
  StoredArticle,
  StoryListQuery,
  StoryPlacement,
  StorySummary,
  TimeWindow,
} from "./types.js";

export interface SqliteStoreOptions {
  /** Open an existing file for reading only: no migration, every write fails. */
  readonly?: boolean;
}

/**
 * Two ingest processes on one file take turns at the write lock; each holds it for one short
 * transaction, so waiting this long means something is stuck rather than busy.
 */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Pages the WAL may reach before it is copied back into the database (the default is 1,000).
 * Each article dirties about 40 scattered pages (32 band keys, full text, story), and each
 * checkpoint ends in an fsync; checkpointing a tenth as often, with a WAL of up to 40 MB, took
 * inserts from about 650 to about 1,100 articles/s on the 2-core test machine.
 */
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * Opens (creating if needed) the SQLite store at `path`; ":memory:" gives a private in-memory
 * store for tests. Applies pending schema migrations unless read-only. Throws STORE_UNREADABLE
 * for a file that is not a SQLite database, STORE_TOO_NEW for one written by a newer schema.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly ?? false;
  const inMemory = path === ":memory:" || path === "";
  if (!inMemory && !readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw createError("STORE_UNREADABLE", { path, reason: reasonOf(error) });
  }
  try {
    configure(db, { readonly, inMemory });
    if (!readonly && !inMemory) await switchToWal(db);
    if (readonly) {
      refuseNewer(db, path);
      const found = schemaVersion(db);
      if (found < latestSchemaVersion) throw createError("STORE_OUTDATED", { path, found, known: latestSchemaVersion });
    } else {
      migrate(db, path);
    }
  } catch (error) {
    db.close();
    if (isSqliteError(error, "SQLITE_NOTADB") || isSqliteError(error, "SQLITE_CORRUPT")) {
      throw createError("STORE_UNREADABLE", { path, reason: "it is not a SQLite database" });
    }
    throw error;
  }
  return new SqliteStore(db);
}

function configure(db: Database.Database, mode: { readonly: boolean; inMemory: boolean }): void {
  // Set first: every later statement, including the journal-mode switch, may meet another writer.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Reading the header here turns "not a database" into an error at open, not at first use.
  schemaVersion(db);
  if (!mode.readonly && !mode.inMemory) {
    // Under WAL, NORMAL syncs at checkpoints rather than on every commit. A committed transaction
    // is in the WAL file before commit returns, so a killed process (SIGKILL mid-ingest) loses
    // nothing committed; only a power cut or OS crash can lose the last few commits. FULL would
    // fsync on every article and cap ingest at the disk's sync rate.
    db.pragma("synchronous = NORMAL");
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }
  db.pragma("foreign_keys = ON");
}

/**
 * WAL lets readers (sources, stories) run while an ingest writes, and makes each commit one
 * sequential append instead of a rollback-journal round trip. The mode is kept in the file, so
 * this only writes once. The switch can report SQLITE_BUSY without waiting on the busy timeout
 * when another process is opening the same new file, hence the retries.
 */
async function switchToWal(db: Database.Database): Promise<void> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if (!isSqliteError(error, "SQLITE_BUSY") || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}

function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Database.SqliteError && error.code === code;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ArticleRow {
  id: number;
  content_hash: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  dateline: string | null;
  cues: string;
  origin: string;
  text: string;
  version: number;
  previous_id: number | null;
  ingested_at: string;
  story_id: number | null;
}

interface StoryRow {
  id: number;
  headline: string;
  size: number;
  first_seen: string;
  last_seen: string;
}

/** Absent optional fields are left off the object, not set to undefined, so results compare cleanly. */
function articleFromRow(row: ArticleRow): StoredArticle {
  const article: StoredArticle = {
    id: row.id,
    text: row.text,
    contentHash: row.content_hash,
    cues: JSON.parse(row.cues) as string[],
    origin: row.origin,
    version: row.version,
    ingestedAt: row.ingested_at,
  };
  if (row.url !== null) article.url = row.url;
  if (row.outlet !== null) article.outlet = row.outlet;
  if (row.title !== null) article.title = row.title;
  if (row.byline !== null) article.byline = row.byline;
  if (row.published !== null) article.published = row.published;
  if (row.dateline !== null) article.dateline = row.dateline;
  if (row.previous_id !== null) article.previousId = row.previous_id;
  if (row.story_id !== null) article.storyId = row.story_id;
  return article;
}

/** Typed arrays go in as their raw bytes (host order: little-endian on every platform Node ships for). */
function bytesOf(array: Uint32Array | Float32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** Copied into a fresh, aligned buffer: a Buffer from SQLite may start at any byte offset. */
function alignedCopy(blob: Buffer): ArrayBuffer {
  return new Uint8Array(blob).buffer;
}

const ARTICLE_COLUMNS = `id, content_hash, url, outlet, title, byline, published, dateline, cues, origin, text,
  version, previous_id, ingested_at, story_id`;

/**
 * Date-only values cover their whole day: a bound and a value are compared on the shorter of
 * the two, so "2024-11-05" lies inside a window ending "2024-11-05T09:00:00.000Z" and vice versa.
 * Rows with no published time always pass.
 */
const WINDOW_FILTER = `(a.published_key IS NULL OR (
    (@from IS NULL OR a.published_key >= substr(@from, 1, length(a.published_key)))
    AND (@to IS NULL OR substr(a.published_key, 1, length(@to)) <= @to)))
  AND a.id NOT IN (SELECT value FROM json_each(@exclude))`;

function candidateParams(query: CandidateQuery): { from: string | null; to: string | null; exclude: string; limit: number } {
  const window: TimeWindow = query.window ?? {};
  return {
    from: window.from === undefined ? null : timeKey(window.from),
    to: window.to === undefined ? null : timeKey(window.to),
    exclude: JSON.stringify(query.exclude ?? []),
    // SQLite reads a negative LIMIT as "no limit".
    limit: Number.isFinite(query.limit) ? Math.max(0, Math.floor(query.limit)) : -1,
  };
}

class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly sql: Statements;
  private readonly writeArticle: Database.Transaction<
    (article: ArticleInput, features: IndexFeatures, placement: StoryPlacement) => AddOutcome
  >;

  private readonly rareTerms: RareTerms;
  /** Loaded on the first vector query, then topped up with newer rows on each one. */
  private readonly vectorIndex = new VectorIndex();

  constructor(db: Database.Database) {
    this.db = db;
    this.sql = prepareStatements(db);
    this.rareTerms = new RareTerms({
      documentsWith: (stem) => (this.sql.termDocuments.get(stem) as { doc: number } | undefined)?.doc ?? 0,
      // The largest id bounds the count without counting a million rows.
      articleCount: () => (this.sql.maxArticleId.get() as { id: number | null }).id ?? 0,
    });
    this.writeArticle = db.transaction(
      (article: ArticleInput, features: IndexFeatures, placement: StoryPlacement): AddOutcome =>
        this.addInTransaction(article, features, placement),
    );
  }

  async addArticle(article: ArticleInput, features: IndexFeatures, placement: StoryPlacement): Promise<AddOutcome> {
    try {
      // IMMEDIATE takes the write lock before the duplicate check, so two processes cannot both
      // decide the same content is new.
      return this.writeArticle.immediate(article, features, placement);
    } catch (error) {
      // Belt and braces: should a same-hash insert slip past the check, the unique constraint
      // stops it and the article already there is the answer.
      if (isSqliteError(error, "SQLITE_CONSTRAINT_UNIQUE")) {
        const existing = this.sql.byHash.get(article.contentHash) as { id: number; story_id: number | null } | undefined;
        if (existing) return duplicateOutcome(existing);
      }
      throw error;
    }
  }

  private addInTransaction(article: ArticleInput, features: IndexFeatures, placement: StoryPlacement): AddOutcome {
    const existing = this.sql.byHash.get(article.contentHash) as { id: number; story_id: number | null } | undefined;
    if (existing) return duplicateOutcome(existing);

    const latest =
      article.url === undefined
        ? undefined
        : (this.sql.latestAtUrl.get(article.url) as { id: number; version: number } | undefined);
    const ingestedAt = new Date().toISOString();
    const seen = article.published ?? ingestedAt;
    const seenKey = article.published === undefined ? ingestedAt : timeKey(article.published);
    const storyId = this.placeInStory(placement, seen, seenKey, article.published !== undefined);

    const id = Number(
      this.sql.insertArticle.run({
        content_hash: article.contentHash,
        url: article.url ?? null,
        outlet: article.outlet ?? null,
        title: article.title ?? null,
        byline: article.byline ?? null,
        published: article.published ?? null,
        published_key: article.published === undefined ? null : timeKey(article.published),
        dateline: article.dateline ?? null,
        cues: JSON.stringify(article.cues),
        origin: article.origin,
        text: article.text,
        version: latest ? latest.version + 1 : 1,
        previous_id: latest ? latest.id : null,
        ingested_at: ingestedAt,
        story_id: storyId,
      }).lastInsertRowid,
    );
    this.sql.insertSignature.run(id, bytesOf(features.signature));
    if (features.vector) this.sql.insertVector.run(id, bytesOf(features.vector));
    for (const key of features.bandKeys) this.sql.insertBandKey.run(key, id);
    if (article.outlet !== undefined) this.sql.insertStoryOutlet.run(storyId, article.outlet);

    return { status: latest ? "new-version" : "added", id, storyId };
  }

  /** Creates the story or grows the existing one; returns its id. */
  private placeInStory(placement: StoryPlacement, seen: string, seenKey: string, dated: boolean): number {
    if ("newStory" in placement) {
      return Number(this.sql.insertStory.run({ headline: placement.newStory.headline, seen, key: seenKey }).lastInsertRowid);
    }
    // An undated article joining a dated story leaves its first and last seen alone: its ingest
    // time says when wiretrace saw it, not when the story ran.
    const changed = this.sql.growStory.run({ id: placement.story, seen, key: dated ? seenKey : null }).changes;
    if (changed === 0) throw new Error(`cannot place the article in story ${placement.story}: no such story`);
    return placement.story;
  }

  async idByHash(contentHash: string): Promise<number | null> {
    const row = this.sql.byHash.get(contentHash) as { id: number } | undefined;
    return row ? row.id : null;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = this.sql.article.get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  }

  /** In the order asked for; ids with no article are left out. */
  async getArticles(ids: number[]): Promise<StoredArticle[]> {
    const rows = this.sql.articles.all(JSON.stringify(ids)) as ArticleRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [articleFromRow(row)] : [];
    });
  }

  async versions(id: number): Promise<number[]> {
    const row = this.sql.urlOf.get(id) as { url: string | null } | undefined;
    if (!row) return [];
    if (row.url === null) return [id];
    return (this.sql.versionsAtUrl.all(row.url) as { id: number }[]).map((version) => version.id);
  }

  async countArticles(): Promise<number> {
    return (this.sql.countArticles.get() as { count: number }).count;
  }

  async latestArticleId(): Promise<number> {
    return (this.sql.maxArticleId.get() as { id: number | null }).id ?? 0;
  }

  async signatures(ids: number[]): Promise<Map<number, Uint32Array>> {
    const rows = this.sql.signatures.all(JSON.stringify(ids)) as { id: number; blob: Buffer }[];
    return new Map(rows.map((row) => [row.id, new Uint32Array(alignedCopy(row.blob))]));
  }

  async vectors(ids: number[]): Promise<Map<number, Float32Array>> {
    const rows = this.sql.vectors.all(JSON.stringify(ids)) as { id: number; blob: Buffer }[];
    return new Map(rows.map((row) => [row.id, new Float32Array(alignedCopy(row.blob))]));
  }

  async lshCandidates(bandKeys: number[], query: CandidateQuery): Promise<ScoredId[]> {
    if (bandKeys.length === 0) return [];
    return this.sql.lshCandidates.all({ keys: JSON.stringify(bandKeys), ...candidateParams(query) }) as ScoredId[];
  }

  async lexicalCandidates(terms: string[], query: CandidateQuery): Promise<ScoredId[]> {
    const match = anyOfTerms(this.rareTerms.select(terms));
    if (match === null) return [];
    return this.sql.lexicalCandidates.all({ match, ...candidateParams(query) }) as ScoredId[];
  }

  async vectorCandidates(vector: Float32Array, query: CandidateQuery): Promise<ScoredId[]> {
    const rows = this.sql.vectorsAfter.all(this.vectorIndex.lastId) as { id: number; blob: Buffer; key: string | null }[];
    this.vectorIndex.add(rows.map((row) => ({ id: row.id, publishedKey: row.key, vector: new Float32Array(alignedCopy(row.blob)) })));
    const { from, to, limit } = candidateParams(query);
    return this.vectorIndex.search(vector, limit < 0 ? this.vectorIndex.size : limit, { from, to }, new Set(query.exclude ?? []));
  }

  async listStories(query: StoryListQuery = {}): Promise<StorySummary[]> {
    const rows = this.sql.listStories.all({
      min_size: query.minSize ?? 0,
      limit: query.limit ?? -1,
      offset: query.offset ?? 0,
    }) as StoryRow[];
    return rows.map((row) => this.summaryFromRow(row));
  }

  async getStory(id: number): Promise<StorySummary | null> {
    const row = this.sql.story.get(id) as StoryRow | undefined;
    return row ? this.summaryFromRow(row) : null;
  }

  async storyMembers(storyId: number): Promise<StoredArticle[]> {
    return (this.sql.storyMembers.all(storyId) as ArticleRow[]).map(articleFromRow);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private summaryFromRow(row: StoryRow): StorySummary {
    const outlets = (this.sql.storyOutlets.all(row.id) as { outlet: string }[]).map((entry) => entry.outlet);
    return {
      id: row.id,
      headline: row.headline,
      size: row.size,
      outlets,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
    };
  }
}

function duplicateOutcome(existing: { id: number; story_id: number | null }): AddOutcome {
  const outcome: AddOutcome = { status: "duplicate", id: existing.id };
  if (existing.story_id !== null) outcome.storyId = existing.story_id;
  return outcome;
}

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Database.Database) {
  return {
    byHash: db.prepare("SELECT id, story_id FROM articles WHERE content_hash = ?"),
    latestAtUrl: db.prepare("SELECT id, version FROM articles WHERE url = ? ORDER BY version DESC LIMIT 1"),
    insertArticle: db.prepare(`INSERT INTO articles (content_hash, url, outlet, title, byline, published,
        published_key, dateline, cues, origin, text, version, previous_id, ingested_at, story_id)
      VALUES (@content_hash, @url, @outlet, @title, @byline, @published, @published_key, @dateline, @cues,
        @origin, @text, @version, @previous_id, @ingested_at, @story_id)`),
    insertSignature: db.prepare("INSERT INTO signatures (article_id, signature) VALUES (?, ?)"),
    insertVector: db.prepare("INSERT INTO vectors (article_id, vector) VALUES (?, ?)"),
    insertBandKey: db.prepare("INSERT OR IGNORE INTO band_keys (band_key, article_id) VALUES (?, ?)"),
    insertStory: db.prepare(`INSERT INTO stories (headline, size, first_seen, first_key, last_seen, last_key)
      VALUES (@headline, 1, @seen, @key, @seen, @key)`),
    growStory: db.prepare(`UPDATE stories SET size = size + 1,
        first_seen = CASE WHEN @key < first_key THEN @seen ELSE first_seen END,
        first_key = min(first_key, coalesce(@key, first_key)),
        last_seen = CASE WHEN @key > last_key THEN @seen ELSE last_seen END,
        last_key = max(last_key, coalesce(@key, last_key))
      WHERE id = @id`),
    insertStoryOutlet: db.prepare("INSERT OR IGNORE INTO story_outlets (story_id, outlet) VALUES (?, ?)"),
    article: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    articles: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?))`),
    urlOf: db.prepare("SELECT url FROM articles WHERE id = ?"),
    versionsAtUrl: db.prepare("SELECT id FROM articles WHERE url = ? ORDER BY version"),
    countArticles: db.prepare("SELECT count(*) AS count FROM articles"),
    maxArticleId: db.prepare("SELECT max(id) AS id FROM articles"),
    termDocuments: db.prepare("SELECT doc FROM article_terms WHERE term = ?"),
    signatures: db.prepare(
      "SELECT article_id AS id, signature AS blob FROM signatures WHERE article_id IN (SELECT value FROM json_each(?))",
    ),
    vectors: db.prepare(
      "SELECT article_id AS id, vector AS blob FROM vectors WHERE article_id IN (SELECT value FROM json_each(?))",
    ),
    // One index range per band key; the articles join only filters the grouped hits. Both
    // candidate queries name the covering (id, published_key) index, which SQLite would otherwise
    // pass over for the rowid: reading whole rows made broad full-text matches twice as slow.
    vectorsAfter: db.prepare(
      "SELECT v.article_id AS id, v.vector AS blob, a.published_key AS key FROM vectors v JOIN articles a ON a.id = v.article_id WHERE v.article_id > ? ORDER BY v.article_id",
    ),
    lshCandidates: db.prepare(`
      WITH hits AS (
        SELECT article_id, count(*) AS shared FROM band_keys
        WHERE band_key IN (SELECT value FROM json_each(@keys))
        GROUP BY article_id
      )
      SELECT h.article_id AS id, h.shared AS score FROM hits h JOIN articles a INDEXED BY articles_published ON a.id = h.article_id
      WHERE ${WINDOW_FILTER}
      ORDER BY h.shared DESC, h.article_id
      LIMIT @limit`),
    // bm25() is smaller for better matches; negated so larger is better, as the contract says.
    lexicalCandidates: db.prepare(`
      SELECT t.rowid AS id, -bm25(article_text) AS score FROM article_text t JOIN articles a INDEXED BY articles_published ON a.id = t.rowid
      WHERE article_text MATCH @match AND ${WINDOW_FILTER}
      ORDER BY bm25(article_text), t.rowid
      LIMIT @limit`),
    listStories: db.prepare(`SELECT id, headline, size, first_seen, last_seen FROM stories
      WHERE size >= @min_size ORDER BY last_key DESC, id LIMIT @limit OFFSET @offset`),
    story: db.prepare("SELECT id, headline, size, first_seen, last_seen FROM stories WHERE id = ?"),
    storyOutlets: db.prepare("SELECT outlet FROM story_outlets WHERE story_id = ? ORDER BY outlet"),
    storyMembers: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY id`),
  };
}
