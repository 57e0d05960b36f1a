import type { ResourceLimits } from "node:worker_threads";

/**
 * Each compare worker's V8 heap limit. Under the default limit (4 GB here) V8 lets a heap grow to as
 * much as 4 times its live size before a full collection, so the two batch workers' uncollected
 * garbage decided whether a batch peaked at 570 or 710 MB. Below 2 GB the growth factor is capped
 * between 1.3 and 2 (1.6 at 1 GB). 1 GB still holds the analysis of a 2 MB source: a 1 MB one took
 * 470 MB of heap. The server's largest request, 4 MB of text (two of 2 MB), compared within it (the
 * two analyses held 400 MB of live heap).
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

/** The limit as an error message gives it. */
export const WORKER_HEAP_LIMIT_TEXT = `${WORKER_HEAP_LIMITS.maxOldGenerationSizeMb} MB`;

/** Whether a worker died of reaching its heap limit, rather than of a crash. */
export function diedOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}
