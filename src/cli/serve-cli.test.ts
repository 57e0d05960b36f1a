import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/index.js";

// These run the built CLI (`npm test` builds first) as a user starts the server.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const scratch = mkdtempSync(join(tmpdir(), "wiretrace-serve-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Serving {
  url: string;
  stderr(): string;
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `wiretrace serve` on a free port and resolves once it printed its URL. */
function serve(db: string): Promise<Serving> {
  const child = spawn(process.execPath, [cli, "serve", "--db", db, "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /serving (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve({ url, stderr: () => stderr, stop: (signal) => (child.kill(signal), exited) });
    });
  });
}

function compareBody(): string {
  const example = (name: string) => readFileSync(join(root, "examples", name), "utf8");
  return JSON.stringify({ source: { text: example("source.txt") }, rewrite: { text: example("rewrite-drifted.txt") } });
}

describe("wiretrace serve", () => {
  it("prints its URL and answers there", async () => {
    const server = await serve(join(scratch, "answers.db"));
    const health = await fetch(new URL("api/health", server.url));
    expect(await health.json()).toMatchObject({ status: "ok", articles: 0 });
    expect(await server.stop("SIGTERM")).toBe(0);
  }, 30_000);

  it("logs each request as a JSON line on stderr", async () => {
    const server = await serve(join(scratch, "logs.db"));
    await fetch(new URL("api/stories", server.url));
    await server.stop("SIGINT");
    const completed = server.stderr().split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as { msg: string; res?: { statusCode: number } });
    expect(completed).toContainEqual(expect.objectContaining({ msg: "request completed", res: { statusCode: 200 } }));
  }, 30_000);

  it("finishes a request in flight when told to stop, then closes the store cleanly", async () => {
    const db = join(scratch, "graceful.db");
    const server = await serve(db);
    await fetch(new URL("api/articles", server.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "The Quellan ferry resumed on Friday after a storm, the harbour office said." }) });
    const inFlight = fetch(new URL("api/compare", server.url), { method: "POST", headers: { "content-type": "application/json" }, body: compareBody() });
    // Stop only once the server has logged the request as arrived, so it is truly in flight.
    while (!server.stderr().includes('"url":"/api/compare"')) await new Promise((resolve) => setTimeout(resolve, 5));
    const code = await server.stop("SIGTERM");
    expect((await inFlight).status).toBe(200);
    expect(code).toBe(0);
    const store = await openSqliteStore(db);
    expect(await store.countArticles()).toBe(1);
    await store.close();
  }, 60_000);

  it("refuses to listen beyond loopback without a token, in one line", () => {
    const result = spawnSync(process.execPath, [cli, "serve", "--db", join(scratch, "open.db"), "--host", "0.0.0.0", "--port", "0"], { cwd: root, encoding: "utf8", env: { ...process.env, WIRETRACE_TOKEN: "" } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^wiretrace: listening on 0\.0\.0\.0 lets other machines in: give a token/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a port that is not a number", () => {
    const result = spawnSync(process.execPath, [cli, "serve", "--db", join(scratch, "port.db"), "--port", "http"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--port takes a port number");
  });
});
