// The Meeting Guide JSON feed (code4recovery spec): an array of meetings, `day` 0 = Sunday,
// `time`/`end_time` local "HH:MM", `timezone`, `types` codes, address and coordinates,
// `conference_url`/`conference_phone` for online meetings. Each entry is validated on its own:
// a malformed one is skipped and counted, never a reason to drop the whole feed.
// Also read: the languages its types name (`S` Spanish, `EN` English...), `approximate`
// locations (kept, marked approximate), `updated` (the listing's date) and `feedback_url` (where
// to report a problem with the listing).
// Unknown fields - contact_1_name and the other contact_* fields among them - are not read.
import { z } from 'zod';
import { isMeetingTypeCode, languagesOf, type MeetingType } from './meetingTypes';
import {
  MeetingSchema,
  cleanText,
  coordinates,
  isTimeZone,
  listingDate,
  webUrl,
  type Attendance,
  type FeedContext,
  type FeedReading,
  type Meeting,
} from './model';
import { minutesOf } from './zonedTime';

const text = z.string().nullish();
const numberish = z.union([z.number(), z.string()]).nullish();
const dayNumber = z.union([
  z.number().int().min(0).max(6),
  z
    .string()
    .regex(/^[0-6]$/)
    .transform(Number),
]);
const clockTime = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'must be a time like 19:30')
  .transform((t) => t.padStart(5, '0').slice(0, 5));

export const MeetingGuideEntrySchema = z.object({
  name: z.string().trim().min(1),
  slug: z.union([z.string().trim().min(1), z.number()]).transform(String),
  day: z.union([dayNumber, z.array(dayNumber).min(1).max(7)]),
  time: clockTime,
  end_time: clockTime.nullish().catch(undefined),
  timezone: text,
  types: z.array(z.string()).nullish().catch(undefined),
  location: text,
  formatted_address: text,
  address: text,
  city: text,
  state: text,
  postal_code: numberish,
  latitude: numberish,
  longitude: numberish,
  approximate: z.union([z.string(), z.boolean()]).nullish(),
  conference_url: text,
  conference_phone: text,
  updated: text,
  feedback_url: text,
});
export type MeetingGuideEntry = z.infer<typeof MeetingGuideEntrySchema>;

export function readMeetingGuideFeed(json: unknown, context: FeedContext): FeedReading {
  const entries = Array.isArray(json) ? json : [];
  const meetings: Meeting[] = [];
  let skipped = 0;
  for (const raw of entries) {
    const parsed = MeetingGuideEntrySchema.safeParse(raw);
    const mapped = parsed.success ? fromMeetingGuide(parsed.data, context) : [];
    if (mapped.length === 0) skipped++;
    meetings.push(...mapped);
  }
  return { meetings, skipped };
}

/** One entry -> one meeting per day it is held (the spec allows `day` to be a list). */
function fromMeetingGuide(entry: MeetingGuideEntry, context: FeedContext): Meeting[] {
  const types = (entry.types ?? []).filter(isMeetingTypeCode) as MeetingType[];
  const url = webUrl(entry.conference_url ?? undefined);
  const phone = cleanText(entry.conference_phone, 80);
  const address = cleanText(entry.formatted_address, 300) ?? joinAddress(entry);
  const approximate = entry.approximate === true || entry.approximate === 'yes';
  // As the Meeting Guide apps do: online when there is a way to join, in person when there is a
  // real address and the location is not temporarily closed.
  const online = Boolean(url || phone);
  const inPerson = Boolean(address) && !approximate && !types.includes('TC');
  const attendance: Attendance | undefined = online && inPerson ? 'hybrid' : online ? 'online' : inPerson ? 'in_person' : undefined;
  if (!attendance) return [];

  const timeZone = entry.timezone && isTimeZone(entry.timezone) ? entry.timezone : context.timeZone;
  const days = Array.isArray(entry.day) ? [...new Set(entry.day)] : [entry.day];
  const point = coordinates(entry.latitude, entry.longitude);
  const languages = languagesOf(types);
  // An online meeting's approximate place (its city) still tells a person where it is based.
  const place =
    inPerson && address
      ? { venue: cleanText(entry.location), address, ...point }
      : approximate && address
        ? { address, ...point, approximate: true }
        : undefined;
  const base = {
    fellowship: context.fellowship,
    name: cleanText(entry.name, 255) ?? entry.name.slice(0, 255),
    start: entry.time,
    durationMinutes: duration(entry.time, entry.end_time ?? undefined),
    timeZone,
    types,
    attendance,
    place,
    languages: languages.length ? languages : undefined,
    updated: listingDate(entry.updated),
    feedbackUrl: webUrl(entry.feedback_url ?? undefined),
    online: online ? { url, phone } : undefined,
  };
  const meetings: Meeting[] = [];
  for (const day of days) {
    const id = `${context.feedId}:${entry.slug}${days.length > 1 ? `:${day}` : ''}`;
    const checked = MeetingSchema.safeParse({ ...base, id, day });
    if (checked.success) meetings.push(checked.data);
  }
  return meetings;
}

function joinAddress(entry: MeetingGuideEntry): string | undefined {
  const street = cleanText(entry.address);
  if (!street) return undefined;
  const region = [cleanText(entry.state), entry.postal_code == null ? undefined : String(entry.postal_code)].filter(Boolean).join(' ');
  return [street, cleanText(entry.city), region].filter(Boolean).join(', ').slice(0, 300);
}

/** Minutes from start to end; an end before the start crosses midnight; one hour when unknown. */
function duration(start: string, end: string | undefined): number {
  if (!end) return 60;
  const minutes = minutesOf(end) - minutesOf(start);
  return minutes > 0 ? minutes : minutes + 24 * 60;
}
