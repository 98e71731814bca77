// One feed's answer turned into its index: JSON parsed, entries read in the feed's format, the
// index built. Runs in the feed worker for web feeds (so a large feed never holds a turn) and at
// once for the small shipped sample files.
import { FeedReadError, parseJson } from './fetchFeed';
import { buildIndexData, type IndexData } from './meetingIndex';
import type { FeedContext, FeedReading } from './model';
import { readBmltFeed } from './readBmlt';
import { readMeetingGuideFeed } from './readMeetingGuide';

export interface ReadFeed {
  data: IndexData;
  skipped: number;
}

export function readFeedBody(body: Buffer, format: 'meeting-guide' | 'bmlt', context: FeedContext): ReadFeed {
  return readFeedJson(parseJson(body), format, context);
}

export function readFeedJson(json: unknown, format: 'meeting-guide' | 'bmlt', context: FeedContext): ReadFeed {
  const reading: FeedReading = format === 'bmlt' ? readBmltFeed(json, context) : readMeetingGuideFeed(json, context);
  const entries = reading.meetings.length + reading.skipped;
  // A feed that answers with something that is not a meeting list is failing, not empty.
  if (entries === 0 && !isEmptyList(json)) throw new FeedReadError('not a meeting list');
  if (entries > 0 && reading.meetings.length === 0) throw new FeedReadError(`none of its ${entries} entries could be read`);
  return { data: buildIndexData(reading.meetings), skipped: reading.skipped };
}

function isEmptyList(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0;
  return (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { meetings?: unknown }).meetings) &&
    (json as { meetings: unknown[] }).meetings.length === 0
  );
}
