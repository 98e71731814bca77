// Finding an actual meeting: feeds in two formats mapped to one model, kept fresh in memory,
// searched by place, time and type. No botbuilder here: dialogs/meetings.ts does the talking.
import { MeetingDirectory, type DirectoryOptions } from './directory';
import { MEETING_DEFAULTS, sampleFeeds, type FeedSource, type FeedSpec } from './feedConfig';
import { warmUpPlaces } from './places';
import { warmUpWhen } from './when';

export { MeetingDirectory, type DirectoryView, type FeedStatus } from './directory';
export { parseFeedList, sampleFeeds, type FeedSource, type FeedSpec } from './feedConfig';
export { MEETING_FILTER_IDS, shownTypeLabels, typeLabel, type MeetingFilter } from './meetingTypes';
export { isTimeZone, type Meeting } from './model';
export { looksLikeMeetingSearch, parseMeetingQuery, parsePlaceAnswer, type MeetingQuery, type PlaceQuery } from './parseQuery';
export { NEAR_MILES, searchMeetings, type FoundMeeting, type MeetingSearch } from './search';
export type { Window } from './when';

/** What the meeting dialog needs, built once at start-up. */
export interface MeetingKit {
  directory: MeetingDirectory;
  /** The zone "tonight" means when no place or device says otherwise (SMS users: the US). */
  defaultTimeZone: string;
}

export interface MeetingKitOptions extends Partial<DirectoryOptions> {
  /** Configured feeds; the shipped samples when empty. */
  feeds?: FeedSource[];
  dataDir: string;
  defaultTimeZone?: string;
}

export const DEFAULT_TIME_ZONE = MEETING_DEFAULTS.timeZone;

export function createMeetingKit(options: MeetingKitOptions): MeetingKit {
  const feeds = options.feeds?.length ? options.feeds : sampleFeeds(options.dataDir);
  const directory = new MeetingDirectory(feeds, {
    limits: options.limits ?? { timeoutMs: MEETING_DEFAULTS.feedTimeoutSeconds * 1000, maxBytes: MEETING_DEFAULTS.feedMaxBytes },
    refreshMs: options.refreshMs ?? MEETING_DEFAULTS.refreshMinutes * 60_000,
    logger: options.logger,
    now: options.now,
  });
  return { directory, defaultTimeZone: options.defaultTimeZone ?? DEFAULT_TIME_ZONE };
}

/**
 * Configured feed specs -> sources, with each fellowship resolved to a content group id
 * ("AA" -> "alcoholics-anonymous"). Throws naming the entry whose fellowship is unknown.
 */
export function feedSources(specs: FeedSpec[], groupIdFor: (name: string) => string | undefined, defaultTimeZone: string): FeedSource[] {
  return specs.map((spec, i) => {
    const fellowship = groupIdFor(spec.fellowship);
    if (!fellowship)
      throw new Error(`MEETING_FEEDS entry ${i + 1}: "${spec.fellowship}" is not a group id or short name in content/data/groups`);
    return {
      id: `feed-${i + 1}-${fellowship}`,
      fellowship,
      format: spec.format ?? 'meeting-guide',
      location: spec.url,
      timeZone: spec.timeZone ?? defaultTimeZone,
      sample: false,
    };
  });
}

/** Loads the place index and the date-time models, so a person's first search does not wait. */
export function warmUpMeetings(): void {
  warmUpPlaces();
  warmUpWhen();
}
