// The BMLT semantic API's `switcher=GetSearchResults` JSON (NA and others). The traps, compared
// with Meeting Guide: every value is a string, `weekday_tinyint` 1 = Sunday ... 7 = Saturday,
// `duration_time` instead of an end time, `formats` keys with their own meanings (`B` is
// Beginners here, Big Book in Meeting Guide), `venue_type` 1 in person / 2 virtual / 3 hybrid,
// and an empty `time_zone` meaning "the server's". The language comes from the language formats
// (`ES` Spanish...) and from `lang_enum`. contact_* fields are not read.
import { z } from 'zod';
import { bmltKeys, languagesOf, typesFromBmltFormats } from './meetingTypes';
import {
  MeetingSchema,
  cleanText,
  coordinates,
  isTimeZone,
  webUrl,
  type Attendance,
  type FeedContext,
  type FeedReading,
  type Meeting,
} from './model';

const str = z.union([z.string(), z.number()]).transform(String);
const optionalStr = str.nullish();

export const BmltMeetingSchema = z.object({
  id_bigint: str.pipe(z.string().regex(/^\d+$/)),
  weekday_tinyint: str.pipe(z.string().regex(/^[1-7]$/, 'must be 1 (Sunday) to 7 (Saturday)')),
  start_time: str.pipe(z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/)),
  duration_time: optionalStr,
  time_zone: optionalStr,
  venue_type: optionalStr,
  formats: optionalStr,
  meeting_name: z.string().trim().min(1),
  location_text: optionalStr,
  location_street: optionalStr,
  location_municipality: optionalStr,
  location_province: optionalStr,
  location_postal_code_1: optionalStr,
  latitude: optionalStr,
  longitude: optionalStr,
  virtual_meeting_link: optionalStr,
  phone_meeting_number: optionalStr,
  lang_enum: optionalStr,
});
export type BmltMeeting = z.infer<typeof BmltMeetingSchema>;

/** Accepts the plain array and the `{ meetings, formats }` shape that `get_used_formats=1` returns. */
export function readBmltFeed(json: unknown, context: FeedContext): FeedReading {
  const entries = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.meetings) ? json.meetings : [];
  const meetings: Meeting[] = [];
  let skipped = 0;
  for (const raw of entries) {
    const parsed = BmltMeetingSchema.safeParse(raw);
    const meeting = parsed.success ? fromBmlt(parsed.data, context) : undefined;
    if (meeting) meetings.push(meeting);
    else skipped++;
  }
  return { meetings, skipped };
}

function fromBmlt(entry: BmltMeeting, context: FeedContext): Meeting | undefined {
  const keys = bmltKeys(entry.formats ?? '');
  const types = typesFromBmltFormats(entry.formats ?? '');
  const url = webUrl(entry.virtual_meeting_link ?? undefined);
  const phone = cleanText(entry.phone_meeting_number, 80);
  const address = joinAddress(entry);

  const venue = entry.venue_type?.trim() || (keys.has('HY') ? '3' : keys.has('VM') ? '2' : '1');
  const canJoinOnline = (venue === '2' || venue === '3') && Boolean(url || phone);
  const canGoInPerson = (venue === '1' || venue === '3') && Boolean(address) && !keys.has('TC');
  const attendance: Attendance | undefined =
    canJoinOnline && canGoInPerson ? 'hybrid' : canJoinOnline ? 'online' : canGoInPerson ? 'in_person' : undefined;
  if (!attendance) return undefined;

  const timeZone = entry.time_zone && isTimeZone(entry.time_zone) ? entry.time_zone : context.timeZone;
  const languages = bmltLanguages(entry.lang_enum, types);
  // So that "Spanish" finds it too when only lang_enum says so.
  if (languages.includes('es') && !types.includes('S')) types.push('S');
  const candidate = {
    id: `${context.feedId}:${entry.id_bigint}`,
    fellowship: context.fellowship,
    name: cleanText(entry.meeting_name, 255),
    day: Number(entry.weekday_tinyint) - 1,
    start: entry.start_time.padStart(8, '0').slice(0, 5),
    durationMinutes: durationMinutes(entry.duration_time),
    timeZone,
    types,
    attendance,
    place:
      canGoInPerson && address
        ? { venue: cleanText(entry.location_text), address, ...coordinates(entry.latitude, entry.longitude) }
        : undefined,
    online: canJoinOnline ? { url, phone } : undefined,
    languages: languages.length ? languages : undefined,
  };
  const checked = MeetingSchema.safeParse(candidate);
  return checked.success ? checked.data : undefined;
}

function joinAddress(entry: BmltMeeting): string | undefined {
  const street = cleanText(entry.location_street);
  const city = cleanText(entry.location_municipality);
  if (!street && !city) return undefined;
  const region = [cleanText(entry.location_province), cleanText(entry.location_postal_code_1)].filter(Boolean).join(' ');
  return [street, city, region].filter(Boolean).join(', ').slice(0, 300);
}

/** "01:30:00" -> 90; an hour when missing or zero. */
function durationMinutes(value: string | null | undefined): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  return minutes > 0 && minutes <= 24 * 60 ? minutes : 60;
}

/**
 * The meeting's languages: its language formats (ES, EN, FR...) and its `lang_enum`. A server
 * gives every record its own default (mostly "en"), so "en" there says little and is not used.
 */
function bmltLanguages(langEnum: string | null | undefined, types: ReturnType<typeof typesFromBmltFormats>): string[] {
  const fromFormats = languagesOf(types);
  const own = (langEnum ?? '').trim().toLowerCase();
  return /^[a-z]{2}$/.test(own) && own !== 'en' && !fromFormats.includes(own) ? [...fromFormats, own] : fromFormats;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
