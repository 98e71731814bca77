// Wall-clock time in a named time zone, with nothing but Intl. A "wall" value is the local date
// and time written as if it were UTC milliseconds (Date.UTC(y, m, d, h, min)): plain arithmetic
// on days and minutes, no offsets. `instantOf` turns it back into a real instant in a zone.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time in `timeZone` at `instant`, as a wall value (seconds dropped). */
export function wallClock(instant: number, timeZone: string): number {
  const offset = hourOffset(instant, timeZone);
  return offset === undefined ? wallClockIntl(instant, timeZone) : Math.floor((instant + offset) / MINUTE) * MINUTE;
}

/** What Intl says, field by field: the reference the faster path is checked against. */
export function wallClockIntl(instant: number, timeZone: string): number {
  const parts = fields(instant, timeZone);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
}

function fields(instant: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** Exact offset (to the second) of `timeZone` at `instant`. */
function secondsOffset(instant: number, timeZone: string): number {
  const p = fields(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

// Intl is slow, and a turn asks for the wall clock in a few zones many times. A zone's offset
// changes a few times a year at most, never twice in an hour: when it is the same at the first
// and the last millisecond of a UTC hour, it holds for the whole hour and is kept; an hour with
// a change in it is left to Intl.
const hourOffsets = new Map<string, number | null>();
const HOUR_OFFSETS_LIMIT = 10_000;

function hourOffset(instant: number, timeZone: string): number | undefined {
  const hour = Math.floor(instant / HOUR);
  const key = `${timeZone}|${hour}`;
  let offset = hourOffsets.get(key);
  if (offset === undefined) {
    const first = secondsOffset(hour * HOUR, timeZone);
    offset = first === secondsOffset((hour + 1) * HOUR - 1, timeZone) ? first : null;
    if (hourOffsets.size >= HOUR_OFFSETS_LIMIT) hourOffsets.clear();
    hourOffsets.set(key, offset);
  }
  return offset ?? undefined;
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (New York in winter: -5 h). */
function offsetAt(instant: number, timeZone: string): number {
  const minute = Math.floor(instant / MINUTE) * MINUTE;
  return wallClock(minute, timeZone) - minute;
}

/**
 * The instant a wall time happens in `timeZone`. When clocks go back the time happens twice:
 * the first is taken. When they go forward the time does not exist: it is moved forward by the
 * gap (02:30 on a spring-forward night is 03:30), as a wall clock would show.
 */
export function instantOf(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => wallClock(instant, timeZone) === wall);
  if (candidates.length) return Math.min(...candidates);
  return wall - before;
}

/** Midnight of a wall value's day. */
export function startOfDay(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

/** 0 = Sunday ... 6 = Saturday for a wall value. */
export function weekdayOf(wall: number): number {
  return new Date(wall).getUTCDay();
}

/** "19:30" -> minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** A wall value from a "YYYY-MM-DD" and optional "HH:MM[:SS]" (recognizers-text's resolution format). */
export function wallFrom(date: string, time = '00:00'): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!d || !t) return undefined;
  const year = Number(d[1]);
  if (year < 1970) return undefined;
  return Date.UTC(year, Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/** A wall value as a JavaScript Date whose *local* fields show it (what recognizers-text reads). */
export function wallAsLocalDate(wall: number): Date {
  const d = new Date(wall);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}
