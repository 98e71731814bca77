// "Find an AA meeting tonight near 94110": a search over the meeting feeds, by place (a ZIP code,
// a city, or online), time and type, answered with the next few meetings in each meeting's own
// time zone. Honest about what it does not know: a feed that cannot be read is said so, with
// the fellowship's own meeting finder, and never reported as "no meetings".
import type { Action } from './action';
import type { Group, Locale } from '../content/schema';
import {
  MEETING_FILTER_IDS,
  NEAR_MILES,
  looksLikeMeetingSearch,
  parseMeetingQuery,
  parsePlaceAnswer,
  searchMeetings,
  shownTypeLabels,
  typeLabel,
  type FoundMeeting,
  type Meeting,
  type MeetingKit,
  type MeetingQuery,
  type MeetingSearch,
  type PlaceQuery,
} from '../src/meetings';
import { clockTime, daysFromToday, longWeekday, sameOffset, shortWeekday, zoneName } from '../src/meetings/displayTime';
import { MEETING_FILTERS, isLanguageType } from '../src/meetings/meetingTypes';
import { recognizeWhen } from '../src/meetings/when';
import { DAY, instantOf, startOfDay, wallClock } from '../src/meetings/zonedTime';
import { text, type Choice, type LinkItem, type MeetingItem, type ReplyPart } from '../src/render/reply';
import type { MeetingSearchState } from './meetingsState';
import type { Turn } from './turn';

/** Meetings shown at a time: enough to choose from, short enough for a phone. */
const PAGE = 3;
/** When nothing fits the time asked for, the next meetings in this span after it are offered. */
const LATER_SPAN = 7 * DAY;
/** Secular AA meetings are AA meetings of type "Secular" in the AA lists. */
const LISTED_AS: Record<string, { fellowship: string; filter: (typeof MEETING_FILTER_IDS)[number] }> = {
  'secular-aa': { fellowship: 'alcoholics-anonymous', filter: 'secular' },
};

function meetingKit(turn: Turn): MeetingKit | undefined {
  return turn.kit.meetings;
}

/** The zone for a search that has no place: the person's device's, else the configured one. */
function personalZone(turn: Turn, kit: MeetingKit): string {
  return turn.timeZone ?? kit.defaultTimeZone;
}

/**
 * Free text that is a meeting search, or that answers the search's pending question ("Where?",
 * "Which day?"). False when the words are something else: the root dialog goes on with them.
 * `unlessOnlyAskingForFit`: the message also reads as a request to be matched, so it is a search
 * only when it names a place, a time, a group or a kind of meeting.
 */
export function meetingSearchFromText(turn: Turn, typed: string, { unlessOnlyAskingForFit = false } = {}): boolean {
  const kit = meetingKit(turn);
  const pending = turn.state.meetings;
  if (!kit) return false;
  if (pending?.asking === 'place') {
    const place = parsePlaceAnswer(typed);
    if (place && !looksLikeMeetingSearch(typed)) {
      setPlace(kit, pending, place);
      showMeetingResults(turn);
      return true;
    }
    if (!place && !looksLikeMeetingSearch(typed) && /^\s*\d{5}\s*$/.test(typed)) {
      askPlace(turn, pending, true);
      return true;
    }
    pending.asking = undefined;
  } else if (pending?.asking === 'day') {
    pending.asking = undefined;
    const windows = recognizeWhen(typed, turn.locale, turn.now, pending.timeZone);
    if (windows?.length && !looksLikeMeetingSearch(typed)) {
      Object.assign(pending, { windows, shown: 0 });
      showMeetingResults(turn);
      return true;
    }
  }
  if (!looksLikeMeetingSearch(typed)) return false;
  const query = parseMeetingQuery(typed, {
    locale: turn.locale,
    now: turn.now,
    defaultTimeZone: personalZone(turn, kit),
    groupsNamed: (t) => turn.kit.lookup.groupsNamed(t),
    timeZoneNear: (place) => kit.directory.timeZoneNear(place),
  });
  if (
    unlessOnlyAskingForFit &&
    !query.place &&
    !query.unknownPlace &&
    !query.windows?.length &&
    !query.fellowships.length &&
    !query.filters.length &&
    !query.inPersonOnly
  )
    return false;
  startMeetingSearch(turn, query);
  return true;
}

/** "Find a meeting near me" from a group's answer or the recommendations. */
export function findMeetingsFor(turn: Turn, fellowships: string[]): void {
  const kit = meetingKit(turn);
  if (!kit) return;
  const earlier = turn.state.meetings?.place;
  startMeetingSearch(turn, {
    fellowships,
    place: earlier ? placeFromState(earlier) : undefined,
    unknownPlace: false,
    inPersonOnly: false,
    filters: [],
    timeZone: earlier?.kind === 'near' ? (turn.state.meetings?.timeZone ?? personalZone(turn, kit)) : personalZone(turn, kit),
  });
}

/** True when some feed lists meetings of this group (or of the fellowship that lists them). */
export function hasMeetingList(turn: Turn, groupId: string): boolean {
  const kit = meetingKit(turn);
  if (!kit) return false;
  return kit.directory.covers(LISTED_AS[groupId]?.fellowship ?? groupId);
}

/** The actions of the meeting choices: more, another day, a day, online instead, for groups, retry. */
export function runMeetingAction(turn: Turn, action: Extract<Action, { type: 'meet' }>): boolean {
  const kit = meetingKit(turn);
  const search = turn.state.meetings;
  if (!kit) return false;
  if (action.step === 'for') {
    const ids = action.groups.filter((id) => turn.group(id));
    if (ids.length === 0) return false;
    findMeetingsFor(turn, ids);
    return true;
  }
  if (!search) return false;
  switch (action.step) {
    case 'more':
      showMeetingResults(turn, true);
      return true;
    case 'retry':
      search.shown = 0;
      showMeetingResults(turn);
      return true;
    case 'online':
      Object.assign(search, { place: { kind: 'online' }, inPersonOnly: false, timeZone: personalZone(turn, kit), shown: 0 });
      showMeetingResults(turn);
      return true;
    case 'days':
      askDay(turn, search);
      return true;
    case 'day': {
      const [year, month, date] = action.date.split('-').map(Number);
      const wall = Date.UTC(year, month - 1, date);
      const from = Math.max(turn.now, instantOf(wall, search.timeZone));
      const to = instantOf(wall + DAY, search.timeZone);
      Object.assign(search, { windows: to > from ? [{ from, to }] : [], asking: undefined, shown: 0 });
      showMeetingResults(turn);
      return true;
    }
  }
}

function startMeetingSearch(turn: Turn, query: MeetingQuery): void {
  const kit = meetingKit(turn)!;
  const filters = new Set(query.filters);
  const wanted = query.fellowships.map((id) => {
    const listed = LISTED_AS[id];
    if (listed && !kit.directory.covers(id) && kit.directory.covers(listed.fellowship)) {
      filters.add(listed.filter);
      return listed.fellowship;
    }
    return id;
  });
  const covered = [...new Set(wanted.filter((id) => kit.directory.covers(id)))];
  const uncovered = [...new Set(wanted.filter((id) => !kit.directory.covers(id)))];
  if (wanted.length > 0 && covered.length === 0) {
    turn.state.meetings = undefined;
    return showNoMeetingList(turn, uncovered);
  }
  const search: MeetingSearchState = {
    fellowships: covered,
    filters: [...filters],
    inPersonOnly: query.inPersonOnly,
    place: query.place ? placeToState(query.place) : undefined,
    windows: query.windows,
    timeZone: query.timeZone,
    shown: 0,
  };
  turn.state.meetings = search;
  const notes = uncovered.length ? noListParts(turn, uncovered) : [];
  if (!search.place) return askPlace(turn, search, query.unknownPlace, notes);
  showMeetingResults(turn, false, notes);
}

function setPlace(kit: MeetingKit, search: MeetingSearchState, place: PlaceQuery): void {
  search.place = placeToState(place);
  search.asking = undefined;
  search.shown = 0;
  // "tonight" was read in the person's zone; near a place it is the place's evening that counts.
  if (place.kind === 'near' && !search.windows) search.timeZone = kit.directory.timeZoneNear(place.place) ?? search.timeZone;
}

function askPlace(turn: Turn, search: MeetingSearchState, unknown: boolean, notes: ReplyPart[] = []): void {
  search.asking = 'place';
  turn.reply(
    [...notes, text(turn.say(unknown ? 'meetings.placeUnknown' : 'meetings.askPlace'))],
    [turn.choice('meetings.online', { type: 'meet', step: 'online' }), turn.choice('backToMenu', 'menu')],
  );
}

function askDay(turn: Turn, search: MeetingSearchState): void {
  search.asking = 'day';
  const today = startOfDay(wallClock(turn.now, search.timeZone));
  const days: Choice[] = Array.from({ length: 7 }, (_, i) => {
    const wall = today + i * DAY;
    const date = new Date(wall).toISOString().slice(0, 10);
    const label =
      i === 0
        ? turn.say('meetings.today')
        : i === 1
          ? turn.say('meetings.tomorrow')
          : capitalize(longWeekday(instantOf(wall + 12 * 3_600_000, search.timeZone), search.timeZone, turn.locale));
    return turn.labelled(label, { type: 'meet', step: 'day', date });
  });
  turn.reply([], [...days, turn.choice('backToMenu', 'menu')], { prompt: turn.say('meetings.askDay') });
}

/** The next meetings for the search in the conversation's memory. */
export function showMeetingResults(turn: Turn, more = false, notes: ReplyPart[] = []): void {
  const kit = meetingKit(turn)!;
  const search = turn.state.meetings!;
  const view = kit.directory.view(search.fellowships);
  const searched = search.fellowships.length ? search.fellowships : kit.directory.fellowships();
  const parts: ReplyPart[] = [...notes];

  if (view.indexes.length === 0 && view.unreadable.length > 0) {
    // Nothing could be read: the honest answer is "I don't know", with where to look instead.
    turn.record({ type: 'meeting-search', outcome: 'failed' });
    const names = unique(view.unreadable.map((s) => turn.groupName(s.feed.fellowship)));
    parts.push(
      text(turn.say('meetings.feedDown', { name: names.join(', ') })),
      finderLinks(
        turn,
        view.unreadable.map((s) => s.feed.fellowship),
      ),
    );
    return turn.reply(parts, [turn.choice('meetings.tryAgain', { type: 'meet', step: 'retry' }), turn.choice('backToMenu', 'menu')]);
  }

  const criteria = searchOf(search, turn.locale);
  let found = searchMeetings(view.indexes, criteria, turn.now);
  let later = false;
  if (found.length === 0 && search.windows?.length) {
    const from = Math.min(...search.windows.map((w) => w.from));
    found = searchMeetings(view.indexes, { ...criteria, windows: [{ from, to: from + LATER_SPAN }] }, turn.now);
    later = found.length > 0;
  }

  const sampleNote = view.sample ? [text(turn.say('meetings.sample'))] : [];
  parts.push(...sampleNote);
  for (const stale of view.stale) parts.push(text(turn.say('meetings.feedStale', { name: turn.groupName(stale.feed.fellowship) })));
  if (view.unreadable.length) {
    const names = unique(view.unreadable.map((s) => turn.groupName(s.feed.fellowship)));
    parts.push(
      text(turn.say('meetings.feedPartial', { name: names.join(', ') })),
      finderLinks(
        turn,
        view.unreadable.map((s) => s.feed.fellowship),
      ),
    );
  }

  const start = more ? search.shown : 0;
  const page = found.slice(start, start + PAGE);
  search.shown = start + page.length;
  const onlineInstead = search.place?.kind === 'near' ? [turn.choice('meetings.onlineInstead', { type: 'meet', step: 'online' })] : [];
  if (!more) turn.record({ type: 'meeting-search', outcome: page.length ? 'found' : 'empty' });

  if (page.length === 0) {
    if (more) parts.push(text(turn.say('meetings.noMore')));
    else {
      // Only the lists that were read can be said to have no meetings.
      const unreadable = new Set(view.unreadable.map((s) => s.feed.fellowship));
      const named = unreadable.size ? searched.filter((id) => !unreadable.has(id)) : search.fellowships;
      parts.push(text(noneFoundLine(turn, search, named)), finderLinks(turn, searched));
    }
    return turn.reply(parts, [
      turn.choice('meetings.anotherDay', { type: 'meet', step: 'days' }),
      ...onlineInstead,
      turn.choice('backToMenu', 'menu'),
    ]);
  }

  const opening = more ? [] : [text(introLine(turn, search, later))];
  const showFellowship = searched.length > 1;
  const items = page.map((f) => meetingItem(turn, f, search.timeZone, showFellowship));
  // A list names some of a group's meetings, never all: the group's own finder has the rest.
  const groupFinders = !more && search.fellowships.length ? [finderLinks(turn, search.fellowships)] : [];
  parts.push(...opening, { kind: 'meetings', meetings: items }, ...reportLinks(turn, page), ...groupFinders);
  const choices: Choice[] = [];
  if (found.length > search.shown) choices.push(turn.choice('meetings.more', { type: 'meet', step: 'more' }));
  choices.push(turn.choice('meetings.anotherDay', { type: 'meet', step: 'days' }), ...onlineInstead, turn.choice('backToMenu', 'menu'));
  // Where room is short (SMS): the sample note, the opening and the first meeting in short; the
  // meetings in full follow on MORE. A list that may be out of date or incomplete keeps all its notes first.
  const plainView = !view.stale.length && !view.unreadable.length;
  const first = { kind: 'meetings' as const, meetings: [meetingItem(turn, page[0], search.timeZone, showFellowship, true)] };
  const brief = plainView && !notes.length ? [...sampleNote, ...opening, first] : undefined;
  turn.reply(parts, choices, { brief });
}

function searchOf(search: MeetingSearchState, locale: Locale): MeetingSearch {
  return {
    // A Spanish speaker sees the meetings held in Spanish first, where the feed marks them.
    preferLanguage: locale === 'es' ? 'es' : undefined,
    fellowships: search.fellowships,
    filters: search.filters,
    inPersonOnly: search.inPersonOnly,
    place: search.place ? placeFromState(search.place) : undefined,
    windows: search.windows,
  };
}

function whatLine(turn: Turn, search: MeetingSearchState, fellowships = search.fellowships): string {
  const names = fellowships.map((id) => turn.group(id)?.shortName ?? id);
  const what = names.length ? turn.say('meetings.whatNamed', { names: names.join('/') }) : turn.say('meetings.whatAny');
  const filters = search.filters.map((f) => typeLabel(MEETING_FILTERS[f][0], turn.locale));
  return filters.length ? `${what} (${filters.join(', ')})` : what;
}

/** "The next AA meetings near 94110:"; `later` when none fit the time asked and these come after it. */
function introLine(turn: Turn, search: MeetingSearchState, later = false): string {
  const what = whatLine(turn, search);
  if (search.place?.kind === 'near')
    return turn.say(later ? 'meetings.resultsNearLater' : 'meetings.resultsNear', { what, place: search.place.label });
  return turn.say(later ? 'meetings.resultsOnlineLater' : 'meetings.resultsOnline', { what });
}

function noneFoundLine(turn: Turn, search: MeetingSearchState, fellowships: string[]): string {
  const what = whatLine(turn, search, fellowships);
  if (search.place?.kind === 'near') return turn.say('meetings.noneNear', { what, miles: NEAR_MILES, place: search.place.label });
  return turn.say('meetings.noneOnline', { what });
}

/** One result in the person's words; never a contact's or attendee's name (the model has none). */
function meetingItem(turn: Turn, found: FoundMeeting, searchZone: string, showFellowship: boolean, short = false): MeetingItem {
  const m = found.meeting;
  // The language first (it decides whether a person can follow), then what kind of meeting it is.
  const labels = [
    ...languageLabels(m, turn.locale),
    ...shownTypeLabels(
      m.types.filter((t) => !isLanguageType(t)),
      turn.locale,
      3,
    ),
  ];
  if (m.attendance !== 'in_person')
    labels.unshift(turn.say(m.attendance === 'online' ? 'meetings.attendanceOnline' : 'meetings.attendanceHybrid'));
  // The short form (SMS's first message) leaves the listing date and the other kinds to MORE.
  if (m.updated && !short) labels.push(turn.say('meetings.listedAsOf', { date: listedDate(m.updated, turn.locale) }));
  const address = m.place?.address.replace(/,\s*(USA|United States)$/i, '');
  return {
    title: m.name,
    fellowship: showFellowship ? turn.group(m.fellowship)?.shortName : undefined,
    when: whenLabel(turn, found.start, m.timeZone, searchZone),
    distance:
      found.miles === undefined
        ? undefined
        : turn.say('meetings.miles', { miles: found.miles < 10 ? found.miles.toFixed(1) : Math.round(found.miles) }),
    where: address && m.place?.approximate ? turn.say('meetings.approximate', { place: address }) : address,
    // The short form leaves how to join to MORE too: a link alone can fill an SMS.
    join: m.online?.url && !short ? { label: turn.say('meetings.join'), url: m.online.url } : undefined,
    phone: short ? undefined : m.online?.phone,
    // In short, the one label that decides most: how it meets, else its language, else its kind.
    labels: short ? labels.slice(0, 1) : labels,
  };
}

/** "Spanish" / "Español" for each language the feed names, in the person's language. */
function languageLabels(m: Meeting, locale: Locale): string[] {
  return (m.languages ?? []).slice(0, 2).map((code) => {
    const label = languageName(code, locale);
    return label.charAt(0).toUpperCase() + label.slice(1);
  });
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

function languageName(code: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2025-03-14" -> "Mar 14, 2025" / "14 mar 2025". */
function listedDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(
      locale,
      (format = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return format.format(new Date(`${date}T12:00:00Z`));
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Where to report a problem with a listing shown, when its feed says. */
function reportLinks(turn: Turn, page: FoundMeeting[]): ReplyPart[] {
  const links: LinkItem[] = [];
  for (const f of page) {
    const url = f.meeting.feedbackUrl;
    if (url && !links.some((l) => l.url === url)) links.push({ label: turn.say('meetings.reportProblem', { name: f.meeting.name }), url });
  }
  return links.length ? [{ kind: 'links', links }] : [];
}

/** "Today 7:00 PM"; with the zone, and the time in the search's zone, when they differ. */
function whenLabel(turn: Turn, start: number, zone: string, searchZone: string): string {
  const own = `${dayLabel(turn, start, zone)} ${clockTime(start, zone, turn.locale)}`;
  if (sameOffset(start, zone, searchZone)) return own;
  const there = `${shortWeekday(start, searchZone, turn.locale)} ${clockTime(start, searchZone, turn.locale)} ${zoneName(start, searchZone, turn.locale)}`;
  return `${own} ${zoneName(start, zone, turn.locale)} (${capitalize(there)})`;
}

function dayLabel(turn: Turn, start: number, zone: string): string {
  const relative = daysFromToday(start, zone, turn.now);
  if (relative === 0) return turn.say('meetings.today');
  if (relative === 1) return turn.say('meetings.tomorrow');
  return capitalize(shortWeekday(start, zone, turn.locale));
}

function showNoMeetingList(turn: Turn, groupIds: string[]): void {
  turn.reply(noListParts(turn, groupIds), [
    ...groupIds.slice(0, 2).map((id) => turn.choice('groupMeeting', { type: 'group-meeting', group: id })),
    turn.choice('backToMenu', 'menu'),
  ]);
}

/** "I don't have a meeting list for SMART Recovery" and the group's own finder. */
function noListParts(turn: Turn, groupIds: string[]): ReplyPart[] {
  const names = groupIds.map((id) => turn.groupName(id)).join(', ');
  return [text(turn.say('meetings.noList', { name: names })), finderLinks(turn, groupIds)];
}

function finderLinks(turn: Turn, groupIds: string[]): ReplyPart {
  const links = unique(groupIds)
    .map((id) => turn.group(id))
    .filter((g): g is Group => Boolean(g))
    .map((g) => finderLink(turn, g));
  return { kind: 'links', links };
}

function finderLink(turn: Turn, group: Group): LinkItem {
  return { label: `${group.shortName}: ${turn.say('facet.finder')}`, url: group.meetingFinder ?? group.website };
}

function placeToState(place: PlaceQuery): NonNullable<MeetingSearchState['place']> {
  if (place.kind === 'online') return { kind: 'online' };
  return { kind: 'near', label: place.place.label.slice(0, 60), latitude: place.place.latitude, longitude: place.place.longitude };
}

function placeFromState(place: NonNullable<MeetingSearchState['place']>): PlaceQuery {
  if (place.kind === 'online') return { kind: 'online' };
  return { kind: 'near', place: { label: place.label, latitude: place.latitude, longitude: place.longitude } };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
