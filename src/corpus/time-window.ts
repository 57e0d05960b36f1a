/** Publication times as milliseconds, and windows of days around them. */
import type { TimeWindow } from "../store/index.js";

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch, or undefined for no or an unreadable time. */
export function timeOf(published: string | undefined): number | undefined {
  const time = published ? Date.parse(published) : NaN;
  return Number.isNaN(time) ? undefined : time;
}

/** The window of `days` either side of a publication time; null when there is none. */
export function windowAround(published: string | undefined, days: number): TimeWindow | null {
  const time = timeOf(published);
  if (time === undefined) return null;
  return { from: new Date(time - days * DAY_MS).toISOString(), to: new Date(time + days * DAY_MS).toISOString() };
}
