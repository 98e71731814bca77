// Meetings that fit a search, next first: the fellowship, in person near a place or online, the
// type filters, and the time windows. Over tens of thousands of meetings nothing is scanned
// whole: a search near a place reads only the location cells within its radius, and any other
// search walks the meetings in time order, a few hours at a time in each zone, and stops once it
// has as many as a reply can page through. Only the meetings kept are read back as records.
import type { MeetingFilter } from './meetingTypes';
import {
  CELL_DEGREES,
  FLAG_HAS_POINT,
  FLAG_IN_PERSON,
  FLAG_ONLINE,
  FLAG_SPANISH,
  FeedIndex,
  cellOf,
  filterMask,
  indexMeetings,
} from './meetingIndex';
import type { Meeting } from './model';
import { startsBetween, wallClockAt, type Occurrence } from './occurrences';
import type { PlaceQuery } from './parseQuery';
import { milesBetween } from './places';
import type { Window } from './when';
import { DAY, HOUR, MINUTE } from './zonedTime';

export interface MeetingSearch {
  fellowships: readonly string[];
  place?: PlaceQuery;
  inPersonOnly?: boolean;
  filters: readonly MeetingFilter[];
  /** Undefined: the next week from now. */
  windows?: readonly Window[];
  /** 'es': meetings the feed marks as held in Spanish come first (each part next first). */
  preferLanguage?: 'es';
}

export interface FoundMeeting extends Occurrence {
  /** Miles from the place searched, for in-person searches. */
  miles?: number;
}

export const NEAR_MILES = 15;
export const DEFAULT_HORIZON = 7 * DAY;
/** No reply shows more than a few; "more" pages through at most this many. */
const MAX_RESULTS = 60;
/** A search without a place reads the meetings this many hours at a time, in time order. */
const SLICE = 6 * HOUR;
const MILES_PER_DEGREE = 69.05;

/** Meetings in hand (tests, small lists) or the directory's feed indexes. */
export type MeetingSource = readonly Meeting[] | readonly FeedIndex[];

export function searchMeetings(source: MeetingSource, search: MeetingSearch, now: number, radiusMiles = NEAR_MILES): FoundMeeting[] {
  const indexes = asIndexes(source);
  if (search.preferLanguage === 'es') {
    const spanish = find(indexes, search, now, radiusMiles, FLAG_SPANISH);
    const rest = find(indexes, search, now, radiusMiles, 0);
    const seen = new Set(spanish.map(keyOf));
    return [...spanish, ...rest.filter((f) => !seen.has(keyOf(f)))].slice(0, MAX_RESULTS);
  }
  return find(indexes, search, now, radiusMiles, 0);
}

function find(
  indexes: readonly FeedIndex[],
  search: MeetingSearch,
  now: number,
  radiusMiles: number,
  requiredFlags: number,
): FoundMeeting[] {
  const windows = merged(
    (search.windows ?? [{ from: now, to: now + DEFAULT_HORIZON }])
      .map((w) => ({ from: Math.max(now, w.from), to: w.to }))
      .filter((w) => w.to > w.from),
  );
  const relevant = indexes.filter((ix) => search.fellowships.length === 0 || search.fellowships.includes(ix.fellowship));
  const masks = filterMask(search.filters);
  let required = requiredFlags;
  if (search.inPersonOnly) required |= FLAG_IN_PERSON;
  if (search.place?.kind === 'online') required |= FLAG_ONLINE;
  if (search.place?.kind === 'near') required |= FLAG_IN_PERSON | FLAG_HAS_POINT;
  const fits = (ix: FeedIndex, i: number) =>
    (ix.data.flags[i] & required) === required && masks.every((m) => (ix.data.filters[i] & m) !== 0);

  const found: FoundMeeting[] = [];
  const add = (ix: FeedIndex, i: number, from: number, to: number, miles?: number) => {
    const { day, minute, zone, zones, duration } = ix.data;
    for (const start of startsBetween(day[i], minute[i], zones[zone[i]], from, to)) {
      found.push({ meeting: ix.meeting(i), start, end: start + duration[i] * MINUTE, miles });
    }
  };

  if (search.place?.kind === 'near') {
    const center = search.place.place;
    for (const ix of relevant) {
      for (const i of nearby(ix, center, radiusMiles)) {
        if (!fits(ix, i)) continue;
        const miles = milesBetween(center, { latitude: ix.data.latitude[i], longitude: ix.data.longitude[i] });
        if (miles > radiusMiles) continue;
        for (const w of windows) add(ix, i, w.from, w.to, miles);
      }
    }
    return ordered(found);
  }

  // In time order, a slice at a time: once a slice ends with enough, later ones cannot come first.
  for (const w of windows) {
    for (let from = w.from; from < w.to; from += SLICE) {
      const to = Math.min(w.to, from + SLICE);
      for (const ix of relevant) {
        for (let z = 0; z < ix.data.zones.length; z++) {
          // An hour either side: a daylight-saving change moves the wall clock by one.
          const first = weekMinute(wallClockAt(from, ix.data.zones[z])) - 60;
          const span = Math.ceil((to - from) / MINUTE) + 120;
          for (const i of ix.inWeekMinutes(z, first, first + span)) if (fits(ix, i)) add(ix, i, from, to);
        }
      }
      if (found.length >= MAX_RESULTS) return ordered(found);
    }
  }
  return ordered(found);
}

/** Meeting numbers in the cells a circle of `miles` around `center` touches. */
function* nearby(ix: FeedIndex, center: { latitude: number; longitude: number }, miles: number): Generator<number> {
  const latSpan = miles / MILES_PER_DEGREE;
  const lngSpan = miles / (MILES_PER_DEGREE * Math.max(0.05, Math.cos((center.latitude * Math.PI) / 180)));
  const low = cellOf(center.latitude - latSpan, center.longitude - lngSpan);
  const high = cellOf(center.latitude + latSpan, center.longitude + lngSpan);
  for (let row = low.row; row <= high.row; row++) {
    for (let column = low.column; column <= high.column; column++) yield* ix.inCell(row, column);
  }
}

/** The time zone of the nearest meeting with coordinates within `maxMiles`, looking outward ring by ring. */
export function nearestZone(
  indexes: readonly FeedIndex[],
  place: { latitude: number; longitude: number },
  maxMiles: number,
): string | undefined {
  const center = cellOf(place.latitude, place.longitude);
  const ringMiles = CELL_DEGREES * MILES_PER_DEGREE * Math.max(0.05, Math.cos((place.latitude * Math.PI) / 180));
  const maxRing = Math.ceil(maxMiles / ringMiles) + 1;
  let best: { miles: number; zone: string } | undefined;
  for (let ring = 0; ring <= maxRing; ring++) {
    // Every point in ring r is at least (r - 1) cells away.
    if (best && (ring - 1) * ringMiles > best.miles) break;
    for (let row = center.row - ring; row <= center.row + ring; row++) {
      for (let column = center.column - ring; column <= center.column + ring; column++) {
        if (Math.max(Math.abs(row - center.row), Math.abs(column - center.column)) !== ring) continue;
        for (const ix of indexes) {
          for (const i of ix.inCell(row, column)) {
            const miles = milesBetween(place, { latitude: ix.data.latitude[i], longitude: ix.data.longitude[i] });
            if (miles <= maxMiles && (!best || miles < best.miles)) best = { miles, zone: ix.data.zones[ix.data.zone[i]] };
          }
        }
      }
    }
  }
  return best?.zone;
}

function weekMinute(wall: number): number {
  const date = new Date(wall);
  return date.getUTCDay() * 1440 + date.getUTCHours() * 60 + date.getUTCMinutes();
}

/** Overlapping windows ("tonight" and "after 8") as one, in time order. */
function merged(windows: { from: number; to: number }[]): { from: number; to: number }[] {
  const sorted = [...windows].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ ...w });
  }
  return out;
}

function ordered(found: FoundMeeting[]): FoundMeeting[] {
  // Plain comparisons: localeCompare on thousands of ties costs tens of milliseconds.
  found.sort(
    (a, b) =>
      a.start - b.start || (a.miles ?? 0) - (b.miles ?? 0) || (a.meeting.id < b.meeting.id ? -1 : a.meeting.id > b.meeting.id ? 1 : 0),
  );
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(keyOf(f)) && Boolean(seen.add(keyOf(f)))).slice(0, MAX_RESULTS);
}

function keyOf(f: FoundMeeting): string {
  return `${f.meeting.id}@${f.start}`;
}

const indexed = new WeakMap<readonly Meeting[], FeedIndex[]>();

function asIndexes(source: MeetingSource): readonly FeedIndex[] {
  if (source.length === 0 || source[0] instanceof FeedIndex) return source as readonly FeedIndex[];
  const meetings = source as readonly Meeting[];
  let indexes = indexed.get(meetings);
  if (!indexes) {
    const byFellowship = new Map<string, Meeting[]>();
    for (const m of meetings) byFellowship.set(m.fellowship, [...(byFellowship.get(m.fellowship) ?? []), m]);
    indexes = [...byFellowship].map(([fellowship, list]) => indexMeetings(list, fellowship));
    indexed.set(meetings, indexes);
  }
  return indexes;
}
