import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startLoadWatch } from "./load.js";

/** Must match the marker max-rss-preload.mjs writes; kept here so the .mjs stays dependency-free. */
const USAGE_MARKER = "wiretrace-bench usage:";
const PRELOAD = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "max-rss-preload.mjs")).href;

export interface ChildRun {
  exitCode: number | null;
  /** Spawn to exit, as the user waits for it. */
  wallMs: number;
  /** Peak resident set size of the child process (all its threads), in MB (10^6 bytes). */
  peakRssMB: number;
  /** User + system CPU time of the child, all threads; over wall time it shows how many cores it kept busy. */
  cpuSeconds: number;
  /** Cores kept busy by other processes during the run (see load.ts). */
  otherLoadCores: number;
  /** Lines written to stdout: one report per pair in batch mode. */
  stdoutLines: number;
  /** stderr without the bench's own marker line. */
  stderr: string;
}

/**
 * Runs `node <args>` with the usage preload and times it. stdout is counted, not kept, so a
 * large batch does not sit in the bench's memory.
 */
export function runNode(args: readonly string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const load = startLoadWatch();
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", PRELOAD, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdoutLines = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) stdoutLines++;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const wallMs = performance.now() - started;
      const marker = stderr.lastIndexOf(USAGE_MARKER);
      const usage = marker < 0 ? "" : stderr.slice(marker);
      const field = (name: string) => Number(usage.match(new RegExp(`${name}=(\\d+)`))?.[1] ?? Number.NaN);
      const cpuSeconds = field("cpu-us") / 1e6;
      resolve({
        exitCode,
        wallMs,
        peakRssMB: (field("max-rss-kb") * 1024) / 1e6,
        cpuSeconds,
        otherLoadCores: load.otherCores(Number.isNaN(cpuSeconds) ? 0 : cpuSeconds, wallMs / 1000),
        stdoutLines,
        stderr: (marker < 0 ? stderr : stderr.slice(0, marker)).trimEnd(),
      });
    });
  });
}
