import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeStoreContract } from "./contract.js";
import { latestSchemaVersion, migrate } from "./migrations.js";
import { openSqliteStore } from "./sqlite.js";
import type { ArticleInput } from "./types.js";

let dir = "";
let fileCount = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wiretrace-store-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A path for a new store file in the test directory. */
function freshPath(): string {
  fileCount += 1;
  return join(dir, `store-${fileCount}.db`);
}

describeStoreContract("SQLite in memory", () => openSqliteStore(":memory:"));
describeStoreContract("SQLite file", () => openSqliteStore(freshPath()));

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function article(text: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return { text, contentHash: hashOf(text), cues: [], origin: "sqlite-test", ...fields };
}

const features = { signature: Uint32Array.of(3, 1, 4), bandKeys: [11, 12] };

describe("SQLite file store", () => {
  it("creates missing parent directories", async () => {
    const store = await openSqliteStore(join(dir, "nested", "deeper", "wiretrace.db"));
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });

  it("uses write-ahead logging", async () => {
    const path = freshPath();
    await (await openSqliteStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("keeps what was added across reopening", async () => {
    const path = freshPath();
    const first = await openSqliteStore(path);
    const { id } = await first.addArticle(article("Ferries return to Carrow."), features, { newStory: { headline: "Ferries" } });
    await first.close();
    const again = await openSqliteStore(path);
    expect((await again.getArticle(id))?.text).toBe("Ferries return to Carrow.");
    await again.close();
  });

  it("reads but does not write when opened read-only", async () => {
    const path = freshPath();
    const writer = await openSqliteStore(path);
    await writer.addArticle(article("Ferries return to Carrow."), features, { newStory: { headline: "Ferries" } });
    await writer.close();
    const reader = await openSqliteStore(path, { readonly: true });
    expect(await reader.countArticles()).toBe(1);
    await expect(reader.addArticle(article("Tolls rise."), features, { newStory: { headline: "Tolls" } })).rejects.toThrow(/readonly/);
    await reader.close();
  });

  it("refuses to open a missing file read-only", async () => {
    await expect(openSqliteStore(join(dir, "absent.db"), { readonly: true })).rejects.toMatchObject({ code: "STORE_UNREADABLE" });
  });

  it("refuses a file that is not a SQLite database", async () => {
    const path = join(dir, "notes.db");
    await writeFile(path, "Shopping list: bread, ferry tickets, stamps.\n".repeat(40));
    await expect(openSqliteStore(path)).rejects.toMatchObject({
      code: "STORE_UNREADABLE",
      message: expect.stringContaining("not a SQLite database"),
    });
  });

  it("refuses a file from a newer schema, leaving it untouched", async () => {
    const path = freshPath();
    const db = new Database(path);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: "STORE_TOO_NEW" });
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master").get()).toEqual({ n: 0 });
    check.close();
  });
});

describe("SQLite schema migration", () => {
  /** A file as the first schema left it: one article with its signature, band keys and full text. */
  function versionOneFile(): string {
    const path = freshPath();
    const db = new Database(path);
    migrate(db, path, 1);
    db.prepare(
      `INSERT INTO articles (id, content_hash, url, outlet, title, published, published_key, cues, origin, text, version, ingested_at)
       VALUES (1, ?, 'https://courier.example/ferries', 'Northgate Courier', 'Ferries return', '2024-03-04', '2024-03-04',
         '["Harbour Wire"]', 'old.jsonl:1', 'Ferries return to Carrow harbour.', 1, '2024-03-04T09:00:00.000Z')`,
    ).run(hashOf("Ferries return to Carrow harbour."));
    db.prepare("INSERT INTO signatures (article_id, signature) VALUES (1, ?)").run(Buffer.from(Uint32Array.of(9, 8, 7).buffer));
    db.prepare("INSERT INTO band_keys (band_key, article_id) VALUES (77, 1), (78, 1)").run();
    db.close();
    return path;
  }

  it("brings a version-1 file to the latest schema", async () => {
    const path = versionOneFile();
    await (await openSqliteStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it("keeps version-1 articles and their indexes", async () => {
    const store = await openSqliteStore(versionOneFile());
    expect(await store.getArticle(1)).toMatchObject({ outlet: "Northgate Courier", cues: ["Harbour Wire"], version: 1 });
    expect((await store.getArticle(1))?.storyId).toBeUndefined();
    expect((await store.signatures([1])).get(1)).toEqual(Uint32Array.of(9, 8, 7));
    expect(await store.lshCandidates([77, 78], { limit: 5 })).toEqual([{ id: 1, score: 2 }]);
    expect((await store.lexicalCandidates(["harbour"], { limit: 5 })).map((hit) => hit.id)).toEqual([1]);
    await store.close();
  });

  it("adds stories and new versions on top of version-1 data", async () => {
    const store = await openSqliteStore(versionOneFile());
    const outcome = await store.addArticle(
      article("Ferries return to Carrow harbour on Monday.", { url: "https://courier.example/ferries", outlet: "Northgate Courier" }),
      features,
      { newStory: { headline: "Ferries return" } },
    );
    expect(outcome).toMatchObject({ status: "new-version" });
    expect(await store.versions(1)).toEqual([1, outcome.id]);
    expect(await store.listStories()).toMatchObject([{ headline: "Ferries return", size: 1, outlets: ["Northgate Courier"] }]);
    await store.close();
  });

  it("refuses to open an older file read-only, since it cannot migrate it", async () => {
    await expect(openSqliteStore(versionOneFile(), { readonly: true })).rejects.toMatchObject({ code: "STORE_OUTDATED" });
  });
});

const writerScript = fileURLToPath(new URL("./concurrent-writer.test-data.ts", import.meta.url));

interface WriterRun {
  lines: string[];
  done: Promise<number | null>;
  kill(): void;
}

/** Starts the writer script in its own Node process; each output line is one committed article. */
function startWriter(path: string, from: number, to: number, startAt: number, onLine?: (line: string) => void): WriterRun {
  const child = spawn(process.execPath, ["--import", "tsx", writerScript, path, String(from), String(to), String(startAt)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let partial = "";
  let errors = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      onLine?.(line);
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    errors += chunk;
  });
  const done = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`writer failed (${code}): ${errors}`));
      else resolve(code);
    });
  });
  return { lines, done, kill: () => child.kill("SIGKILL") };
}

describe("SQLite store across processes", () => {
  it("lets two processes add overlapping articles to one new file, each stored once", async () => {
    const path = freshPath();
    const startAt = Date.now() + 1500;
    const first = startWriter(path, 0, 150, startAt);
    const second = startWriter(path, 75, 225, startAt);
    await Promise.all([first.done, second.done]);

    const outcomes = [...first.lines, ...second.lines];
    expect(outcomes.filter((line) => line.startsWith("added"))).toHaveLength(225);
    expect(outcomes.filter((line) => line.startsWith("duplicate"))).toHaveLength(75);

    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes FROM articles").get()).toEqual({ n: 225, hashes: 225 });
    expect(db.prepare("SELECT count(*) AS n, sum(size) AS members FROM stories").get()).toEqual({ n: 225, members: 225 });
    db.close();
  }, 60_000);

  it("loses nothing committed when a writer is killed mid-run, and a rerun doubles nothing", async () => {
    const path = freshPath();
    const writer = startWriter(path, 0, 1_000_000, 0, () => {
      if (writer.lines.length === 40) writer.kill();
    });
    await writer.done;
    const committed = writer.lines.length;

    const store = await openSqliteStore(path);
    const count = await store.countArticles();
    // The kill may land after a commit but before its line was printed.
    expect(count === committed || count === committed + 1).toBe(true);
    expect((await store.getArticles(Array.from({ length: count }, (_, i) => i + 1))).length).toBe(count);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();

    const rerun = startWriter(path, 0, count + 10, 0);
    await rerun.done;
    expect(rerun.lines.filter((line) => line.startsWith("duplicate"))).toHaveLength(count);
    expect(rerun.lines.filter((line) => line.startsWith("added"))).toHaveLength(10);
  }, 60_000);
});
