/**
 * Content identity: the same article text reached through different formats (an HTML page, a
 * text file, a JSON Lines record) hashes the same, so the store keeps it once.
 */
import { createHash } from "node:crypto";

/** Characters that render as nothing; HTML pages carry them (&shy;, zero-width joiners) and text copies drop them. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;

/**
 * The text as the hash sees it: NFKC (so no-break spaces and ligatures fold), typographic quotes
 * straightened, invisible characters removed, every run of whitespace one space, trimmed.
 */
export function normaliseForHash(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** Hex SHA-256 of the normalised text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normaliseForHash(text), "utf8").digest("hex");
}
