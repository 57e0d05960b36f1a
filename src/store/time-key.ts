const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A form of an ISO 8601 time that sorts as the time does, so windows and first/last seen can be
 * compared as text: "2024-11-05T08:30:00-05:00" and "2024-11-05T13:30:00Z" both become
 * "2024-11-05T13:30:00.000Z". A date alone stays "YYYY-MM-DD" (it sorts before every time of that
 * day); a date-time without a zone is read as UTC so the key does not depend on the machine.
 * Text that is not a time is returned trimmed, unchanged.
 */
export function timeKey(iso: string): string {
  const trimmed = iso.trim();
  if (DATE_ONLY.test(trimmed)) return trimmed;
  const zoned = NO_ZONE.test(trimmed) ? `${trimmed.replace(" ", "T")}Z` : trimmed;
  const millis = Date.parse(zoned);
  return Number.isNaN(millis) ? trimmed : new Date(millis).toISOString();
}
