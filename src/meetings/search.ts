// Meetings that fit a search, next first: the fellowship, in person near a place (haversine
// distance) or online, the type filters, and the time windows. Cheap tests run before the
// time-zone arithmetic, so a search over thousands of meetings stays fast.
import { meetsFilter, type MeetingFilter } from './meetingTypes';
import type { Meeting } from './model';
import { occurrencesBetween, type Occurrence } from './occurrences';
import type { PlaceQuery } from './parseQuery';
import { milesBetween } from './places';
import type { Window } from './when';
import { DAY } from './zonedTime';

export interface MeetingSearch {
  fellowships: readonly string[];
  place?: PlaceQuery;
  inPersonOnly?: boolean;
  filters: readonly MeetingFilter[];
  /** Undefined: the next week from now. */
  windows?: readonly Window[];
}

export interface FoundMeeting extends Occurrence {
  /** Miles from the place searched, for in-person searches. */
  miles?: number;
}

export const NEAR_MILES = 15;
export const DEFAULT_HORIZON = 7 * DAY;
/** No reply shows more than a few; "more" pages through at most this many. */
const MAX_RESULTS = 60;

export function searchMeetings(meetings: readonly Meeting[], search: MeetingSearch, now: number, radiusMiles = NEAR_MILES): FoundMeeting[] {
  const windows = (search.windows ?? [{ from: now, to: now + DEFAULT_HORIZON }]).map((w) => ({ from: Math.max(now, w.from), to: w.to })).filter((w) => w.to > w.from);
  const found: FoundMeeting[] = [];
  for (const meeting of meetings) {
    if (search.fellowships.length && !search.fellowships.includes(meeting.fellowship)) continue;
    if (!search.filters.every((f) => meetsFilter(meeting.types, f))) continue;
    if (search.inPersonOnly && meeting.attendance === 'online') continue;
    let miles: number | undefined;
    if (search.place?.kind === 'online') {
      if (meeting.attendance === 'in_person') continue;
    } else if (search.place?.kind === 'near') {
      const at = meeting.place;
      if (meeting.attendance === 'online' || at?.latitude === undefined || at.longitude === undefined) continue;
      miles = milesBetween(search.place.place, { latitude: at.latitude, longitude: at.longitude });
      if (miles > radiusMiles) continue;
    }
    for (const window of windows) {
      for (const occurrence of occurrencesBetween(meeting, window.from, window.to)) found.push({ ...occurrence, miles });
    }
  }
  // Plain comparisons: localeCompare on thousands of ties costs tens of milliseconds.
  found.sort((a, b) => a.start - b.start || (a.miles ?? 0) - (b.miles ?? 0) || (a.meeting.id < b.meeting.id ? -1 : a.meeting.id > b.meeting.id ? 1 : 0));
  return dedupe(found).slice(0, MAX_RESULTS);
}

/** Overlapping windows ("tonight" and "after 8") must not list a meeting twice. */
function dedupe(found: FoundMeeting[]): FoundMeeting[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.meeting.id}@${f.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
