/** The slice of a list a page shows, from its `?offset=` query. */
export function pageWindow(search: string, limit: number): { limit: number; offset: number } {
  const raw = new URLSearchParams(search).get("offset") ?? "";
  const offset = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  return { limit, offset };
}
