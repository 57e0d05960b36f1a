/**
 * `wiretrace serve` as a child process for the server benchmark: started on a free loopback port,
 * its URL read from the line it prints, its memory and CPU read from /proc while it runs.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";

export interface ServerProcess {
  /** Base URL without the trailing slash: "http://127.0.0.1:41234". */
  url: string;
  pid: number;
  /** Resident set size now (VmRSS), MB (10^6 bytes); NaN where /proc is missing. */
  rssMB(): number;
  /** User + system CPU time so far, all threads; NaN where /proc is missing. */
  cpuSeconds(): number;
  /** The end of its request log (stderr), for error messages. */
  logTail(): string;
  /** SIGTERM, then waits for it to exit (SIGKILL after `graceMs`); its exit code, or the signal that ended it. */
  stop(graceMs?: number): Promise<number | string>;
}

/** The line `wiretrace serve` prints once it listens (see the API contract). */
const SERVING_LINE = /wiretrace serving (http:\/\/\S+?)\/? /;
const START_TIMEOUT_MS = 60_000;
/** Linux's USER_HZ, the unit of /proc/PID/stat times, is 100 on every common architecture. */
const TICKS_PER_SECOND = 100;

/**
 * Starts `node CLI serve --db STORE --port 0` and resolves once it has printed its URL. Its
 * request log goes to `logFile` rather than a pipe: under load it writes thousands of lines a
 * second, and reading them would cost the benchmark's own process CPU.
 */
export function startServer(cli: string, store: string, cwd: string, logFile: string): Promise<ServerProcess> {
  const logFd = openSync(logFile, "w");
  const child = spawn(process.execPath, [cli, "serve", "--db", store, "--port", "0"], { cwd, stdio: ["ignore", "pipe", logFd] });
  closeSync(logFd);
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const logTail = () => {
    const lines = readFileSync(logFile, "utf8").trimEnd().split("\n");
    return lines.slice(-10).join("\n");
  };

  return new Promise((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`wiretrace serve printed no URL within ${START_TIMEOUT_MS / 1000} s; stdout: ${printed.trim()}; log: ${logTail()}`));
    }, START_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`wiretrace serve exited (${code}) before printing its URL; stdout: ${printed.trim()}; log: ${logTail()}`));
    });
    child.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      const match = SERVING_LINE.exec(printed);
      if (match === null) return;
      clearTimeout(timer);
      const pid = child.pid!;
      resolve({
        url: match[1]!,
        pid,
        rssMB: () => procRssMB(pid),
        cpuSeconds: () => procCpuSeconds(pid),
        logTail,
        async stop(graceMs = 15_000) {
          if (child.exitCode !== null || child.signalCode !== null) return exited;
          child.kill("SIGTERM");
          const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
          const code = await exited;
          clearTimeout(killer);
          return code;
        },
      });
    });
  });
}

function procRssMB(pid: number): number {
  try {
    const kB = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kB === undefined ? Number.NaN : (Number(kB) * 1024) / 1e6;
  } catch {
    return Number.NaN;
  }
}

function procCpuSeconds(pid: number): number {
  try {
    // Fields after "PID (command) " start at the 3rd (state); utime and stime are the 14th and 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

