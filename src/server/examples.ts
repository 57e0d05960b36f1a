/**
 * The bundled example pairs (examples/), so a first visitor can try the compare page without
 * finding two texts first. Read once; a checkout without the folder simply offers none.
 */
import { readFileSync } from "node:fs";
import type { ExamplePair } from "./api-types.js";

/** Same relative path from src/server/ and dist/server/: both sit two levels below the repo root. */
const EXAMPLES_DIR = new URL("../../examples/", import.meta.url);

const PAIRS = [
  { id: "drifted", file: "rewrite-drifted.txt", title: "Drifted rewrite", description: "A sloppy rewrite with eleven planted drifts, one of each kind." },
  { id: "faithful", file: "rewrite-faithful.txt", title: "Faithful paraphrase", description: "Condensed, reordered and reworded, with no drift." },
  { id: "ai", file: "rewrite-ai.txt", title: "AI rewrite", description: "Mostly faithful, with a changed number, an invented quote and an invented sentence." },
];

export function loadExamplePairs(): ExamplePair[] {
  try {
    const source = readFileSync(new URL("source.txt", EXAMPLES_DIR), "utf8");
    return PAIRS.map(({ file, ...pair }) => ({ ...pair, source, rewrite: readFileSync(new URL(file, EXAMPLES_DIR), "utf8") }));
  } catch {
    return [];
  }
}
