// "tonight", "tomorrow after 6", "Saturday morning", "this weekend": recognizers-text DateTime
// in the person's language, read against the current wall-clock time in the search's time
// zone, turned into windows of real instants. Only called when a meeting search is parsed:
// the recognizer costs tens of milliseconds and grows quadratically with the input's length.
// The common phrases are read first without it (commonTimes.ts) and placed on the calendar by
// the same steps as the recognizer's results; everything else is left to the recognizer.
import type * as RecognizersText from '@microsoft/recognizers-text-suite';
import { LOCALES, type Locale } from '../../content/schema';
import { RECOGNIZER_MAX_CHARS } from '../understand/normalize';
import { loadDateTimeLibrary } from './dateTimeLibrary';
import { NO_TIME, readCommonTime, type CommonTime } from './commonTimes';
import { mayNameATime } from './timeWords';
import { DAY, MINUTE, instantOf, startOfDay, wallAsLocalDate, wallClock, wallFrom, weekdayOf } from './zonedTime';

export interface Window {
  from: number;
  to: number;
}

const CULTURES: Record<Locale, string> = { en: 'en-us', es: 'es-es' };

let suite: typeof RecognizersText | undefined;
/**
 * Loaded on the first search or by warmUpWhen() in idle time after start-up, not before the
 * server listens; with the library's per-call regular-expression building done once (see dateTimeLibrary.ts).
 */
function recognizers(): typeof RecognizersText {
  return (suite ??= loadDateTimeLibrary());
}

/** Parts of the day as people mean them for meetings (early meetings are "morning" too). */
const PARTS_OF_DAY: Record<string, Span> = {
  MO: [5 * 60, 12 * 60],
  AF: [12 * 60, 17 * 60],
  EV: [17 * 60, 21 * 60],
  NI: [17 * 60, 24 * 60],
};
/** "at 7pm" means meetings starting from half an hour before to an hour after. */
const AROUND_BEFORE = 30;
const AROUND_AFTER = 60;
const HORIZON_DAYS = 14;

/** Minutes after midnight, [from, to). */
type Span = [number, number];

interface Constraint {
  days: Set<number>;
  spans: Span[];
}

/** What the recognizer returns that we read; everything is checked, its types are loose. */
interface Resolution {
  timex?: string;
  type?: string;
  Mod?: string;
  value?: string;
  start?: string;
  end?: string;
}

/**
 * The time windows a message asks for, or undefined when it names no time. `timeZone` is the
 * zone the person's words refer to ("tonight" in San Francisco for a search near 94110).
 */
export function recognizeWhen(text: string, locale: Locale, now: number, timeZone: string): Window[] | undefined {
  // No digit and no word for a day, a time or a number: the recognizer would find no time.
  if (!mayNameATime(text, locale)) return undefined;
  const common = recognizeCommonWhen(text, locale, now, timeZone);
  if (common === NO_TIME) return undefined;
  return common ?? recognizeWhenAlways(text, locale, now, timeZone);
}

/**
 * The fast path alone: the windows of a common time phrase (commonTimes.ts), NO_TIME when the
 * message names none, undefined when it is left to the recognizer (tests compare it with recognizeWhenAlways).
 */
export function recognizeCommonWhen(text: string, locale: Locale, now: number, timeZone: string): Window[] | typeof NO_TIME | undefined {
  const common = readCommonTime(text, locale);
  if (common === undefined || common === NO_TIME) return common;
  const nowWall = wallClock(now, timeZone);
  const constraints = commonConstraints(common, startOfDay(nowWall), nowWall);
  return constraints && windowsOf(constraints, now, nowWall, timeZone);
}

/** recognizeWhen without its pre-check and fast path: the recognizer reads every text (tests compare them). */
export function recognizeWhenAlways(text: string, locale: Locale, now: number, timeZone: string): Window[] | undefined {
  const nowWall = wallClock(now, timeZone);
  const today = startOfDay(nowWall);
  const prepared = prepare(text.slice(0, RECOGNIZER_MAX_CHARS), locale);
  const results = recognize(prepared, locale, wallAsLocalDate(nowWall));

  const constraints: Constraint[] = [];
  for (const result of results) {
    const values = (result.resolution?.values ?? []) as Resolution[];
    const constraint = constraintOf(values, today, nowWall);
    if (constraint) constraints.push(constraint);
  }
  return windowsOf(constraints, now, nowWall, timeZone);
}

/** The days and spans of what the person asked for, in the order they said it, as real instants from now on. */
function windowsOf(constraints: Constraint[], now: number, nowWall: number, timeZone: string): Window[] | undefined {
  if (constraints.length === 0) return undefined;
  const today = startOfDay(nowWall);

  let days = intersectDays(constraints.map((c) => c.days).filter((d) => d.size > 0));
  const spans = intersectSpans(constraints.map((c) => c.spans).filter((s) => s.length > 0));
  if (days.size === 0) {
    // A time with no day: today if any of it is still ahead, else tomorrow.
    const minuteNow = (nowWall - today) / MINUTE;
    days = new Set([spans.some(([, to]) => to > minuteNow) ? today : today + DAY]);
  }
  const windows: Window[] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    for (const [from, to] of spans.length ? spans : [[0, 24 * 60] as Span]) {
      const window = {
        from: Math.max(now, instantOf(day + from * MINUTE, timeZone)),
        to: instantOf(day + to * MINUTE, timeZone),
      };
      if (window.to > window.from) windows.push(window);
    }
  }
  return windows;
}

/** The recognizer throws on some inputs (a TypeError inside its merged parser): no time, then. */
function recognize(text: string, locale: Locale, reference: Date): ReturnType<typeof RecognizersText.recognizeDateTime> {
  const { DateTimeOptions, recognizeDateTime } = recognizers();
  try {
    return recognizeDateTime(text, CULTURES[locale], DateTimeOptions.None, reference);
  } catch {
    return [];
  }
}

/**
 * Small rewrites the recognizer needs: Spanish without accents on vowels ("sábado" fails in
 * 1.1.4, "sabado" works; ñ is kept), and a bare hour after "after"/"before" read as afternoon
 * or evening, as people mean it for meetings ("after 6" is 18:00).
 */
/**
 * Spanish words the recognizer reads as a time or a day that are everyday words unless the word
 * before makes them one: "busco una reunión cerca de mi casa" is no search for Wednesday at one
 * o'clock, and "una junta mañana" is tomorrow, not tomorrow at one; "a la una" and "el mie" stay.
 */
const EVERYDAY_WORD_ES = /(^|\s)(?<!\b(?:la|el|los)\s)(una|un|uno|mi|mie)(?=\s|[.,!?]|$)/gi;

function prepare(text: string, locale: Locale): string {
  let out = text.replace(/[áéíóúü]/gi, (c) => c.normalize('NFD')[0]);
  if (locale === 'es') out = out.replace(EVERYDAY_WORD_ES, '$1');
  const morning = locale === 'es' ? /\b(mañana temprano|por la mañana|en la mañana|madrugada|am)\b/i : /\b(morning|am|a\.m\.)\b/i;
  if (!morning.test(out)) {
    const bare =
      locale === 'es'
        ? /\b((?:despues|antes) de las)\s+([1-9]|1[01])(?![\d:]|\s*(?:pm|am|p\.m|a\.m))/gi
        : /\b(after|before|from)\s+([1-9]|1[01])(?![\d:]|\s*(?:pm|am|p\.m|a\.m|o'?clock in the morning))/gi;
    out = out.replace(bare, (_all, word: string, hour: string) => `${word} ${hour}pm`);
  }
  return out;
}

function constraintOf(values: Resolution[], today: number, nowWall: number): Constraint | undefined {
  const days = new Set<number>();
  const spans: Span[] = [];
  const horizon = today + HORIZON_DAYS * DAY;
  // Weekdays come with last week's and this week's date: keep those not in the past.
  const usable = values.filter((v) => v.timex && !v.timex.includes('undefined'));
  const future = usable.filter((v) => {
    const last = dayOf(v.end ?? v.value ?? v.start);
    return last === undefined || last >= today;
  });
  const chosen = pickAlternatives(future);

  for (const v of chosen) {
    const partOfDay = /T(MO|AF|EV|NI)$/.exec(v.timex ?? '')?.[1];
    if (v.timex === 'PRESENT_REF') {
      days.add(today);
      spans.push(fromNow(today, nowWall));
      continue;
    }
    switch (v.type) {
      case 'date': {
        const day = dayOf(v.value ?? '');
        if (day !== undefined) days.add(day);
        break;
      }
      case 'daterange': {
        const from = dayOf(v.start ?? '');
        const to = dayOf(v.end ?? '') ?? (from !== undefined ? from + DAY : undefined);
        if (from === undefined || to === undefined) break;
        for (let day = Math.max(from, today); day < Math.min(to, horizon); day += DAY) days.add(day);
        break;
      }
      case 'time': {
        const minute = minuteOf(v.value ?? '');
        if (minute !== undefined) spans.push(around(minute));
        break;
      }
      case 'timerange':
        addRange(spans, partOfDay, v, minuteOf(v.start ?? ''), minuteOf(v.end ?? ''));
        break;
      case 'datetime': {
        const [date, time] = (v.value ?? '').split(' ');
        const day = dayOf(date);
        const minute = minuteOf(time ?? '');
        if (day !== undefined) days.add(day);
        if (minute !== undefined) spans.push(around(minute));
        break;
      }
      case 'datetimerange': {
        const [startDate, startTime] = (v.start ?? '').split(' ');
        const [endDate, endTime] = (v.end ?? '').split(' ');
        const day = dayOf(startDate) ?? dayOf(endDate);
        if (day !== undefined) days.add(day);
        addRange(spans, partOfDay, v, minuteOf(startTime ?? ''), endDate && endDate !== startDate ? 24 * 60 : minuteOf(endTime ?? ''));
        break;
      }
      default:
        break;
    }
  }
  if (days.size === 0 && spans.length === 0) return undefined;
  return { days, spans };
}

/**
 * A common phrase's reading as the recognizer path would build it: the day (with its part of the
 * day) and the time, each a constraint, in the message's order. Undefined for "this Monday" said
 * on a Wednesday (the recognizer reads the past Monday and finds no time: left to it).
 */
function commonConstraints(common: CommonTime, today: number, nowWall: number): Constraint[] | undefined {
  const day: Constraint = { days: new Set(), spans: [] };
  const mondayFirst = (weekday: number) => (weekday + 6) % 7;
  const todayInWeek = mondayFirst(weekdayOf(today));
  switch (common.day?.kind) {
    case 'today':
      day.days.add(today);
      break;
    case 'tomorrow':
      day.days.add(today + DAY);
      break;
    case 'now':
      day.days.add(today);
      day.spans.push(fromNow(today, nowWall));
      break;
    case 'weekend': {
      const saturday = today + (5 - todayInWeek) * DAY;
      for (const d of [saturday, saturday + DAY]) if (d >= today) day.days.add(d);
      break;
    }
    case 'weekday': {
      const { weekday, thisWeek } = common.day;
      if (thisWeek && mondayFirst(weekday) < todayInWeek) return undefined;
      day.days.add(today + ((weekday - weekdayOf(today) + 7) % 7) * DAY);
      break;
    }
    default:
      break;
  }
  if (common.partOfDay) day.spans.push(PARTS_OF_DAY[common.partOfDay]);
  const time: Constraint = { days: new Set(), spans: [] };
  if (common.time?.mod === 'during') time.spans.push(PARTS_OF_DAY[common.time.partOfDay]);
  else
    for (const minute of common.time?.minutes ?? []) {
      const mod = common.time!.mod;
      time.spans.push(mod === 'at' ? around(minute) : mod === 'after' ? [minute, 24 * 60] : [0, minute]);
    }
  const constraints = common.timeFirst ? [time, day] : [day, time];
  return constraints.filter((c) => c.days.size > 0 || c.spans.length > 0);
}

/** A result's values are alternatives ("at 6": 06:00 or 18:00). Dated ones: the nearest future. */
function pickAlternatives(values: Resolution[]): Resolution[] {
  const dated = values.filter((v) => /^\d{4}-\d{2}-\d{2}/.test(v.value ?? v.start ?? ''));
  if (dated.length <= 1 || dated.length !== values.length) return values;
  const timesOfDay = new Set(dated.map((v) => (v.value ?? v.start ?? '').slice(11)));
  // Same day, different times (06:00 and 18:00): keep both. Same time, different dates: the first.
  return timesOfDay.size > 1 ? dated : [dated[0]];
}

function addRange(spans: Span[], partOfDay: string | undefined, v: Resolution, from: number | undefined, to: number | undefined): void {
  if (partOfDay) {
    spans.push(PARTS_OF_DAY[partOfDay]);
    return;
  }
  if (v.Mod === 'after' || v.Mod === 'since') {
    if (from !== undefined) spans.push([from, 24 * 60]);
    return;
  }
  if (v.Mod === 'before' || v.Mod === 'until') {
    if (to !== undefined) spans.push([0, to]);
    return;
  }
  if (from !== undefined && to !== undefined && to > from) spans.push([from, to]);
  else if (from !== undefined) spans.push(around(from));
}

/** "Now": meetings starting from this minute to two hours on, today. */
function fromNow(today: number, nowWall: number): Span {
  const minute = (nowWall - today) / MINUTE;
  return [minute, Math.min(24 * 60, minute + 120)];
}

function around(minute: number): Span {
  return [Math.max(0, minute - AROUND_BEFORE), Math.min(24 * 60, minute + AROUND_AFTER)];
}

function dayOf(date: string | undefined): number | undefined {
  const wall = date ? wallFrom(date.slice(0, 10)) : undefined;
  return wall === undefined ? undefined : startOfDay(wall);
}

function minuteOf(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return undefined;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  // "23:59:59" is the recognizer's end of day.
  return minute >= 23 * 60 + 59 ? 24 * 60 : minute;
}

function intersectDays(sets: Set<number>[]): Set<number> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = sets;
  const common = new Set([...first].filter((d) => rest.every((s) => s.has(d))));
  // Two dates that never overlap ("tomorrow ... Saturday"): both.
  return common.size ? common : new Set(sets.flatMap((s) => [...s]));
}

function intersectSpans(lists: Span[][]): Span[] {
  if (lists.length === 0) return [];
  let current = lists[0];
  for (const next of lists.slice(1)) {
    const overlap: Span[] = [];
    for (const [a1, b1] of current)
      for (const [a2, b2] of next) if (Math.max(a1, a2) < Math.min(b1, b2)) overlap.push([Math.max(a1, a2), Math.min(b1, b2)]);
    // "tonight ... before 6" cannot both hold: the later words win.
    current = overlap.length ? overlap : next;
  }
  return current;
}

/** Loads the date-time models for both languages at start-up, not on a person's first search. */
export function warmUpWhen(locales: readonly Locale[] = LOCALES): void {
  const now = Date.UTC(2026, 0, 7, 15, 30);
  // Whole sentences: the recognizer's first pass over a longer message is what is slow.
  const phrases = {
    en: [
      'find an AA meeting tonight near me',
      'NA meetings tomorrow after 6',
      'online meeting on Saturday morning',
      'any meetings this weekend at 7pm',
    ],
    es: [
      'busco una reunión de AA esta noche cerca de mi',
      'reuniones mañana después de las 6',
      'una reunión en línea el sábado por la mañana',
      'este fin de semana',
    ],
  };
  // The recognizer itself: these phrases are common ones that recognizeWhen would read without it.
  for (const locale of locales) for (const text of phrases[locale]) recognizeWhenAlways(text, locale, now, 'America/New_York');
}
