/**
 * The benchmark's large stores, built once and kept under bench/.cache/ (gitignored). A store of
 * N articles holds the first N texts of the benchmark sequence, so a larger one starts as a copy of
 * the largest smaller one already built. Up to `pipelineUpTo` articles are ingested through the
 * real pipeline by two processes at once; beyond that they are written directly (see
 * ingest-worker.ts, writeDirect), because the pipeline's story search makes a million too slow.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sketch } from "../../src/sketch/index.js";
import { latestSchemaVersion } from "../../src/store/migrations.js";
import type { IngestRun } from "./ingest-worker.js";
import { SEQUENCE_VERSION } from "./sequence.js";
import { sizeLabel } from "./sizes.js";
import { runWorker } from "./spawn-worker.js";

export type BuildMethod = "pipeline" | "direct";

/** One stretch of the sequence and how it went into the store. */
export interface BuildSegment {
  from: number;
  to: number;
  method: BuildMethod;
  processes: number;
  seconds: number;
  /** Largest peak RSS of the processes that built it, MB. */
  peakRssMB: number;
}

export interface StoreManifest {
  size: number;
  key: string;
  segments: BuildSegment[];
  builtAt: string;
}

export interface CachedStore {
  path: string;
  manifest: StoreManifest;
  /** True when this run built (part of) it. */
  built: boolean;
}

export interface CacheOptions {
  cacheFolder: string;
  repoRoot: string;
  /** Positions below this go through the pipeline; the rest are written directly. */
  pipelineUpTo: number;
  rebuild: boolean;
  log: (message: string) => void;
}

/**
 * What a cached store depends on besides its size: the sequence, the store schema and the sketch
 * (a fingerprint of the band keys of a fixed text, so changing shingles, seeds or banding counts).
 */
export function cacheKey(): string {
  const fingerprint = createHash("sha256")
    .update(sketch("The cache key of the benchmark stores changes whenever the sketch of this sentence does.").bandKeys.join(","))
    .digest("hex")
    .slice(0, 8);
  return `v${SEQUENCE_VERSION}-s${latestSchemaVersion}-k${fingerprint}`;
}

/** The cached store of `size` articles, building what is missing. */
export async function ensureStore(size: number, options: CacheOptions): Promise<CachedStore> {
  const key = cacheKey();
  mkdirSync(options.cacheFolder, { recursive: true });
  const file = path.join(options.cacheFolder, `corpus-${key}-${sizeLabel(size)}.db`);
  const manifestFile = `${file}.json`;
  if (options.rebuild) removeStore(file);
  if (existsSync(file) && existsSync(manifestFile)) {
    return { path: file, manifest: JSON.parse(readFileSync(manifestFile, "utf8")) as StoreManifest, built: false };
  }

  const base = largestSmaller(options.cacheFolder, key, size);
  const building = `${file}.building`;
  removeStore(building);
  const segments: BuildSegment[] = [];
  let from = 0;
  if (base) {
    options.log(`store ${sizeLabel(size)}: starting from the cached ${sizeLabel(base.manifest.size)} store`);
    copyFileSync(base.path, building);
    if (existsSync(`${base.path}-wal`)) copyFileSync(`${base.path}-wal`, `${building}-wal`);
    segments.push(...base.manifest.segments);
    from = base.manifest.size;
  }
  if (from < Math.min(size, options.pipelineUpTo)) {
    segments.push(await buildSegment(building, from, Math.min(size, options.pipelineUpTo), "pipeline", options));
    from = Math.min(size, options.pipelineUpTo);
  }
  if (from < size) segments.push(await buildSegment(building, from, size, "direct", options));

  for (const suffix of ["", "-wal"]) if (existsSync(`${building}${suffix}`)) renameSync(`${building}${suffix}`, `${file}${suffix}`);
  const manifest: StoreManifest = { size, key, segments, builtAt: new Date().toISOString() };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { path: file, manifest, built: true };
}

/** Positions from..to-1 into the store; the pipeline with two processes (one per core), direct writes with one. */
async function buildSegment(file: string, from: number, to: number, method: BuildMethod, options: CacheOptions): Promise<BuildSegment> {
  const processes = method === "pipeline" ? 2 : 1;
  options.log(`building positions ${from}..${to - 1} (${to - from} articles) by ${method}, ${processes} process(es)`);
  const started = performance.now();
  const share = Math.ceil((to - from) / processes);
  const runs = await Promise.all(
    Array.from({ length: processes }, (_, i) => {
      const start = from + i * share;
      const count = Math.min(share, to - start);
      const args = ["--db", file, "--from", String(start), "--count", String(count), ...(method === "direct" ? ["--bulk"] : [])];
      return runWorker<IngestRun>("ingest-worker.ts", args, `build ${i + 1}/${processes}`, options.repoRoot);
    }),
  );
  const added = runs.reduce((sum, run) => sum + run.added, 0);
  if (added !== to - from) throw new Error(`building ${from}..${to - 1}: ${added} articles added, expected ${to - from}`);
  const seconds = (performance.now() - started) / 1000;
  options.log(`built ${to - from} articles in ${Math.round(seconds)} s (${Math.round((to - from) / seconds)}/s)`);
  return { from, to, method, processes, seconds, peakRssMB: Math.max(...runs.map((run) => run.peakRssMB)) };
}

function largestSmaller(folder: string, key: string, size: number): CachedStore | null {
  let best: CachedStore | null = null;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`corpus-${key}-`) || !name.endsWith(".db.json")) continue;
    const manifest = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as StoreManifest;
    const file = path.join(folder, name.slice(0, -".json".length));
    if (manifest.size < size && existsSync(file) && (best === null || manifest.size > best.manifest.size)) best = { path: file, manifest, built: false };
  }
  return best;
}

function removeStore(file: string): void {
  for (const suffix of ["", "-wal", "-shm", ".json"]) rmSync(`${file}${suffix}`, { force: true });
}

/** Bytes of the store's database file and its write-ahead log. */
export function storeBytes(file: string): number {
  return ["", "-wal"].reduce((sum, suffix) => sum + (statSync(`${file}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0);
}
