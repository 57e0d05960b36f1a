/** What each side of the compare form sends: the typed text, or what a file or stored article loaded. */
import type { CompareDoc } from "./api-types.js";
import { isHtmlFile } from "./format.js";

/** Content put in a text box by an upload or a stored article, and how to send it while unchanged. */
export interface LoadedInput {
  content: string;
  doc: CompareDoc;
  /** Says where the content came from, shown under the box. */
  note: string;
}

/**
 * The document to send for a box: what was loaded into it while the box still holds exactly that,
 * else its text. Null when the box is blank.
 */
export function docFor(value: string, loaded: LoadedInput | null): CompareDoc | null {
  if (loaded && value === loaded.content) return loaded.doc;
  return value.trim() === "" ? null : { text: value };
}

/** Text boxes hold "\n" line breaks only, so loaded content is compared in that form. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** An uploaded file's content as a side of the comparison: HTML pages go as HTML for the server to extract. */
export function loadedFromFile(name: string, type: string, raw: string): LoadedInput {
  const content = normalizeNewlines(raw);
  return isHtmlFile(name, type)
    ? { content, doc: { html: content }, note: `${name}: sent as HTML; the server extracts the article from the page.` }
    : { content, doc: { text: content }, note: `${name} loaded.` };
}

/** A stored article loaded into a box: sent by id so the server uses the stored version. */
export function loadedFromStore(id: number, text: string, label: string): LoadedInput {
  return { content: normalizeNewlines(text), doc: { id }, note: `Stored article ${label}; edit the text to compare your own version instead.` };
}

/** The text a report's offsets index, when the page knows it: typed or stored text, not raw HTML. */
export function originalText(doc: CompareDoc, content: string): string | undefined {
  return "html" in doc ? undefined : content;
}
