/**
 * HTML detection and article extraction: Readability picks the article out of the page, and its
 * blocks become paragraphs separated by blank lines so sentence splitting sees the breaks.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
  published?: string;
}

/** A document opens with a doctype or a structural tag (comments and an XML declaration may come first). */
const LEADING_TAG =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|title|meta)\b[^>]*>/i;
const CLOSING_TAG = /<\/(?:html|head|body|article|main|section|div|p|h[1-6]|title)\s*>/i;

const BLOCK_TAGS = new Set(
  (
    "P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE " +
    "TABLE TR TD TH FIGURE FIGCAPTION DL DT DD HR ADDRESS DETAILS SUMMARY"
  ).split(" "),
);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for text that opens like an HTML document and has closing tags; a stray "<" in prose is not enough. */
export function looksLikeHtml(text: string): boolean {
  return LEADING_TAG.test(text) && CLOSING_TAG.test(text);
}

/** Extracts the article from an HTML page, or returns null when Readability finds no article text. */
export function extractArticle(html: string): ExtractedArticle | null {
  // linkedom leaves the body empty for a bare fragment, so give it a document around it.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const pageDate = findPageDate(document as unknown as Document);

  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;

  const byline = clean(parsed.byline);
  const blocks = blocksOf(parsed.content).filter((block) => !isBylineBlock(block, byline));
  const text = blocks.join("\n\n");
  if (!hasProse(text)) return null;
  return {
    text,
    title: clean(parsed.title),
    byline,
    published: toIsoDate(parsed.publishedTime) ?? pageDate,
  };
}

/**
 * The text of an HTML fragment (a feed item's content or description) as paragraphs separated
 * by blank lines. No Readability here: the fragment is the article already, however short.
 */
export function htmlToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return blocksOf(document.body as unknown as Node).join("\n\n");
}

/**
 * Readability falls back on whatever text a page has; link labels with no sentence in them
 * ("Home", "News Sport Weather") are navigation, not an article, and comparing them is nonsense.
 */
function hasProse(text: string): boolean {
  return /\p{L}[.!?]["')\]]?(\s|$)/u.test(text) && (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
}

function findPageDate(document: Document): string | undefined {
  for (const selector of DATE_META_SELECTORS) {
    const date = toIsoDate(document.querySelector(selector)?.getAttribute("content"));
    if (date) return date;
  }
  return toIsoDate(document.querySelector("time[datetime]")?.getAttribute("datetime"));
}

/** Keeps an ISO date as written (its local day matters); other parseable dates become full ISO. */
function toIsoDate(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (ISO_DATE.test(trimmed)) return trimmed.replace(" ", "T");
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The text of each block element, whitespace collapsed, line breaks from <br> kept. */
function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const block = current
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (block !== "") blocks.push(block);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    node.childNodes.forEach(walk);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Readability reports the byline but often leaves its "By ..." line in the body too. */
function isBylineBlock(block: string, byline: string | undefined): boolean {
  if (!byline) return false;
  const normalized = block.replace(/^by\s+/i, "").trim().toLowerCase();
  return normalized === byline.replace(/^by\s+/i, "").trim().toLowerCase();
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : undefined;
}
