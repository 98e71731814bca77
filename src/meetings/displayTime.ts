// A meeting's time as a person reads it, in the meeting's own time zone: "Tue", "7:00 PM",
// "PDT". Plain spaces only: newer ICU puts a narrow no-break space before "PM", which would
// push an SMS out of the GSM-7 alphabet.
import type { Locale } from '../../content/schema';
import { DAY, startOfDay, wallClock } from './zonedTime';

const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-US' };
const formatters = new Map<string, Intl.DateTimeFormat>();
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function format(instant: number, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${timeZone}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(instant).replace(/[\u202F\u00A0]/g, ' ');
}

/** "7:00 PM" (English) or "7:00 p.m." (Spanish). */
export function clockTime(instant: number, timeZone: string, locale: Locale): string {
  return format(instant, timeZone, locale, { hour: 'numeric', minute: '2-digit' });
}

/** "Tue", "mar". */
export function shortWeekday(instant: number, timeZone: string, locale: Locale): string {
  return format(instant, timeZone, locale, { weekday: 'short' });
}

/** "Saturday", "sábado". */
export function longWeekday(instant: number, timeZone: string, locale: Locale): string {
  return format(instant, timeZone, locale, { weekday: 'long' });
}

/** "PDT", "EST" (or "GMT-7" where the language has no abbreviation). */
export function zoneName(instant: number, timeZone: string, locale: Locale): string {
  const key = `${timeZone}|${locale}`;
  let formatter = zoneFormatters.get(key);
  // A formatter is costly to build (locale and zone data); the zones and languages are few.
  if (!formatter) zoneFormatters.set(key, (formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone, timeZoneName: 'short' })));
  const parts = formatter.formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** 0 when `instant` falls today in `timeZone`, 1 tomorrow, else undefined. */
export function daysFromToday(instant: number, timeZone: string, now: number): 0 | 1 | undefined {
  const diff = (startOfDay(wallClock(instant, timeZone)) - startOfDay(wallClock(now, timeZone))) / DAY;
  return diff === 0 || diff === 1 ? diff : undefined;
}

/** Same wall-clock offset at that instant: no need to show the time twice. */
export function sameOffset(instant: number, zoneA: string, zoneB: string): boolean {
  return zoneA === zoneB || wallClock(instant, zoneA) === wallClock(instant, zoneB);
}
