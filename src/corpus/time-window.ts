/** Windows of days around publication times. */
import { DAY_MS, timeOf } from "../ingest/instant.js";
import type { TimeWindow } from "../store/index.js";

/** The window of `days` either side of a publication time; null when there is none. */
export function windowAround(published: string | undefined, days: number): TimeWindow | null {
  const time = timeOf(published);
  if (time === undefined) return null;
  return { from: new Date(time - days * DAY_MS).toISOString(), to: new Date(time + days * DAY_MS).toISOString() };
}
