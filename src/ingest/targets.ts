/**
 * Turns what the user named into file paths: a file as it is, a directory walked recursively in
 * sorted order with hidden entries skipped, a glob expanded with tinyglobby. Problems with a
 * target (missing, unreadable, matching nothing) come out as rejections among the paths.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { Rejection } from "./corpus-types.js";
import { rejection, rejectionFromError } from "./rejections.js";

/** The files a local target stands for, in a stable order, with rejections where they occur. */
export async function* expandTarget(target: string): AsyncGenerator<string | Rejection> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    // A path that exists wins over reading it as a pattern ("report[1].txt").
    const errno = (error as NodeJS.ErrnoException).code;
    if ((errno === "ENOENT" || errno === "ENOTDIR") && isDynamicPattern(target)) yield* expandGlob(target);
    else yield rejectionFromError(target, error);
    return;
  }
  if (info.isDirectory()) yield* walkDirectory(target, new Set());
  else yield target;
}

async function* expandGlob(pattern: string): AsyncGenerator<string | Rejection> {
  const paths = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  if (paths.length === 0) {
    yield rejection(pattern, "INPUT_NOT_FOUND", "no files match this pattern");
    return;
  }
  yield* paths.sort(byCodeUnits);
}

/** Depth first, entries sorted by name; `visited` holds real paths so a symlink loop is walked once. */
async function* walkDirectory(dir: string, visited: Set<string>): AsyncGenerator<string | Rejection> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield rejectionFromError(dir, error);
    return;
  }
  const shown = entries.filter((entry) => !entry.name.startsWith(".")).sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of shown) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path, visited);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) yield* followLink(path, visited);
    else yield rejection(path, "INPUT_UNREADABLE", "not a regular file");
  }
}

async function* followLink(path: string, visited: Set<string>): AsyncGenerator<string | Rejection> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) yield* walkDirectory(path, visited);
    else yield path;
  } catch (error) {
    yield rejectionFromError(path, error);
  }
}

/** Locale-independent order, so two machines walk a folder the same way. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
