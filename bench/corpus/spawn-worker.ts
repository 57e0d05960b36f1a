import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs one of the bench/corpus workers over the TypeScript sources (through tsx, so the figures
 * are for the code in src/ now, not a possibly stale dist/) and returns the JSON object it prints
 * last. Its stderr is passed through, each line prefixed with `label`.
 */
export function runWorker<T>(script: string, args: readonly string[], label: string, cwd: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, script), ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) if (line.trim() !== "") process.stderr.write(`[${label}] ${line}\n`);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (pending.trim() !== "") process.stderr.write(`[${label}] ${pending}\n`);
      const last = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || last === "") {
        reject(new Error(`${script} ${args.join(" ")} exited with ${code}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}
