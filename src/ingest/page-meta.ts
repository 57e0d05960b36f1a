/**
 * Where a saved HTML page came from, read from its head: the canonical URL and the site's name
 * (Open Graph). A page saved to disk keeps its outlet this way. Regular expressions over the
 * opening of the page, not a second DOM parse: only a few tags are wanted.
 */

export interface PageMeta {
  /** Absolute http(s) URL from <link rel="canonical"> or og:url. */
  url?: string;
  /** og:site_name or application-name. */
  siteName?: string;
}

/** The head is near the top; past this the page's own body begins. */
const HEAD_CHARS = 64 * 1024;
const TAG = /<(meta|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

export function pageMeta(html: string): PageMeta {
  const head = html.slice(0, HEAD_CHARS);
  const meta: PageMeta = {};
  for (const [, tag, attributeText] of head.matchAll(TAG)) {
    const attributes = parseAttributes(attributeText!);
    if (tag!.toLowerCase() === "link") {
      if (attributes.rel?.toLowerCase() === "canonical") meta.url ??= absoluteHttpUrl(attributes.href);
      continue;
    }
    const key = (attributes.property ?? attributes.name)?.toLowerCase();
    if (key === "og:url") meta.url ??= absoluteHttpUrl(attributes.content);
    if (key === "og:site_name" || key === "application-name") meta.siteName ??= clean(attributes.content);
  }
  return meta;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted, bare] of text.matchAll(ATTRIBUTE)) {
    attributes[name!.toLowerCase()] = decodeEntities(doubleQuoted ?? singleQuoted ?? bare ?? "");
  }
  return attributes;
}

function absoluteHttpUrl(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^https?:\/\//i.test(trimmed) && URL.canParse(trimmed) ? trimmed : undefined;
}

function clean(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/g, " ").trim();
  return collapsed ? collapsed : undefined;
}

/** The entities that turn up in attribute values. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
