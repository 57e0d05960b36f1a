/**
 * Publication times to ISO 8601. A time with a zone (RFC 822 feed dates, "...Z") becomes a UTC
 * instant; a wall-clock time without a zone stays wall-clock ("2024-03-03T10:15:00"), and a bare
 * day stays a day, since inventing a zone or a time would move the article in time.
 */
import * as chronoEnglish from "chrono-node/en";

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * ISO 8601 for a date as feeds and data sets write it ("Sun, 03 Mar 2024 10:00:00 GMT",
 * "March 3, 2024", "2024-03-03T10:00:00Z"); undefined when it is not a full calendar date
 * ("yesterday", "March 2024", "soon"). Numeric dates like "3/4/2024" are read month first.
 */
export function normalisePublished(value: string | Date): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) {
    const time = Date.parse(trimmed);
    if (Number.isNaN(time)) return undefined;
    // With a zone, one UTC form: stored times are compared as text, and "09:55-05:00" is after "12:05Z".
    return HAS_ZONE.test(trimmed) ? new Date(time).toISOString() : trimmed.replace(" ", "T");
  }

  // The strict parser reads formal dates only, never relative ones like "next week".
  const [result] = chronoEnglish.strict.parse(trimmed);
  if (!result || result.index !== 0 || result.text.length !== trimmed.length) return undefined;
  const when = result.start;
  if (!when.isCertain("year") || !when.isCertain("month") || !when.isCertain("day")) return undefined;
  if (when.isCertain("hour") && when.isCertain("timezoneOffset")) return when.date().toISOString();
  const day = `${pad(when.get("year")!, 4)}-${pad(when.get("month")!)}-${pad(when.get("day")!)}`;
  if (!when.isCertain("hour")) return day;
  return `${day}T${pad(when.get("hour")!)}:${pad(when.get("minute") ?? 0)}:${pad(when.get("second") ?? 0)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}
