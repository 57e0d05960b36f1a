import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateReport } from "../report/index.js";

// These run the built CLI (`npm test` builds first), exactly as a user does.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist/cli/main.js");
const example = (name: string) => join(root, "examples", name);
const scratch = mkdtempSync(join(tmpdir(), "wiretrace-cli-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const englishLine = "The council approved the budget for the new school on Monday, officials said.";

describe("wiretrace compare", () => {
  it("prints the verdict and the planted drift for the drifted example", () => {
    const { code, stdout } = run("compare", example("source.txt"), example("rewrite-drifted.txt"));
    expect(code).toBe(0);
    expect(stdout).toContain("Relation     rewrite");
    expect(stdout).toMatch(/Drift +\d+ high/);
    expect(stdout).toContain("number-changed");
  });

  it("writes a report that validates against the JSON Schema", () => {
    const { code, stdout } = run("compare", example("source.txt"), example("rewrite-ai.txt"), "--format", "json");
    expect(code).toBe(0);
    expect(validateReport(JSON.parse(stdout))).toEqual({ valid: true, errors: [] });
  });

  it("writes a self-contained HTML report with --out", () => {
    const out = join(scratch, "report.html");
    const { code } = run("compare", example("source.txt"), example("rewrite-faithful.txt"), "--format", "html", "--out", out);
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("exits 1 with --fail-on high when a high finding is present", () => {
    expect(run("compare", example("source.txt"), example("rewrite-drifted.txt"), "--fail-on", "high").code).toBe(1);
  });

  it("exits 0 with --fail-on medium on the faithful rewrite", () => {
    expect(run("compare", example("source.txt"), example("rewrite-faithful.txt"), "--fail-on", "medium").code).toBe(0);
  });

  it("reads HTML input through Readability", () => {
    const { code, stdout } = run("compare", example("article.html"), example("rewrite-faithful.txt"), "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.published).toMatch(/^2026-11-04/);
  });

  it("calls identical texts a copy", () => {
    const { stdout } = run("compare", example("source.txt"), example("source.txt"), "--format", "json");
    expect(JSON.parse(stdout).verdict.relation).toBe("copy");
  });

  it("reports a rewrite longer than its source", () => {
    const longer = file("longer.txt", `${readFileSync(example("rewrite-ai.txt"), "utf8")}\n\n${readFileSync(example("source.txt"), "utf8")}`);
    const { code, stdout } = run("compare", example("rewrite-faithful.txt"), longer, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdict.derivedShare).toBeLessThan(1);
  });
});

describe("wiretrace compare --pairs", () => {
  it("writes one report per good line and names the bad line", () => {
    const { code, stdout, stderr } = run("compare", "--pairs", example("pairs.jsonl"), "--workers", "1");
    expect(code).toBe(0);
    const reports = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(reports.map((report) => report.id)).toEqual(["harlow-faithful", "harlow-drifted", "harlow-ai"]);
    expect(stderr).toMatch(/pairs\.jsonl:2: not valid JSON; skipped/);
  });

  it("exits 2 with one line when FILE is a directory", () => {
    const { code, stderr } = run("compare", "--pairs", scratch);
    expect(code).toBe(2);
    expect(stderr).toBe(`wiretrace: cannot read ${scratch}: it is a directory\n`);
  });
});

describe("unusable input", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(scratch, "nope.txt"), /no such file/],
    ["an empty file", () => file("empty.txt", "  \n"), /is empty/],
    ["a binary file", () => file("binary.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0])), /binary/],
    ["a 50 MB file", () => file("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a ")), /over the .* limit/],
    ["HTML with no article body", () => file("empty.html", "<!doctype html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"), /no article text/],
    ["text in another language", () => file("french.txt", "Le conseil municipal a approuvé le budget de la nouvelle école lundi, selon les responsables de la ville et des écoles."), /not look like English/],
    ["an encoded blob inside prose", () => file("blob.txt", `The council met on Monday. The attached image follows. ${"QUJD".repeat(2_000)} The meeting ended.`), /8,000 characters in a row with no space/],
  ];
  it.each(cases)("%s exits 2 with one line and no stack trace", (_name, makePath, message) => {
    const { code, stderr } = run("compare", makePath(), example("rewrite-faithful.txt"));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 with a usage line when the rewrite is missing", () => {
    const { code, stderr } = run("compare", example("source.txt"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wiretrace: compare needs SOURCE and REWRITE/);
  });
});

describe("text encodings", () => {
  const encoded: [string, () => Uint8Array][] = [
    ["Latin-1", () => Buffer.from(`${englishLine} The café reopened.`, "latin1")],
    ["UTF-16 with a byte-order mark", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${englishLine} The café reopened.`, "utf16le")])],
  ];
  it.each(encoded)("reads %s", (name, bytes) => {
    const path = file(`${name.replace(/\W+/g, "-")}.txt`, bytes());
    const { code, stdout } = run("compare", path, path, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.sentences.map((s: { text: string }) => s.text).join(" ")).toContain("café");
  });

  it("reads invalid UTF-8 without failing", () => {
    const path = file("invalid-utf8.txt", Buffer.concat([Buffer.from(englishLine), Buffer.from([0xc3, 0x28])]));
    expect(run("compare", path, path, "--format", "json").code).toBe(0);
  });
});
