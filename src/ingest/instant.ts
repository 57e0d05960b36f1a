/** Stored times (ISO 8601 text) as instants: one parse for every stage that orders or windows articles. */

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch, or undefined for no or an unreadable time. */
export function timeOf(iso: string | undefined): number | undefined {
  const time = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : time;
}
