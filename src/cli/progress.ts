/**
 * Ingest progress on stderr: a bar with rate and ETA on a terminal (cli-progress), and a plain
 * line every few seconds when stderr is piped or a file (and one at the end), so logs stay readable.
 */
import { SingleBar } from "cli-progress";

export interface Progress {
  /** One more item handled. */
  tick(): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

/** A progress display over `total` items (0 when the total is not known). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? terminalBar(total, stream) : plainLines(total, stream);
}

function terminalBar(total: number, stream: NodeJS.WriteStream): Progress {
  const known = total > 0;
  const bar = new SingleBar({
    stream,
    format: known
      ? "ingesting {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}"
      : "ingesting {value} articles | {rate}/s | {duration_formatted}",
    etaBuffer: 200,
    hideCursor: true,
    clearOnComplete: false,
  });
  const started = Date.now();
  let done = 0;
  bar.start(known ? total : 1, 0, { rate: "0" });
  return {
    tick() {
      done++;
      if (!known) bar.setTotal(done + 1);
      bar.update(done, { rate: rate(done, started) });
    },
    stop() {
      if (!known) bar.setTotal(done);
      bar.update(done, { rate: rate(done, started) });
      bar.stop();
    },
  };
}

function plainLines(total: number, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let done = 0;
  let lastLine = started;
  let shown = 0;
  const write = () => {
    shown = done;
    stream.write(`ingest: ${done}${total > 0 ? `/${total}` : ""} items, ${rate(done, started)}/s\n`);
  };
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - lastLine < PLAIN_INTERVAL_MS) return;
      lastLine = now;
      write();
    },
    // A run shorter than the interval still leaves one line in the log, with the final count.
    stop() {
      if (done > shown) write();
    },
  };
}

function rate(done: number, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(0) : "0";
}
