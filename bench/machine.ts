import { spawnSync } from "node:child_process";
import os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  platform: string;
  /** 1-minute load average when the bench started: anything else running skews every figure. */
  loadAverageAtStart: number;
}

export interface Conditions {
  machine: Machine;
  node: string;
  date: string;
  /** Commit the tree was at, with "+dirty" when files differ from it; null outside a git checkout. */
  commit: string | null;
}

/** The machine, Node version, date and commit the figures were measured under. */
export function describeConditions(repoRoot: string): Conditions {
  const cpus = os.cpus();
  return {
    machine: {
      cpu: cpus[0]?.model.trim() ?? "unknown",
      cores: cpus.length,
      ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      loadAverageAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
    },
    node: process.version,
    date: new Date().toISOString(),
    commit: gitCommit(repoRoot),
  };
}

function gitCommit(repoRoot: string): string | null {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" });
  if (head.status !== 0) return null;
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: repoRoot, encoding: "utf8" });
  return `${head.stdout.trim()}${status.stdout.trim() === "" ? "" : "+dirty"}`;
}
