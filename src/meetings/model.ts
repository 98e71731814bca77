// The one meeting model every feed format is mapped to. It holds what a person needs to get to
// a meeting and nothing about the people in it: feed fields with contact or attendee names are
// never copied here, so no reply can show them.
import { z } from 'zod';
import { MEETING_TYPE_CODES } from './meetingTypes';

/** In person only, online only, or both at once. */
export const AttendanceSchema = z.enum(['in_person', 'online', 'hybrid']);
export type Attendance = z.infer<typeof AttendanceSchema>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 19:30');

export const MeetingSchema = z
  .object({
    /** Unique across feeds: "<feed id>:<id in the feed>". */
    id: z.string().min(1).max(300),
    /** The content group id of the fellowship ("alcoholics-anonymous"). */
    fellowship: z.string().min(1).max(60),
    name: z.string().min(1).max(255),
    /** Weekly: 0 = Sunday ... 6 = Saturday (Meeting Guide numbering; BMLT is converted). */
    day: z.number().int().min(0).max(6),
    /** Local start time in the meeting's own time zone, 24-hour "HH:MM". */
    start: HHMM,
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    /** IANA time zone of the meeting ("America/Denver"). */
    timeZone: z.string().min(1).max(64),
    /** Meeting Guide type codes (code4recovery spec); BMLT formats are mapped to them. */
    types: z.array(z.enum(MEETING_TYPE_CODES)),
    attendance: AttendanceSchema,
    /** Where to go, for in-person and hybrid meetings. */
    place: z
      .object({
        /** The venue's name ("Grace Hall"), not a person's. */
        venue: z.string().max(200).optional(),
        address: z.string().max(300),
        latitude: z.number().min(-90).max(90).optional(),
        longitude: z.number().min(-180).max(180).optional(),
        /** Only roughly where (a city or area): shown as approximate, never searched as a venue. */
        approximate: z.boolean().optional(),
      })
      .optional(),
    /** Languages the feed says the meeting is held in, as ISO 639-1 codes ("es"). */
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .max(8)
      .optional(),
    /** When the listing was last changed, "YYYY-MM-DD" (Meeting Guide `updated`). */
    updated: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Where to report a problem with the listing (Meeting Guide `feedback_url`). */
    feedbackUrl: z.string().url().max(500).optional(),
    /** How to join, for online and hybrid meetings. */
    online: z
      .object({
        url: z.string().url().optional(),
        phone: z.string().max(80).optional(),
      })
      .optional(),
  })
  .strict();

export type Meeting = z.infer<typeof MeetingSchema>;

/** What a reader made of one feed: the meetings it could use and how many entries it skipped. */
export interface FeedReading {
  meetings: Meeting[];
  skipped: number;
}

/** Context a reader needs that the feed itself may not carry. */
export interface FeedContext {
  feedId: string;
  fellowship: string;
  /** Used when a meeting names no time zone (BMLT servers often leave it empty). */
  timeZone: string;
}

const knownZones = new Map<string, boolean>();
let canonicalZones: ReadonlySet<string> | undefined;

/**
 * True for a time zone name that this runtime's Intl knows ("America/New_York"). Remembered: feeds
 * repeat a few names thousands of times.
 */
export function isTimeZone(name: string): boolean {
  // The canonical names are listed cheaply (~1 ms); building a formatter loads Intl's locale
  // data (~10 ms), which the configuration check at start-up does not need to pay for.
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(name)) return true;
  let known = knownZones.get(name);
  if (known === undefined) {
    // Aliases ("US/Eastern", "UTC") are not in the list but are valid.
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

/** Only web links a person can open; anything else (javascript:, tel:) is dropped. */
export function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).toString();
  } catch {
    return undefined;
  }
}

/** A coordinate pair only when both are real numbers and not the 0,0 placeholder. */
export function coordinates(lat: unknown, lng: unknown): { latitude: number; longitude: number } | undefined {
  const latitude = typeof lat === 'string' ? Number.parseFloat(lat) : lat;
  const longitude = typeof lng === 'string' ? Number.parseFloat(lng) : lng;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return undefined;
  return { latitude, longitude };
}

/**
 * Text from a feed: trimmed, single spaces, no markup, length-capped; undefined when empty.
 * Markdown images go and links keep only their words: a card renders markdown, and a feed's
 * text must not put a link or a tracking image in front of the person.
 */
export function cleanText(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = withoutMarkdownLinks(value.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? cleaned.slice(0, max) : undefined;
}

/** `![alt](src)` removed, `[words](url)` and `[words][ref]` -> words, `[ref]: url` lines removed. */
export function withoutMarkdownLinks(value: string): string {
  let text = value;
  // Repeated: a link's words may themselves hold an image ("[![logo](a)](b)").
  for (let i = 0; i < 3; i++) {
    const before = text;
    text = text
      .replace(/!\[[^\]]*\]\s*(\([^)]*\)?|\[[^\]]*\])?/g, ' ')
      .replace(/\[([^\]]*)\]\s*\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]*)\]\s*\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ');
    if (text === before) break;
  }
  return text;
}

/** "2024-01-15 12:34:56" or "2024-01-15T..." -> "2024-01-15" when it is a real date, not in the future. */
export function listingDate(value: unknown, now = Date.now()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== match[0] || time > now + 86_400_000 || Number(match[1]) < 1990)
    return undefined;
  return match[0];
}
