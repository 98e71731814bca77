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
  const out: Occurrence[] = [];
  const firstDay = startOfDay(memo(`w|${meeting.timeZone}|${from}`, () => wallClock(from, meeting.timeZone)));
  const days = Math.min(15, Math.ceil((until - from) / DAY) + 1);
  const minutes = minutesOf(meeting.start);
  for (let i = 0; i <= days; i++) {
    const day = firstDay + i * DAY;
    if (weekdayOf(day) !== meeting.day) continue;
    const wall = day + minutes * MINUTE;
    const start = memo(`i|${meeting.timeZone}|${wall}`, () => instantOf(wall, meeting.timeZone));
    if (start >= from && start < until) out.push({ meeting, start, end: start + meeting.durationMinutes * MINUTE });
  }
  return out;
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
