import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "../ingest/index.js";
import { sketch } from "../sketch/index.js";
import { latestSchemaVersion, migrate } from "../store/migrations.js";

// These run the built CLI (`npm test` builds first) on the corpus commands, as a user does.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const corpus = join(root, "examples/corpus");
const riverside = join(corpus, "riverside-now-corrin-falls.txt");
const scratch = mkdtempSync(join(tmpdir(), "wiretrace-corpus-cli-"));
const env = { ...process.env, NO_COLOR: "1" };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Started {
  done: Promise<Run & { signal: NodeJS.Signals | null }>;
  kill(): void;
}

/** Starts the CLI without waiting, for runs that overlap or get killed. */
function start(...args: string[]): Started {
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { done, kill: () => child.kill("SIGKILL") };
}

let dirCount = 0;
/** A new empty directory under the scratch folder. */
function freshDir(): string {
  const dir = join(scratch, `case-${++dirCount}`);
  mkdirSync(dir);
  return dir;
}

/** A store path no other test uses. */
function freshDb(): string {
  return join(freshDir(), "wiretrace.db");
}

/** Runs a query on a store file opened read-only, so it can watch a store another process writes. */
function query<T>(db: string, sql: string): T {
  const reader = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return reader.prepare(sql).get() as T;
  } finally {
    reader.close();
  }
}

/** Articles committed so far to a store another process is writing; 0 until its schema exists. */
function committedArticles(db: string): number {
  try {
    return query<{ n: number }>(db, "SELECT count(*) AS n FROM articles").n;
  } catch {
    // Not created yet, or its schema not yet written.
    return 0;
  }
}

/** Stderr holds one line, with no stack trace. */
function expectOneLine(stderr: string): void {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

interface StorySummary {
  id: number;
  headline: string;
  size: number;
  outlets: string[];
}

interface StoryGraph {
  members: { id: number; outlet?: string }[];
  edges: { from: number; to: number }[];
  roots: number[];
}

/**
 * `count` short invented articles as JSON Lines, every text distinct: made-up words from a seeded
 * generator, with the article's number in it.
 */
function generatedArticles(count: number): string[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const syllables = ["ka", "lo", "mer", "dan", "vi", "tor", "sel", "bru", "ne", "ost", "wick", "ham", "ri", "gal", "fen", "mor"];
  const word = () => Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join("");
  const name = () => word().replace(/^./, (letter) => letter.toUpperCase());
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `gen-${i}`,
      outlet: `${name()} Courier`,
      text: `${name()} voted ${i + 100} to ${i % 90} for the ${word()} plan, ${name()} ${name()} of the ${name()} Board said on day ${i}. The ${word()} ${word()} will cost ${i * 3 + 7} ${word()}s and open near ${name()} ${name()}.`,
    }),
  );
}

function writeLines(path: string, lines: string[]): string {
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("wiretrace on the example corpus", () => {
  const db = freshDb();
  let firstIngest: Run;
  let stories: StorySummary[] = [];
  beforeAll(() => {
    // Commands below only read this store; tests that write make their own.
    firstIngest = run("ingest", corpus, "--db", db);
    stories = JSON.parse(run("stories", "--db", db, "--format", "json").stdout);
  });

  const storyAbout = (headline: RegExp): StorySummary => {
    const story = stories.find((summary) => headline.test(summary.headline));
    if (!story) throw new Error(`no story matches ${headline}`);
    return story;
  };
  const graphOf = (id: number): StoryGraph => JSON.parse(run("story", String(id), "--db", db, "--format", "json").stdout);

  describe("ingest", () => {
    it("adds the 12 example articles and exits 0", () => {
      expect(firstIngest.code).toBe(0);
      expect(firstIngest.stdout).toBe("added 12, duplicates 0, new versions 0, rejected 0\n");
    });

    it("adds nothing the second time: every article is a duplicate, and exits 0", () => {
      const again = run("ingest", corpus, "--db", db);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe("added 0, duplicates 12, new versions 0, rejected 0\n");
    });

    it("prints a summary that parses with --format json", () => {
      const { code, stdout } = run("ingest", corpus, "--db", db, "--format", "json");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ added: 0, duplicates: 12, newVersions: 0, rejected: [] });
    });
  });

  describe("stories", () => {
    it("lists the Harlow Bay strike with its four outlets", () => {
      const story = storyAbout(/Harlow Bay/);
      expect(story.size).toBe(4);
      expect([...story.outlets].sort()).toEqual(["Clearbrief Digest", "Meridian Wire", "The Selwick Observer", "Trendwave News"]);
    });

    it("lists the Corrin Falls flood the agency reported first, with the outlets that copied it", () => {
      const story = storyAbout(/Corrin Falls/);
      expect(story.outlets).toEqual(expect.arrayContaining(["Coastline Press", "The Ostley Chronicle", "The Northern Record"]));
      expect(story.size).toBeGreaterThanOrEqual(4);
    });

    it("prints a table with each story's headline on a terminal", () => {
      const { code, stdout } = run("stories", "--db", db);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^story +size/);
      expect(stdout).toMatch(/#\d+ +4 .*Harlow Bay dockworkers strike/);
    });
  });

  describe("story", () => {
    it("draws the Harlow Bay wire report as the root of its tree", () => {
      const { code, stdout } = run("story", String(storyAbout(/Harlow Bay/).id), "--db", db);
      expect(code).toBe(0);
      const nodes = stdout.split("\n").filter((line) => /^(● |[│ ]*[├└]─ )#\d+ /.test(line));
      expect(nodes[0]).toMatch(/^● #\d+ Meridian Wire/);
      expect(nodes.slice(1).map((line) => line.match(/^[├└]─ #\d+ ([^·]+?) ·/)?.[1])).toEqual([
        "The Selwick Observer",
        "Trendwave News",
        "Clearbrief Digest",
      ]);
    });

    it("draws the rewrite of a rewrite under the rewrite it copied", () => {
      const { stdout } = run("story", String(storyAbout(/Corrin Falls/).id), "--db", db);
      const lines = stdout.split("\n");
      const parent = lines.findIndex((line) => /^[├└]─ #\d+ The Northern Record/.test(line));
      const child = lines.findIndex((line) => /^[│ ]  [├└]─ #\d+ unknown outlet/.test(line));
      expect(parent).toBeGreaterThan(0);
      expect(child).toBeGreaterThan(parent);
      // Only the Northern Record's own detail lines sit between it and its child.
      expect(lines.slice(parent + 1, child).every((line) => !/─ #\d+/.test(line))).toBe(true);
    });

    it("gives the same graph as JSON: the wire a root, the rewrite of a rewrite derived from the rewrite", () => {
      const graph = graphOf(storyAbout(/Corrin Falls/).id);
      const idOf = (outlet: string | undefined) => graph.members.find((member) => member.outlet === outlet)!.id;
      expect(graph.roots).toContain(idOf("Coastline Press"));
      expect(graph.edges).toContainEqual(expect.objectContaining({ from: idOf("The Northern Record"), to: idOf(undefined) }));
    });

    it("writes Graphviz DOT with --format dot", () => {
      const { code, stdout } = run("story", String(storyAbout(/Harlow Bay/).id), "--db", db, "--format", "dot");
      expect(code).toBe(0);
      expect(stdout).toMatch(/^digraph /);
      expect(stdout.match(/ -> /g)).toHaveLength(3);
    });

    it("writes a self-contained HTML page with --format html --out", () => {
      const out = join(freshDir(), "story.html");
      const { code, stdout } = run("story", String(storyAbout(/Harlow Bay/).id), "--db", db, "--format", "html", "--out", out);
      expect(code).toBe(0);
      expect(stdout).toBe("");
      const page = readFileSync(out, "utf8");
      expect(page).toMatch(/^<!doctype html>/i);
      expect(page).toContain("Meridian Wire");
      expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);
    });

    it("says in one line that an unknown story id is unknown, and exits 2", () => {
      const { code, stderr } = run("story", "9999", "--db", db);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wiretrace: no story with id 9999/);
      expectOneLine(stderr);
    });
  });

  describe("sources", () => {
    it("ranks The Northern Record first for the Riverside Now article", () => {
      const { code, stdout } = run("sources", riverside, "--db", db);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^1\. #\d+ .*\(The Northern Record,/m);
    });

    it("ranks The Northern Record first on index evidence alone with --no-verify", () => {
      const { code, stdout } = run("sources", riverside, "--db", db, "--no-verify");
      expect(code).toBe(0);
      expect(stdout).toMatch(/^1\. #\d+ .*\(The Northern Record,/m);
      expect(stdout).toContain("words covered");
    });

    it("prints wiretrace/sources@1 JSON with --format json, verified and without the independent report", () => {
      const { code, stdout } = run("sources", riverside, "--db", db, "--format", "json");
      expect(code).toBe(0);
      const document = JSON.parse(stdout);
      expect(document.schema).toBe("wiretrace/sources@1");
      expect(document.sources[0].outlet).toBe("The Northern Record");
      expect(document.sources.map((source: { outlet?: string }) => source.outlet)).not.toContain("Valley Radio News");
    });

    it("finds the sources of an article by its stored id", () => {
      const riversideId = graphOf(storyAbout(/Corrin Falls/).id).members.find((member) => member.outlet === undefined)!.id;
      const { code, stdout } = run("sources", String(riversideId), "--db", db, "--no-verify", "--format", "json");
      expect(code).toBe(0);
      const document = JSON.parse(stdout);
      expect(document.article.id).toBe(riversideId);
      expect(document.sources[0].outlet).toBe("The Northern Record");
    });

    it("says in one line that an unknown article id is unknown, and exits 2", () => {
      const { code, stderr } = run("sources", "9999", "--db", db);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^wiretrace: no article with id 9999/);
      expectOneLine(stderr);
    });
  });
});

describe("wiretrace ingest on a store of its own", () => {
  const url = "https://fenmoor-gazette.example/bridge";
  const jsonl = (text: string) => writeLines(join(freshDir(), "item.jsonl"), [JSON.stringify({ url, outlet: "Fenmoor Gazette", text })]);

  it("keeps new content at a known URL as a new version", () => {
    const db = freshDb();
    run("ingest", jsonl("The Fenmoor council approved a new bridge over the Tane river on Monday, the mayor said."), "--db", db);
    const { code, stdout } = run("ingest", jsonl("The Fenmoor council approved a new bridge over the Tane river on Monday, the mayor said on Tuesday."), "--db", db);
    expect(code).toBe(0);
    expect(stdout).toBe("added 0, duplicates 0, new versions 1, rejected 0\n");
  });

  it("says so when the store holds no stories yet", () => {
    const { code, stdout } = run("stories", "--db", freshDb());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no stories yet/);
  });

  it("refuses a --db file that is not a database in one line, exit 2", () => {
    const db = join(freshDir(), "notes.db");
    writeFileSync(db, "shopping list: bread, milk, rye flour\n");
    const { code, stderr } = run("ingest", corpus, "--db", db);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wiretrace: cannot open the store .*not a SQLite database/);
    expectOneLine(stderr);
  });

  it("derives the undated rewrite of a rewrite from the rewrite it copied, even when it was ingested first", () => {
    const db = freshDb();
    run("ingest", riverside, "--db", db);
    run("ingest", corpus, "--db", db);
    const stories: StorySummary[] = JSON.parse(run("stories", "--db", db, "--format", "json").stdout);
    const flood = stories.find((story) => story.outlets.includes("The Northern Record"))!;
    const graph: StoryGraph = JSON.parse(run("story", String(flood.id), "--db", db, "--format", "json").stdout);
    const idOf = (outlet: string | undefined) => graph.members.find((member) => member.outlet === outlet)!.id;
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: idOf("The Northern Record"), to: idOf(undefined) }));
  });
});

describe("wiretrace ingest on bad input", () => {
  const goodLine = (text: string) => JSON.stringify({ outlet: "Fenmoor Gazette", text });
  const bridge = "The Fenmoor council approved a new bridge over the Tane river on Monday, the mayor said.";
  const bakery = "A bakery in Ostwick won a regional prize for its rye bread, its owner Mira Landt said.";

  it("reports a broken JSON Lines line by its number, ingests the rest, and exits 1", () => {
    const path = writeLines(join(freshDir(), "wire.jsonl"), [goodLine(bridge), '{"text": broken', goodLine(bakery)]);
    const { code, stdout } = run("ingest", path, "--db", freshDb());
    expect(code).toBe(1);
    expect(stdout).toMatch(/^added 2, duplicates 0, new versions 0, rejected 1$/m);
    expect(stdout).toContain(`rejected ${path}:2: not valid JSON`);
  });

  it("skips a binary file and an oversized file in a folder, with reasons, and ingests the rest", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "photo.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 7]));
    writeFileSync(join(dir, "huge.txt"), "The harbour board met again today. ".repeat(320_000));
    writeFileSync(join(dir, "bridge.txt"), bridge);
    const { code, stdout } = run("ingest", dir, "--db", freshDb(), "--format", "json");
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.added).toBe(1);
    expect(summary.rejected).toEqual([
      { location: join(dir, "huge.txt"), reason: expect.stringMatching(/over the .* limit/) },
      { location: join(dir, "photo.bin"), reason: expect.stringMatching(/binary/) },
    ]);
  });

  it("rejects a malformed feed once, with a reason", () => {
    const path = join(freshDir(), "broken.xml");
    writeFileSync(path, '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Ferry to close</title');
    const { code, stdout } = run("ingest", path, "--db", freshDb(), "--format", "json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      added: 0,
      duplicates: 0,
      newVersions: 0,
      rejected: [{ location: path, reason: expect.stringMatching(/feed/i) }],
    });
  });

  it("rejects a path that does not exist and exits 1", () => {
    const path = join(scratch, "no-such-folder", "wire.jsonl");
    const { code, stdout } = run("ingest", path, "--db", freshDb());
    expect(code).toBe(1);
    expect(stdout).toContain(`rejected ${path}: no such file or directory`);
  });
});

describe("wiretrace ingest killed with SIGKILL and run again", () => {
  const total = 3000;
  const db = freshDb();
  const input = writeLines(join(freshDir(), "generated.jsonl"), generatedArticles(total));
  let storedAtKill = 0;
  let rerun: Run;

  beforeAll(async () => {
    const first = start("ingest", input, "--db", db);
    let ended = false;
    void first.done.then(() => (ended = true));
    try {
      // Kill only once some articles are committed, so the kill lands mid-run.
      while (!ended && committedArticles(db) < 20) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      first.kill();
    }
    const killed = await first.done;
    if (killed.signal !== "SIGKILL") throw new Error(`ingest ended before the kill (exit ${killed.code}): ${killed.stderr}`);
    storedAtKill = query<{ n: number }>(db, "SELECT count(*) AS n FROM articles").n;
    rerun = run("ingest", input, "--db", db, "--format", "json");
  }, 120_000);

  it("was killed mid-run", () => {
    expect(storedAtKill).toBeGreaterThan(0);
    expect(storedAtKill).toBeLessThan(total);
  });

  it("completes on the second run, exit 0", () => {
    expect(rerun.code).toBe(0);
  });

  it("stores every article exactly once", () => {
    const counts = query<{ articles: number; hashes: number; texts: number }>(
      db,
      "SELECT count(*) AS articles, count(DISTINCT content_hash) AS hashes, count(DISTINCT text) AS texts FROM articles",
    );
    expect(counts).toEqual({ articles: total, hashes: total, texts: total });
  });

  it("leaves no article half-written: each has its signature, band keys and story", () => {
    const missing = query<{ signatures: number; bands: number; stories: number; storySizes: number }>(
      db,
      `SELECT
         (SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM signatures)) AS signatures,
         (SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM band_keys)) AS bands,
         (SELECT count(*) FROM articles WHERE story_id IS NULL) AS stories,
         (SELECT sum(size) FROM stories) - (SELECT count(*) FROM articles) AS storySizes`,
    );
    expect(missing).toEqual({ signatures: 0, bands: 0, stories: 0, storySizes: 0 });
  });

  it("counts what the first run stored as duplicates and adds the rest", () => {
    const summary = JSON.parse(rerun.stdout);
    expect(summary).toEqual({ added: total - storedAtKill, duplicates: storedAtKill, newVersions: 0, rejected: [] });
  });

  it("prints plain progress lines with no ANSI escape codes when stderr is not a terminal", () => {
    expect(rerun.stderr).not.toContain("\u001b");
    const lines = rerun.stderr.trim().split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^ingest: \d+\/\d+ items, \d+\/s$/);
  });
});

describe("two wiretrace ingest processes on one store at once", () => {
  const articles = generatedArticles(600);
  const db = freshDb();
  const dir = freshDir();
  // The two inputs share their middle 200 articles.
  const first = writeLines(join(dir, "first.jsonl"), articles.slice(0, 400));
  const second = writeLines(join(dir, "second.jsonl"), articles.slice(200));
  let runs: Run[] = [];

  beforeAll(async () => {
    runs = await Promise.all([start("ingest", first, "--db", db, "--format", "json").done, start("ingest", second, "--db", db, "--format", "json").done]);
  }, 120_000);

  it("both exit 0", () => {
    expect(runs.map((result) => [result.code, result.stderr.replace(/^ingest: .*\n/gm, "")])).toEqual([
      [0, ""],
      [0, ""],
    ]);
  });

  it("stores every article once", () => {
    expect(query(db, "SELECT count(*) AS articles, count(DISTINCT content_hash) AS hashes FROM articles")).toEqual({ articles: 600, hashes: 600 });
  });

  it("adds each article in one run only and counts it as a duplicate in the other", () => {
    const summaries = runs.map((result) => JSON.parse(result.stdout));
    expect(summaries.reduce((sum, summary) => sum + summary.added, 0)).toBe(600);
    expect(summaries.reduce((sum, summary) => sum + summary.duplicates, 0)).toBe(200);
  });
});

describe("wiretrace on a store from an older schema", () => {
  const oldText = "The Quarrow ferry will stop running in winter after the operator lost 2 million crowns, its chief Lena Marsk said on Friday.";

  /** A store file as schema version 1 left it, holding one fully indexed article; returns its path. */
  function versionOneStore(): string {
    const path = freshDb();
    const db = new Database(path);
    migrate(db, path, 1);
    const { signature, bandKeys } = sketch(oldText);
    db.prepare(
      `INSERT INTO articles (id, content_hash, outlet, title, published, published_key, cues, origin, text, version, ingested_at)
       VALUES (1, ?, 'Quarrow Herald', 'Ferry to stop in winter', '2026-10-30', '2026-10-30', '[]', 'old.jsonl:1', ?, 1, '2026-10-30T09:00:00.000Z')`,
    ).run(contentHash(oldText), oldText);
    db.prepare("INSERT INTO signatures (article_id, signature) VALUES (1, ?)").run(Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    const addKey = db.prepare("INSERT OR IGNORE INTO band_keys (band_key, article_id) VALUES (?, 1)");
    for (const key of bandKeys) addKey.run(key);
    db.close();
    return path;
  }

  it("ingests into it after migrating, keeping the old article", () => {
    const db = versionOneStore();
    const oldCopy = join(freshDir(), "quarrow.txt");
    writeFileSync(oldCopy, oldText);
    const { code, stdout } = run("ingest", corpus, oldCopy, "--db", db);
    expect(code).toBe(0);
    // The old article is recognised: its copy on disk counts as a duplicate.
    expect(stdout).toBe("added 12, duplicates 1, new versions 0, rejected 0\n");
    expect(query(db, "SELECT text FROM articles WHERE id = 1")).toEqual({ text: oldText });
    expect(query(db, "PRAGMA user_version")).toEqual({ user_version: latestSchemaVersion });
  });

  it("lists stories after migrating", () => {
    const db = versionOneStore();
    run("ingest", corpus, "--db", db);
    const { code, stdout } = run("stories", "--db", db, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((story: StorySummary) => story.headline)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Harlow Bay/), expect.stringMatching(/Corrin Falls/)]),
    );
  });

  it("finds sources for an article stored before the migration", () => {
    const db = versionOneStore();
    const rewrite = join(freshDir(), "rewrite.txt");
    writeFileSync(rewrite, "Lena Marsk said on Friday that the Quarrow ferry will stop running in winter, after the operator lost 2 million crowns.");
    const { code, stdout } = run("sources", rewrite, "--db", db, "--no-verify", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sources.map((source: { id: number }) => source.id)).toEqual([1]);
  });
});
