// When a weekly meeting next happens. The day and time are the meeting's own, in its own time
// zone; the result is an instant, so a meeting at 21:00 in Los Angeles correctly falls at 00:00
// the next day for someone in New York, and a daylight-saving change moves nothing.
import type { Meeting } from './model';
import { DAY, MINUTE, instantOf, minutesOf, startOfDay, wallClock, weekdayOf } from './zonedTime';

export interface Occurrence {
  meeting: Meeting;
  /** Unix milliseconds of the start. */
  start: number;
  end: number;
}

/** Starts of `meeting` in [from, until), earliest first (at most two weeks are looked at). */
export function occurrencesBetween(meeting: Meeting, from: number, until: number): Occurrence[] {
  return startsBetween(meeting.day, minutesOf(meeting.start), meeting.timeZone, from, until).map((start) => ({
    meeting,
    start,
    end: start + meeting.durationMinutes * MINUTE,
  }));
}

/** Instants in [from, until) at which a weekly meeting on `day` at `minutes` past midnight in `zone` starts. */
export function startsBetween(day: number, minutes: number, zone: string, from: number, until: number): number[] {
  const out: number[] = [];
  const firstDay = startOfDay(memo(`w|${zone}|${from}`, () => wallClock(from, zone)));
  const days = Math.min(15, Math.ceil((until - from) / DAY) + 1);
  for (let i = 0; i <= days; i++) {
    const wallDay = firstDay + i * DAY;
    if (weekdayOf(wallDay) !== day) continue;
    const wall = wallDay + minutes * MINUTE;
    const start = memo(`i|${zone}|${wall}`, () => instantOf(wall, zone));
    if (start >= from && start < until) out.push(start);
  }
  return out;
}

/** The wall clock in `zone` at an instant, remembered (searches ask for a few instants over and over). */
export function wallClockAt(instant: number, zone: string): number {
  return memo(`w|${zone}|${instant}`, () => wallClock(instant, zone));
}

// Intl is the slow part, and meetings share zones and start times (many at 19:00 in one zone):
// results are remembered. Both functions are pure, so a bounded cache is always correct.
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

function memo(key: string, compute: () => number): number {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}
