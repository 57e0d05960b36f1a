import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export type BuildState = "fresh" | "rebuilt" | "stale";

/**
 * Runs `npm run build` when dist/ is missing or older than src/, so the CLI figures measure the
 * code in the tree. A failed build over an existing dist/ is reported as "stale" rather than
 * fatal: other work may leave src/ briefly uncompilable, and the bench should still say so.
 */
export function ensureBuild(repoRoot: string, log: (message: string) => void): BuildState {
  const stale = staleOutputs(repoRoot);
  if (stale.length === 0) return "fresh";
  log(`dist/ is missing or older than src/ (${stale.length} file(s), e.g. ${stale[0]}); running npm run build`);
  const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"] });
  if (build.status === 0) return "rebuilt";
  if (!existsSync(path.join(repoRoot, "dist/cli/main.js"))) throw new Error("npm run build failed and dist/cli/main.js does not exist");
  log("npm run build failed; measuring the existing dist/, which may not match src/");
  return "stale";
}

/** Source files (tests excluded) whose compiled .js is missing or older than the .ts. */
export function staleOutputs(repoRoot: string): string[] {
  const srcRoot = path.join(repoRoot, "src");
  return sourceFiles(srcRoot).filter((file) => {
    const output = path.join(repoRoot, "dist", path.relative(srcRoot, file)).replace(/\.ts$/, ".js");
    return !existsSync(output) || statSync(output).mtimeMs < statSync(file).mtimeMs;
  }).map((file) => path.relative(repoRoot, file));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    const compiled = entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts");
    const testOnly = /\.test(-data)?\.ts$/.test(entry.name);
    return compiled && !testOnly ? [full] : [];
  });
}
