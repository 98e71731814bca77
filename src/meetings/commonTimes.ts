// The few time phrases most meeting searches use ("tonight", "tomorrow after 6", "Saturday
// morning", "este fin de semana", "a las 7"), read without the date-time recognizer, which
// costs milliseconds even for one word. This reads the words only; when.ts puts the reading on
// the calendar the same way it places the recognizer's. It declines (undefined: the recognizer
// reads the message as before) whenever anything in the message may name a time it did not
// read itself: another time word or a number, two days, a word that changes a day ("next
// Saturday", "Saturday after next"), or a phrase whose recognizer reading is odd.
// tests/meetings/commonTimes.test.ts checks it against the recognizer over many sentences.
import type { Locale } from '../../content/schema';
import { RECOGNIZER_MAX_CHARS } from '../understand/normalize';
import { mayNameATime } from './timeWords';

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

export type CommonDay =
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'now' }
  | { kind: 'weekend' }
  /** 0 = Sunday ... 6 = Saturday; `thisWeek` for "this Saturday" (this Monday-to-Sunday week). */
  | { kind: 'weekday'; weekday: number; thisWeek: boolean };

export interface CommonTime {
  day?: CommonDay;
  partOfDay?: PartOfDay;
  /** "at 7" (both 7:00 and 19:00), "after 6pm", "before 9am": minutes after midnight; "evening meetings": a part of a day not named. */
  time?: { mod: 'at' | 'after' | 'before'; minutes: number[] } | { mod: 'during'; partOfDay: PartOfDay };
  /** The time came before the day in the message ("at 7pm tomorrow"). */
  timeFirst: boolean;
}

/**
 * A message that names no time once a street number ("1200 Main St") and the words the recognizer
 * path sets aside ("I am", Spanish "una", "mi") are left out: the recognizer finds none either.
 */
export const NO_TIME = 'no time';

type Found = { at: number; day?: CommonDay; partOfDay?: PartOfDay; time?: CommonTime['time']; bare?: boolean };
type Reader = { pattern: RegExp; read: (match: RegExpExecArray) => Omit<Found, 'at'> | undefined };

// Word edges on folded text (lower case, no accents): letters, digits and apostrophes are word characters.
const B = "(?<![a-z0-9'])";
const E = "(?![a-z0-9'])";
const phrase = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'g');

const WEEKDAYS_EN: Record<string, number> = {
  sunday: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  weds: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  // "sun" is left out: the recognizer does not read it alone and reads "sun night" as tonight.
};
const WEEKDAYS_ES: Record<string, number> = { domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6 };

const PARTS_EN: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
/**
 * The recognizer reads Spanish "tarde" as the evening (17:00 to 21:00), though "por la tarde" starts
 * after lunch. This reading follows it so both paths answer alike; a change belongs in when.ts, for both.
 */
const PARTS_ES: Record<string, PartOfDay> = { manana: 'MO', tarde: 'EV', noche: 'NI' };

const HOUR = '(1[0-2]|[1-9])(?::([0-5]\\d))?';
const MERIDIEM_EN = '\\s?(am|pm|a\\.m\\.?|p\\.m\\.?)';
const MERIDIEM_ES = '\\s?(am|pm|a\\.m\\.?|p\\.m\\.?|de la manana|de la tarde|de la noche)';

/** Words before "after 6" that make it morning in prepare() (when.ts): a bare hour is then not read here. */
const MORNING_CUE: Record<Locale, RegExp> = {
  en: /(?<![a-z0-9'])(morning|am|a\.m\.)(?![a-z0-9'])/,
  es: /(?<![a-z0-9'])(manana temprano|por la manana|en la manana|madrugada|am)(?![a-z0-9'])/,
};

/**
 * Minutes after midnight for an hour, its minutes and its am/pm, or the readings a bare hour has:
 * "after 6" is 18:00 (as prepare() rewrites it), "at 7" both 7:00 and 19:00 (as the recognizer
 * answers). Undefined where the recognizer's reading is not one of those (a bare 12, "after 6:30").
 */
function minutesOf(
  mod: 'at' | 'after' | 'before',
  hour: string,
  minutes: string | undefined,
  meridiem: string | undefined,
): number[] | undefined {
  const h = Number(hour);
  const m = minutes ? Number(minutes) : 0;
  if (meridiem) {
    const pm = /^(p|de la (tarde|noche))/.test(meridiem);
    // prepare() writes "pm" after a bare hour behind "después de las" even before "de la mañana".
    if (/^de la/.test(meridiem) && (h === 12 || mod !== 'at')) return undefined;
    const minute = ((h % 12) + (pm ? 12 : 0)) * 60 + m;
    // "before 12am" and "after 12:30am": the recognizer's day edges, not worth copying.
    return mod !== 'at' && minute < 60 ? undefined : [minute];
  }
  if (h === 12) return undefined;
  if (mod === 'at') return [h * 60 + m, (h + 12) * 60 + m];
  // A bare hour with minutes after "after"/"before" is read both ways by the recognizer: not read here.
  return minutes ? undefined : [(h + 12) * 60];
}

function timeReader(pattern: string, mod: 'at' | 'after' | 'before'): Reader {
  return {
    pattern: phrase(pattern),
    read: (match) => {
      const found = minutesOf(mod, match[1], match[2], match[3]?.trim());
      return found ? { time: { mod, minutes: found }, bare: !match[3] } : undefined;
    },
  };
}

const alternatives = (words: Record<string, unknown>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');

const READERS: Record<Locale, Reader[]> = {
  en: [
    timeReader(`after ${HOUR}(?:${MERIDIEM_EN})?`, 'after'),
    timeReader(`before ${HOUR}(?:${MERIDIEM_EN})?`, 'before'),
    timeReader(`at ${HOUR}(?:${MERIDIEM_EN})?`, 'at'),
    { pattern: phrase('(?:right )?now'), read: () => ({ day: { kind: 'now' } }) },
    { pattern: phrase('this weekend'), read: () => ({ day: { kind: 'weekend' } }) },
    { pattern: phrase('tonight|tonite'), read: () => ({ day: { kind: 'today' }, partOfDay: 'NI' }) },
    { pattern: phrase('this (morning|afternoon|evening)'), read: (m) => ({ day: { kind: 'today' }, partOfDay: PARTS_EN[m[1]] }) },
    { pattern: phrase('today'), read: () => ({ day: { kind: 'today' } }) },
    {
      pattern: phrase('tomorrow(?: (morning|afternoon|evening|night))?'),
      read: (m) => ({ day: { kind: 'tomorrow' }, partOfDay: m[1] ? PARTS_EN[m[1]] : undefined }),
    },
    { pattern: phrase('(?:at )?noon'), read: () => ({ time: { mod: 'at', minutes: [12 * 60] } }) },
    {
      // "evening meetings", "in the morning": the part of whichever day comes next with some of it ahead.
      pattern: phrase('(?:in the )?(morning|afternoon|evening)'),
      read: (m) => ({ time: { mod: 'during', partOfDay: PARTS_EN[m[1]] } }),
    },
    {
      pattern: phrase(`(?:(on|this) )?(${alternatives(WEEKDAYS_EN)})(?: (morning|afternoon|evening|night))?`),
      // "sat" alone is no day to the recognizer ("on sat" and "this sat" are): left to it.
      read: (m) =>
        m[2] === 'sat' && !m[1]
          ? undefined
          : {
              day: { kind: 'weekday', weekday: WEEKDAYS_EN[m[2]], thisWeek: m[1] === 'this' },
              partOfDay: m[3] ? PARTS_EN[m[3]] : undefined,
            },
    },
  ],
  es: [
    timeReader(`despues de las ${HOUR}(?:${MERIDIEM_ES})?`, 'after'),
    timeReader(`antes de las ${HOUR}(?:${MERIDIEM_ES})?`, 'before'),
    timeReader(`a las ${HOUR}(?:${MERIDIEM_ES})?`, 'at'),
    { pattern: phrase('ahora(?: mismo)?'), read: () => ({ day: { kind: 'now' } }) },
    { pattern: phrase('este fin de semana'), read: () => ({ day: { kind: 'weekend' } }) },
    { pattern: phrase('esta (manana|tarde|noche)'), read: (m) => ({ day: { kind: 'today' }, partOfDay: PARTS_ES[m[1]] }) },
    { pattern: phrase('hoy'), read: () => ({ day: { kind: 'today' } }) },
    {
      // "mañana por la mañana"; a lone "mañana" is tomorrow unless "la"/"esta" makes it the morning.
      pattern: phrase('(?<!(?:la|esta) )manana(?: (?:por|en) la (manana|tarde|noche))?'),
      read: (m) => ({ day: { kind: 'tomorrow' }, partOfDay: m[1] ? PARTS_ES[m[1]] : undefined }),
    },
    {
      pattern: phrase(`(?:(el|este) )?(${alternatives(WEEKDAYS_ES)})(?: (?:por|en) la (manana|tarde|noche))?`),
      read: (m) => ({
        day: { kind: 'weekday', weekday: WEEKDAYS_ES[m[2]], thisWeek: m[1] === 'este' },
        partOfDay: m[3] ? PARTS_ES[m[3]] : undefined,
      }),
    },
  ],
};

/**
 * Words that change what a day or a time next to them means ("next Saturday", "every Monday",
 * "until tomorrow", "Saturday after next", "hoy y mañana"): a phrase next to one is not read here.
 */
const CHANGES_BEFORE = new Set(
  (
    'next last past previous prev coming following every each until till til untill by since from between through thru to ' +
    'around about after before early earlier late later same other all and or nor not no except but than per a an one some that of what good ' +
    // "this on Monday" is "this Monday" to the recognizer (last Monday, said on a Wednesday).
    'this these este esta ' +
    'proximo proxima pasado pasada cada todos todas todo toda hasta desde entre antes despues y o u ni otro otra mismo misma ' +
    'ultimo ultima siguiente sin excepto del al un una'
  ).split(' '),
);
const CHANGES_AFTER = new Set(
  (
    'next after before until till til to through thru and or nor onward onwards last past' +
    ' que pasado proximo proxima siguiente hasta y o u ni despues antes entre'
  ).split(' '),
);

/**
 * Words that make a time wherever they are ("after work today", "until I get home tonight",
 * "hasta que salga"): the recognizer's reading of such a message is its own, so it reads it.
 */
const TIME_RELATIONS =
  /(?<![a-z0-9'])(after|before|until|till|til|untill|since|next|last|every|previous|following|despues|antes|hasta|desde|cada|siguiente|ultimo|ultima)(?![a-z0-9'])/;

/** Lower case, accents off ("sábado" -> "sabado", "mañana" -> "manana"), as timeWords.ts compares. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/**
 * Everyday words the recognizer path takes out before reading (when.ts): Spanish "una", "mi"
 * not after an article; "I am" is no time in English (though "am" makes a bare "after 6" morning).
 */
const EVERYDAY: Record<Locale, RegExp> = {
  en: /(?<![a-z0-9'])i am(?![a-z0-9'])/g,
  es: /(^|\s)(?<!\b(?:la|el|los)\s)(una|un|uno|mi|mie)(?=\s|[.,!?]|$)/g,
};

/** A street number with its street ("1200 Main St"): three digits or more, not after a time word. */
const ADDRESS =
  /(?<![a-z0-9':.$#/-])(?<!(?:at|after|before|by|until|till|from|to|around|about|las|la|de|desde|hasta)\s)\d{3,5}(?:\s+[a-z]+){1,3}\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|highway|hwy|parkway|pkwy)(?![a-z0-9'])\.?/g;

const MARK = '\u0001';

/** The common time phrase in `text`, NO_TIME when it names none, or undefined: the recognizer must read it. */
export function readCommonTime(text: string, locale: Locale): CommonTime | typeof NO_TIME | undefined {
  if (text.length > RECOGNIZER_MAX_CHARS) return undefined;
  let rest = folded(text);
  const found: Found[] = [];
  for (const reader of READERS[locale]) {
    let declined = false;
    rest = rest.replace(reader.pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args[args.length - 2] as number;
      const meaning = reader.read(match);
      if (!meaning) declined = true;
      else found.push({ at, ...meaning });
      return MARK.repeat(match[0].length);
    });
    if (declined) return undefined;
  }
  rest = rest.replace(EVERYDAY[locale], (all) => all.replace(/\S+/g, ' '));
  const withoutAddresses = rest.replace(ADDRESS, ' ');
  // Any other time word or number: the recognizer may read more than this did.
  if (mayNameATime(withoutAddresses.replaceAll(MARK, ' '), locale) || TIME_RELATIONS.test(rest)) return undefined;
  // Nothing left that may name a time once the everyday words and a street number are set aside.
  if (found.length === 0) return NO_TIME;
  if (changedByANeighbour(rest)) return undefined;

  const days = found.filter((f) => f.day);
  const times = found.filter((f) => f.time);
  if (days.length > 1 || times.length > 1) return undefined;
  const day = days[0];
  const time = times[0];
  if (day?.day?.kind === 'now' && time) return undefined;
  // "mañana después de las 6" is read by the recognizer as tomorrow at 6 (not after), "before
  // 9am tomorrow" as all of tomorrow, "a las 7 el sábado" as no time: left to it.
  if (locale === 'es' && day && time && time.time!.mod !== 'at') return undefined;
  const timeFirst = Boolean(day && time && time.at < day.at);
  if (timeFirst && (locale === 'es' || time!.time!.mod === 'before')) return undefined;
  // "tonight ... in the morning": two parts of a day, the recognizer's way of joining them is its own.
  if (day?.partOfDay && time?.time?.mod === 'during') return undefined;
  // A street number beside a time: whether the recognizer leaves the number alone is not checked.
  if (withoutAddresses !== rest) return undefined;
  // A bare hour after "after"/"before" is morning where prepare() sees a morning word: not read here.
  if (time?.bare && time.time!.mod !== 'at' && MORNING_CUE[locale].test(folded(text))) return undefined;
  return { day: day?.day, partOfDay: day?.partOfDay, time: time?.time, timeFirst };
}

/** Whether a word next to a phrase read here changes it ("next Saturday", "tonight until 9"). */
function changedByANeighbour(marked: string): boolean {
  const tokens = marked.replace(new RegExp(`${MARK}+`, 'g'), ` ${MARK} `).match(new RegExp(`[a-z']+|${MARK}|[^\\s]`, 'g')) ?? [];
  return tokens.some((token, i) => token === MARK && (CHANGES_BEFORE.has(tokens[i - 1] ?? '') || CHANGES_AFTER.has(tokens[i + 1] ?? '')));
}
