// Meeting type codes and their plain-word labels come from the code4recovery spec package (the
// Meeting Guide's own list), not from a copy typed here. BMLT format keys are mapped onto the
// same codes so that one filter ("women", "beginners") works across both kinds of feed.
import { getTypesForLanguage, type MeetingType } from '@code4recovery/spec';
import type { Locale } from '../../content/schema';

const ENGLISH = getTypesForLanguage('en');
const SPANISH = getTypesForLanguage('es');

export type { MeetingType };
export const MEETING_TYPE_CODES = Object.keys(ENGLISH) as [MeetingType, ...MeetingType[]];

export function isMeetingTypeCode(code: string): code is MeetingType {
  return Object.prototype.hasOwnProperty.call(ENGLISH, code);
}

/** "Open", "Wheelchair Access", "Abierta": the spec's label in the person's language. */
export function typeLabel(code: MeetingType, locale: Locale): string {
  return (locale === 'es' && SPANISH[code]) || ENGLISH[code];
}

/**
 * BMLT format key -> Meeting Guide code. The traps: BMLT `B` is Beginners (Meeting Guide `BE`,
 * "Newcomer"), while Meeting Guide `B` is Big Book; BMLT `WC` is Meeting Guide `X`; `GL` is
 * LGBTQ. Keys not listed (BT Basic Text, JT Just for Today, ...) have no Meeting Guide code and
 * are not shown. Servers may define their own keys; these are the BMLT defaults.
 */
const BMLT_FORMATS: Record<string, MeetingType[]> = {
  O: ['O'],
  C: ['C'],
  B: ['BE'],
  BB: ['B'],
  W: ['W'],
  M: ['M'],
  GL: ['LGBTQ'],
  ES: ['S'],
  S: ['S'],
  WC: ['X'],
  YP: ['Y'],
  SL: ['ASL'],
  D: ['D'],
  SD: ['SP', 'D'],
  Sp: ['SP'],
  St: ['ST'],
  Tr: ['TR'],
  Ag: ['A'],
  CW: ['CF'],
  Med: ['MED'],
  LIT: ['LIT'],
  TC: ['TC'],
  EN: ['EN'],
  FR: ['FR'],
  DE: ['DE'],
  PL: ['POL'],
  PT: ['POR'],
  RU: ['RUS'],
};

/** Meeting Guide codes for a BMLT `formats` string such as "O,BT,HY,WC". */
export function typesFromBmltFormats(formats: string): MeetingType[] {
  const codes = formats
    .split(',')
    .map((key) => key.trim())
    .flatMap((key) => BMLT_FORMATS[key] ?? []);
  return [...new Set(codes)];
}

/** BMLT keys that say how a meeting is attended rather than what kind it is. */
export function bmltKeys(formats: string): Set<string> {
  return new Set(
    formats
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean),
  );
}

/** What people ask for, and the codes that satisfy each (any one of them). */
export const MEETING_FILTERS = {
  open: ['O'],
  closed: ['C'],
  women: ['W'],
  men: ['M'],
  secular: ['A'],
  lgbtq: ['LGBTQ', 'G', 'L', 'T', 'NB'],
  spanish: ['S'],
  wheelchair: ['X'],
  beginners: ['BE'],
} as const satisfies Record<string, readonly MeetingType[]>;

export type MeetingFilter = keyof typeof MEETING_FILTERS;
export const MEETING_FILTER_IDS = Object.keys(MEETING_FILTERS) as [MeetingFilter, ...MeetingFilter[]];

export function meetsFilter(types: readonly MeetingType[], filter: MeetingFilter): boolean {
  const wanted: readonly MeetingType[] = MEETING_FILTERS[filter];
  return types.some((t) => wanted.includes(t));
}

/** Codes worth showing in a short list: what the meeting is, not housekeeping like "TC". */
const NOT_SHOWN = new Set<MeetingType>(['TC']);

export function shownTypeLabels(types: readonly MeetingType[], locale: Locale, max = 4): string[] {
  return types
    .filter((t) => !NOT_SHOWN.has(t))
    .slice(0, max)
    .map((t) => typeLabel(t, locale));
}

/** Meeting Guide type codes that name the language a meeting is held in, with its ISO 639-1 code. */
const LANGUAGE_TYPES: Partial<Record<MeetingType, string>> = {
  AF: 'af',
  AM: 'am',
  AR: 'ar',
  BG: 'bg',
  DA: 'da',
  DE: 'de',
  EL: 'el',
  EN: 'en',
  FA: 'fa',
  FI: 'fi',
  FR: 'fr',
  HE: 'he',
  HI: 'hi',
  HR: 'hr',
  HU: 'hu',
  IS: 'is',
  ITA: 'it',
  JA: 'ja',
  KA: 'ka',
  KOR: 'ko',
  LT: 'lt',
  ML: 'ml',
  MT: 'mt',
  NE: 'ne',
  NL: 'nl',
  NO: 'no',
  POL: 'pl',
  POR: 'pt',
  PUN: 'pa',
  RUS: 'ru',
  S: 'es',
  SK: 'sk',
  SL: 'sl',
  SV: 'sv',
  TH: 'th',
  TL: 'tl',
  TUR: 'tr',
  UK: 'uk',
};

/** The languages a meeting's type codes name ("S" -> "es"). */
export function languagesOf(types: readonly MeetingType[]): string[] {
  return [...new Set(types.flatMap((t) => LANGUAGE_TYPES[t] ?? []))];
}

export function isLanguageType(code: MeetingType): boolean {
  return LANGUAGE_TYPES[code] !== undefined;
}
