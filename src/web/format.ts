/** Pure formatting for the pages: numbers, times, URLs, file names. */
import type { Relation } from "../report/types.js";

export { formatPercent, formatScore, sentenceLabel } from "../present/model.js";
export { formatTime, plain, shorten } from "../stories/labels.js";

const RELATION_LABELS: Record<Relation, string> = {
  copy: "Copy",
  rewrite: "Rewrite",
  partial: "Partial rewrite",
  independent: "Independent report",
  unrelated: "Unrelated",
};

/** How a relation reads in a heading; an unknown value is shown as it is. */
export function relationLabel(relation: string): string {
  return RELATION_LABELS[relation as Relation] ?? relation;
}

/** The URL when it is absolute http or https, else null: stored URLs are untrusted text. */
export function safeHttpUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether an uploaded file is HTML (sent as `{html}` so the server extracts the article) or plain text. */
export function isHtmlFile(name: string, type: string): boolean {
  return type === "text/html" || type === "application/xhtml+xml" || /\.(x?html?)$/i.test(name);
}

/** A download name from a title: lower-case words joined by hyphens, never empty. */
export function downloadName(title: string | undefined, extension: "json" | "html"): string {
  const slug = (title ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `wiretrace-${slug || "compare"}.${extension}`;
}

/** An article's paragraphs: its lines, trimmed, blank ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
