// MEETING_FEEDS: which meeting lists to read and which fellowship each serves. Two spellings:
//   JSON:  [{"fellowship":"aa","url":"https://...","format":"meeting-guide","timeZone":"America/Chicago"}]
//   short: aa=https://example.org/meetings.json na=https://bmlt.example.org/...&switcher=GetSearchResults,bmlt
// (entries separated by spaces, new lines or ";"; after the URL an optional ",meeting-guide" or
// ",bmlt" and an optional ",Area/Zone"). The format is guessed from a BMLT URL when not given.
import path from 'node:path';
import { z } from 'zod';
import { isTimeZone } from './model';

/** What a deployment gets unless it sets otherwise: the one place these defaults live (config.ts reads them). */
export const MEETING_DEFAULTS = {
  /** The zone "tonight" means when neither a place nor the person's device says (SMS users: the US). */
  timeZone: 'America/New_York',
  refreshMinutes: 60,
  feedTimeoutSeconds: 15,
  feedMaxBytes: 20 * 1024 * 1024,
} as const;

export const FeedFormatSchema = z.enum(['meeting-guide', 'bmlt']);
export type FeedFormat = z.infer<typeof FeedFormatSchema>;

export const FeedSpecSchema = z
  .object({
    /** A content group id or short name: "alcoholics-anonymous", "AA". */
    fellowship: z.string().trim().min(1).max(60),
    url: z
      .string()
      .trim()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s) URL' }),
    format: FeedFormatSchema.optional(),
    /** For meetings that name no time zone. */
    timeZone: z.string().refine(isTimeZone, { message: 'must be a time zone name like America/Chicago' }).optional(),
  })
  .strict();
export type FeedSpec = z.infer<typeof FeedSpecSchema>;

/** A feed the directory reads: a configured URL, or one of the shipped sample files. */
export interface FeedSource {
  id: string;
  /** Content group id. */
  fellowship: string;
  format: FeedFormat;
  /** http(s) URL, or an absolute file path for the shipped samples. */
  location: string;
  timeZone: string;
  /** Invented meetings for a demonstration: replies say so. */
  sample: boolean;
}

/** Parses MEETING_FEEDS; throws an Error whose message says what is wrong. Empty = no feeds. */
export function parseFeedList(value: string): FeedSpec[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  let raw: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      raw = JSON.parse(trimmed) as unknown[];
    } catch {
      throw new Error('is not valid JSON');
    }
    if (!Array.isArray(raw)) throw new Error('must be a JSON array');
  } else {
    raw = trimmed
      .split(/[\s;]+/)
      .filter(Boolean)
      .map(shortEntry);
  }
  return raw.map((entry, i) => {
    const parsed = FeedSpecSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`entry ${i + 1}: ${issue.path.join('.') || 'value'} ${issue.message}`);
    }
    return { ...parsed.data, format: parsed.data.format ?? guessFormat(parsed.data.url) };
  });
}

function shortEntry(entry: string): Record<string, string | undefined> {
  const at = entry.indexOf('=');
  if (at <= 0) throw new Error(`"${entry.slice(0, 40)}" must look like fellowship=url[,format][,Time/Zone]`);
  const match = /^(.*?)(?:,(meeting-guide|bmlt))?(?:,([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+))?$/.exec(entry.slice(at + 1));
  const fields = { fellowship: entry.slice(0, at), url: match?.[1], format: match?.[2], timeZone: match?.[3] };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function guessFormat(url: string): FeedFormat {
  return /switcher=GetSearchResults/i.test(url) ? 'bmlt' : 'meeting-guide';
}

/** The invented meetings shipped in content/data/meetings, used when MEETING_FEEDS is empty. */
export function sampleFeeds(dataDir: string): FeedSource[] {
  const dir = path.join(dataDir, 'meetings');
  return [
    {
      id: 'sample-aa',
      fellowship: 'alcoholics-anonymous',
      format: 'meeting-guide',
      location: path.join(dir, 'sample-aa.json'),
      timeZone: 'America/Los_Angeles',
      sample: true,
    },
    {
      id: 'sample-ca',
      fellowship: 'cocaine-anonymous',
      format: 'meeting-guide',
      location: path.join(dir, 'sample-ca.json'),
      timeZone: 'America/New_York',
      sample: true,
    },
    {
      id: 'sample-na',
      fellowship: 'narcotics-anonymous',
      format: 'bmlt',
      location: path.join(dir, 'sample-na-bmlt.json'),
      timeZone: 'America/Denver',
      sample: true,
    },
  ];
}
