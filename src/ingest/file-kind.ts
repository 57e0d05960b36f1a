/**
 * Which reader an input needs, from its name (file path or URL path), its Content-Type when
 * fetched, and its opening text. What the content plainly is wins over the name: a feed saved as
 * .txt is still a feed; the name decides when the content could be either.
 */
import { extname } from "node:path";
import { looksLikeHtml } from "./html.js";

/** "json" is JSON that is not one object per line: reported, not read. */
export type InputKind = "jsonl" | "feed" | "json" | "document";

const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);
const FEED_EXTENSIONS = new Set([".rss", ".atom", ".rdf", ".xml"]);
const JSONL_TYPES = /\b(?:x-)?(?:ndjson|jsonl|json-seq)\b/i;
const FEED_TYPES = /\b(?:rss|atom|rdf)\+xml\b/i;
const JSON_TYPES = /\bjson\b/i;

/** The root element of an RSS 2.0 / 0.9x, Atom or RDF (RSS 1.0) document, after any prolog. */
const FEED_ROOT =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]/;
const XML_DECLARATION = /^\s*<\?xml\b/;

/** Decides the reader for an input; `head` is its opening text (a few kilobytes are enough). */
export function sniffKind(name: string, head: string, contentType = ""): InputKind {
  const text = head.startsWith("\uFEFF") ? head.slice(1) : head;
  const extension = extname(name).toLowerCase();
  if (FEED_ROOT.test(text)) return "feed";
  if (JSONL_EXTENSIONS.has(extension) || JSONL_TYPES.test(contentType)) return "jsonl";
  if (FEED_TYPES.test(contentType)) return "feed";
  if (looksLikeHtml(text)) return "document";
  if (FEED_EXTENSIONS.has(extension) || XML_DECLARATION.test(text)) return "feed";

  const start = text.trimStart();
  if (start.startsWith("{")) return firstLineIsObject(start) ? "jsonl" : "json";
  if (extension === ".json" || (JSON_TYPES.test(contentType) && /^[[{]/.test(start))) return "json";
  return "document";
}

/** A JSON Lines file opens with a whole object on its first line; pretty-printed JSON does not. */
function firstLineIsObject(text: string): boolean {
  const end = text.indexOf("\n");
  // A first line longer than the head cannot be checked here; its reader reports it if it is bad.
  if (end < 0) return true;
  try {
    const value: unknown = JSON.parse(text.slice(0, end));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
