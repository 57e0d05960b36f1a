/** Which page a path shows. The server sends one HTML shell for every page; the script picks the page. */

export type Route =
  | { page: "compare" }
  | { page: "stories" }
  | { page: "story"; id: number }
  | { page: "article"; id: number }
  | { page: "not-found" };

/** Positive whole numbers only: ids in the store start at 1. */
export function parseId(text: string | null | undefined): number | null {
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/** The page for a location pathname; a trailing slash is ignored. */
export function routeOf(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === "/" || path === "/compare") return { page: "compare" };
  if (path === "/stories") return { page: "stories" };
  const match = /^\/(stories|articles)\/([^/]+)$/.exec(path);
  const id = parseId(match?.[2]);
  if (match && id !== null) return match[1] === "stories" ? { page: "story", id } : { page: "article", id };
  return { page: "not-found" };
}

/** The stored pair a compare link asks for (`?source=ID&rewrite=ID`), or null when it names none. */
export function storedPairOf(search: string): { source: number; rewrite: number } | null {
  const params = new URLSearchParams(search);
  const source = parseId(params.get("source"));
  const rewrite = parseId(params.get("rewrite"));
  return source !== null && rewrite !== null ? { source, rewrite } : null;
}

/** Link to the compare page for two stored articles. */
export function compareHref(source: number, rewrite: number): string {
  return `/compare?source=${source}&rewrite=${rewrite}`;
}

export function articleHref(id: number): string {
  return `/articles/${id}`;
}

export function storyHref(id: number): string {
  return `/stories/${id}`;
}
