// One feed's meetings in a form fit for tens of thousands: numbers in typed arrays (day, minute,
// zone, coordinates, what a filter needs) that a search scans without touching an object, two
// orders built once - by location cell and by time of week in each zone - and each meeting's
// full record kept as JSON text, read back only for the few a reply shows. The arrays and the
// text cross from the worker that builds them without being copied field by field, and take a
// fraction of the memory of 50,000 objects.
import { MEETING_FILTER_IDS, MEETING_FILTERS, meetsFilter, type MeetingFilter } from './meetingTypes';
import type { Meeting } from './model';
import { minutesOf } from './zonedTime';

/** What a worker sends: plain data and typed arrays only. */
export interface IndexData {
  count: number;
  /** Every meeting's JSON, one after the other; meeting i is json.slice(offsets[i], offsets[i + 1]). */
  json: string;
  offsets: Uint32Array;
  day: Uint8Array;
  minute: Uint16Array;
  duration: Uint16Array;
  zone: Uint16Array;
  zones: string[];
  latitude: Float64Array;
  longitude: Float64Array;
  /** FLAG_* bits. */
  flags: Uint8Array;
  /** Bit i: meets MEETING_FILTER_IDS[i]. */
  filters: Uint16Array;
  /** Meeting numbers ordered by location cell; cellKeys[j] is the cell of byCell[cellStarts[j]..cellStarts[j + 1]). */
  byCell: Uint32Array;
  cellKeys: Int32Array;
  cellStarts: Uint32Array;
  /** Meeting numbers ordered by zone, then minute of the week; zone z is byTime[zoneStarts[z]..zoneStarts[z + 1]). */
  byTime: Uint32Array;
  zoneStarts: Uint32Array;
}

export const FLAG_IN_PERSON = 1;
export const FLAG_ONLINE = 2;
export const FLAG_HAS_POINT = 4;
/** The feed marks the meeting as held in Spanish. */
export const FLAG_SPANISH = 8;

/** Cells of 0.2 degrees: about 14 miles north-south, a search's radius spans a few. */
export const CELL_DEGREES = 0.2;
const WEEK_MINUTES = 7 * 24 * 60;

export function cellOf(latitude: number, longitude: number): { row: number; column: number } {
  return { row: Math.floor((latitude + 90) / CELL_DEGREES), column: Math.floor((longitude + 180) / CELL_DEGREES) };
}

export function cellKey(row: number, column: number): number {
  return row * 2000 + column;
}

export function filterBits(meeting: Meeting): number {
  let bits = 0;
  MEETING_FILTER_IDS.forEach((id, i) => {
    if (meetsFilter(meeting.types, id)) bits |= 1 << i;
  });
  return bits;
}

export function filterMask(filters: readonly MeetingFilter[]): number[] {
  return filters.map((f) => 1 << MEETING_FILTER_IDS.indexOf(f));
}

export function isSpanish(meeting: Meeting): boolean {
  return (
    (meeting.languages ?? []).includes('es') ||
    (MEETING_FILTERS.spanish as readonly string[]).some((code) => (meeting.types as readonly string[]).includes(code))
  );
}

/** Builds the index data for meetings (in a worker, or at once for small shipped files). */
export function buildIndexData(meetings: readonly Meeting[]): IndexData {
  const count = meetings.length;
  const zones: string[] = [];
  const zoneNumbers = new Map<string, number>();
  const day = new Uint8Array(count);
  const minute = new Uint16Array(count);
  const duration = new Uint16Array(count);
  const zone = new Uint16Array(count);
  const latitude = new Float64Array(count);
  const longitude = new Float64Array(count);
  const flags = new Uint8Array(count);
  const filters = new Uint16Array(count);
  const offsets = new Uint32Array(count + 1);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < count; i++) {
    const m = meetings[i];
    const text = JSON.stringify(m);
    parts.push(text);
    offsets[i] = length;
    length += text.length;
    day[i] = m.day;
    minute[i] = minutesOf(m.start);
    duration[i] = m.durationMinutes;
    let z = zoneNumbers.get(m.timeZone);
    if (z === undefined) {
      z = zones.length;
      zones.push(m.timeZone);
      zoneNumbers.set(m.timeZone, z);
    }
    zone[i] = z;
    const at = m.place;
    const hasPoint = at?.latitude !== undefined && at.longitude !== undefined;
    latitude[i] = hasPoint ? at.latitude! : Number.NaN;
    longitude[i] = hasPoint ? at.longitude! : Number.NaN;
    flags[i] =
      (m.attendance !== 'online' ? FLAG_IN_PERSON : 0) |
      (m.attendance !== 'in_person' ? FLAG_ONLINE : 0) |
      (hasPoint ? FLAG_HAS_POINT : 0) |
      (isSpanish(m) ? FLAG_SPANISH : 0);
    filters[i] = filterBits(m);
  }
  offsets[count] = length;

  const located = Array.from({ length: count }, (_, i) => i).filter((i) => flags[i] & FLAG_HAS_POINT);
  const keyOf = (i: number) => {
    const { row, column } = cellOf(latitude[i], longitude[i]);
    return cellKey(row, column);
  };
  const keys = new Map(located.map((i) => [i, keyOf(i)]));
  located.sort((a, b) => keys.get(a)! - keys.get(b)! || a - b);
  const cellKeys: number[] = [];
  const cellStarts: number[] = [];
  located.forEach((i, position) => {
    const key = keys.get(i)!;
    if (cellKeys[cellKeys.length - 1] !== key) {
      cellKeys.push(key);
      cellStarts.push(position);
    }
  });
  cellStarts.push(located.length);

  const weekMinute = (i: number) => day[i] * 1440 + minute[i];
  const timed = Array.from({ length: count }, (_, i) => i).sort((a, b) => zone[a] - zone[b] || weekMinute(a) - weekMinute(b) || a - b);
  const zoneStarts = new Uint32Array(zones.length + 1);
  for (let z = 0, position = 0; z <= zones.length; z++) {
    while (position < count && zone[timed[position]] < z) position++;
    zoneStarts[z] = position;
  }

  return {
    count,
    json: parts.join(''),
    offsets,
    day,
    minute,
    duration,
    zone,
    zones,
    latitude,
    longitude,
    flags,
    filters,
    byCell: Uint32Array.from(located),
    cellKeys: Int32Array.from(cellKeys),
    cellStarts: Uint32Array.from(cellStarts),
    byTime: Uint32Array.from(timed),
    zoneStarts,
  };
}

/** The buffers a worker hands over rather than copies. */
export function transferList(data: IndexData): ArrayBuffer[] {
  return [
    data.offsets,
    data.day,
    data.minute,
    data.duration,
    data.zone,
    data.latitude,
    data.longitude,
    data.flags,
    data.filters,
    data.byCell,
    data.cellKeys,
    data.cellStarts,
    data.byTime,
    data.zoneStarts,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** A feed's index as the directory holds it: the data, plus the meetings a reply has shown. */
export class FeedIndex {
  private readonly cache = new Map<number, Meeting>();

  constructor(
    readonly data: IndexData,
    /** The content group id every meeting of this feed belongs to. */
    readonly fellowship: string,
  ) {}

  get count(): number {
    return this.data.count;
  }

  /** The full record of meeting i, read from its JSON the first time it is needed. */
  meeting(i: number): Meeting {
    let found = this.cache.get(i);
    if (!found) {
      if (this.cache.size >= 4096) this.cache.clear();
      found = JSON.parse(this.data.json.slice(this.data.offsets[i], this.data.offsets[i + 1])) as Meeting;
      this.cache.set(i, found);
    }
    return found;
  }

  all(): Meeting[] {
    return Array.from({ length: this.count }, (_, i) => this.meeting(i));
  }

  /** Meeting numbers in a location cell. */
  inCell(row: number, column: number): Uint32Array {
    const key = cellKey(row, column);
    const keys = this.data.cellKeys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (keys[mid] === key) return this.data.byCell.subarray(this.data.cellStarts[mid], this.data.cellStarts[mid + 1]);
      if (keys[mid] < key) low = mid + 1;
      else high = mid - 1;
    }
    return EMPTY;
  }

  /**
   * Meeting numbers of zone z whose minute of the week is in [from, to) (minutes since Sunday
   * 00:00 in that zone; a range past the week's end wraps to its start).
   */
  *inWeekMinutes(z: number, from: number, to: number): Generator<number> {
    if (to - from >= WEEK_MINUTES) {
      const all = this.data.byTime.subarray(this.data.zoneStarts[z], this.data.zoneStarts[z + 1]);
      yield* all;
      return;
    }
    const start = ((from % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    const end = start + (to - from);
    yield* this.range(z, start, Math.min(end, WEEK_MINUTES));
    if (end > WEEK_MINUTES) yield* this.range(z, 0, end - WEEK_MINUTES);
  }

  private *range(z: number, from: number, to: number): Generator<number> {
    const { byTime, zoneStarts, day, minute } = this.data;
    const weekMinute = (position: number) => day[byTime[position]] * 1440 + minute[byTime[position]];
    let low = zoneStarts[z];
    let high = zoneStarts[z + 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (weekMinute(mid) < from) low = mid + 1;
      else high = mid;
    }
    for (let p = low; p < zoneStarts[z + 1] && weekMinute(p) < to; p++) yield byTime[p];
  }
}

const EMPTY = new Uint32Array(0);

/** An index over meetings in hand (tests, the shipped samples). */
export function indexMeetings(meetings: readonly Meeting[], fellowship = ''): FeedIndex {
  return new FeedIndex(buildIndexData(meetings), fellowship);
}
