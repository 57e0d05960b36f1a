const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** A class-name token from a report value; anything outside [a-z0-9-] is dropped, not escaped. */
export function classToken(value: string): string {
  return String(value).toLowerCase().replace(/[^a-z0-9-]/g, "");
}
