// The meeting kit the configuration asks for: the MEETING_FEEDS lists, or the shipped samples
// when none are set, with each feed's fellowship checked against the content's groups.
import type { Group } from '../../content/schema';
import { ConfigError, type Config } from '../host/config';
import type { Logger } from '../host/log';
import { createMeetingKit, feedSources, type MeetingKit } from './index';

export function meetingKitFromConfig(
  config: Config,
  groups: readonly Group[],
  dataDir: string,
  logger?: Logger,
  now?: () => number,
): MeetingKit {
  const groupIdFor = (name: string) => {
    const wanted = name.trim().toLowerCase();
    return groups.find((g) => g.id === wanted || g.shortName.toLowerCase() === wanted)?.id;
  };
  let feeds;
  try {
    feeds = feedSources(config.MEETING_FEEDS, groupIdFor, config.DEFAULT_TIME_ZONE);
  } catch (err) {
    throw new ConfigError(`Invalid configuration: ${(err as Error).message}`);
  }
  if (feeds.length === 0) {
    logger?.info('meeting_feeds_sample', {
      detail: 'MEETING_FEEDS is empty: meeting search uses the invented sample meetings in content/data/meetings, and says so',
    });
  }
  return createMeetingKit({
    feeds,
    dataDir,
    defaultTimeZone: config.DEFAULT_TIME_ZONE,
    limits: {
      timeoutMs: config.MEETING_FEED_TIMEOUT_SECONDS * 1000,
      maxBytes: config.MEETING_FEED_MAX_BYTES,
      allowPrivate: config.MEETING_FEEDS_ALLOW_PRIVATE,
    },
    refreshMs: config.MEETING_REFRESH_MINUTES * 60_000,
    logger,
    now,
  });
}
