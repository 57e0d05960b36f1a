import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Thrown when a labelled data set is not where the harness looks; the message is one line. */
export class DataMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataMissingError";
  }
}

/**
 * The folder holding the labelled data sets: `$WIRETRACE_DATA` when set, else `../shared/data`
 * beside the repository (the data is never copied into the project because of its licences).
 */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.WIRETRACE_DATA;
  return override ? path.resolve(override) : path.resolve(repoRoot, "../shared/data");
}

/** The folder of one data set, e.g. `dataFolder("msrp")`; throws DataMissingError when absent. */
export function dataFolder(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const folder = path.join(dataRoot(env), name);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DataMissingError(
      `data set "${name}" not found at ${folder}: put the labelled data in ../shared/data or set WIRETRACE_DATA`,
    );
  }
  return folder;
}

/** A file inside a data set's folder; throws DataMissingError when absent. */
export function dataFile(name: string, file: string, env: NodeJS.ProcessEnv = process.env): string {
  const full = path.join(dataFolder(name, env), file);
  if (!existsSync(full)) throw new DataMissingError(`data file ${full} not found (data set "${name}")`);
  return full;
}
