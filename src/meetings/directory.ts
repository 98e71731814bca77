// The meetings the bot knows: every configured feed read on a schedule and kept in memory. A feed
// that fails keeps its last good copy and is marked failing, so a reply can say the list may be
// out of date - or, when there never was a good copy, that it could not be read at all.
import type { Logger } from '../host/log';
import type { FeedSource } from './feedConfig';
import { FeedReadError, fetchFeed, parseJson, readJsonFile, type FetchLimits } from './fetchFeed';
import type { FeedReading, Meeting } from './model';
import { milesBetween, type Place } from './places';
import { readBmltFeed } from './readBmlt';
import { readMeetingGuideFeed } from './readMeetingGuide';

export interface FeedStatus {
  feed: FeedSource;
  /** The last good copy (empty until one was read). */
  meetings: Meeting[];
  state: 'loading' | 'ok' | 'failing';
  /** Unix ms when the copy in hand was read; 0 = never. */
  loadedAt: number;
  /** Why the last read failed, in a few words (no URL). */
  problem?: string;
  /** Entries of the last good copy that were malformed or unusable. */
  skipped: number;
}

/** What a search over some fellowships can use, and what it must be honest about. */
export interface DirectoryView {
  meetings: Meeting[];
  /** Feeds with no usable copy: their meetings are unknown, not absent. */
  unreadable: FeedStatus[];
  /** Feeds that failed lately but still have an older copy, used. */
  stale: FeedStatus[];
  /** Some of the meetings are invented samples. */
  sample: boolean;
}

export interface DirectoryOptions {
  limits: FetchLimits;
  /** How often the feeds are read again. */
  refreshMs: number;
  /** A feed that failed is tried again this soon (at most `refreshMs`); default 2 minutes. */
  retryMs?: number;
  logger?: Logger;
  now?: () => number;
}

/** Meetings whose zone decides what "tonight" means near a place: within this many miles. */
const ZONE_RADIUS_MILES = 150;

export class MeetingDirectory {
  private readonly statuses: FeedStatus[];
  private readonly now: () => number;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;
  private shippedRead = false;
  private readonly retries = new Map<FeedStatus, NodeJS.Timeout>();

  constructor(
    feeds: FeedSource[],
    private readonly options: DirectoryOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.statuses = feeds.map((feed) => ({ feed, meetings: [], state: 'loading', loadedAt: 0, skipped: 0 }));
  }

  /**
   * The feeds, with shipped files read on first use (or by the idle warm-up after listening),
   * so start-up does not pay for them; they are small and read synchronously.
   */
  private loaded(): FeedStatus[] {
    if (!this.shippedRead) {
      this.shippedRead = true;
      for (const status of this.statuses) if (!isUrl(status.feed.location)) this.readFile(status);
    }
    return this.statuses;
  }

  /** Reads every feed now and then every `refreshMs`; the timer does not keep the process alive. */
  start(): Promise<void> {
    if (!this.timer) {
      this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
      this.timer.unref();
    }
    // Shipped files are read on first use; the web feeds are read now.
    return Promise.all(this.statuses.filter((s) => isUrl(s.feed.location)).map((s) => this.fetch(s))).then(() => undefined);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const retry of this.retries.values()) clearTimeout(retry);
    this.retries.clear();
  }

  /** Reads every feed once; a refresh already running is joined, not doubled. */
  refresh(): Promise<void> {
    this.shippedRead = true;
    this.refreshing ??= Promise.all(this.statuses.map((s) => (isUrl(s.feed.location) ? this.fetch(s) : this.readFile(s))))
      .then(() => undefined)
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  feeds(): readonly FeedStatus[] {
    return this.loaded();
  }

  /** Content group ids that at least one feed serves. */
  fellowships(): string[] {
    return [...new Set(this.statuses.map((s) => s.feed.fellowship))];
  }

  covers(fellowship: string): boolean {
    return this.statuses.some((s) => s.feed.fellowship === fellowship);
  }

  /** The meetings of these fellowships (all when empty), with what could not be read. */
  view(fellowships: readonly string[]): DirectoryView {
    const relevant = this.loaded().filter((s) => fellowships.length === 0 || fellowships.includes(s.feed.fellowship));
    const usable = relevant.filter((s) => s.loadedAt > 0);
    return {
      meetings: usable.flatMap((s) => s.meetings),
      unreadable: relevant.filter((s) => s.loadedAt === 0),
      stale: usable.filter((s) => s.state === 'failing'),
      sample: usable.some((s) => s.feed.sample),
    };
  }

  /** The time zone of the nearest meeting with coordinates, if one is near enough. */
  timeZoneNear(place: Place): string | undefined {
    let best: { miles: number; zone: string } | undefined;
    for (const status of this.loaded()) {
      for (const meeting of status.meetings) {
        const at = meeting.place;
        if (at?.latitude === undefined || at.longitude === undefined) continue;
        const miles = milesBetween(place, { latitude: at.latitude, longitude: at.longitude });
        if (miles <= ZONE_RADIUS_MILES && (!best || miles < best.miles)) best = { miles, zone: meeting.timeZone };
      }
    }
    return best?.zone;
  }

  private async fetch(status: FeedStatus): Promise<void> {
    const started = performance.now();
    try {
      const fetched = await fetchFeed(status.feed.location, this.options.limits);
      this.accept(status, fetched.unchanged ? undefined : parseJson(fetched.body), started);
    } catch (err) {
      this.fail(status, err);
    }
  }

  private readFile(status: FeedStatus): void {
    const started = performance.now();
    try {
      this.accept(status, readJsonFile(status.feed.location, this.options.limits.maxBytes), started);
    } catch (err) {
      this.fail(status, err);
    }
  }

  private accept(status: FeedStatus, json: unknown, started: number): void {
    const context = { feedId: status.feed.id, fellowship: status.feed.fellowship, timeZone: status.feed.timeZone };
    const reading: FeedReading = status.feed.format === 'bmlt' ? readBmltFeed(json, context) : readMeetingGuideFeed(json, context);
    const entries = reading.meetings.length + reading.skipped;
    // A feed that answers with something that is not a meeting list is failing, not empty.
    if (entries === 0 && !isEmptyList(json)) throw new FeedReadError('not a meeting list');
    if (entries > 0 && reading.meetings.length === 0) throw new FeedReadError(`none of its ${entries} entries could be read`);
    Object.assign(status, { meetings: reading.meetings, skipped: reading.skipped, state: 'ok', loadedAt: this.now(), problem: undefined });
    this.options.logger?.info('meeting_feed_loaded', {
      durationMs: Math.round(performance.now() - started),
      detail: `${status.feed.id}: ${reading.meetings.length} meetings, ${reading.skipped} skipped`,
    });
  }

  private fail(status: FeedStatus, err: unknown): void {
    status.state = 'failing';
    status.problem = err instanceof FeedReadError ? err.message : 'could not be read';
    this.options.logger?.warn('meeting_feed_failed', {
      detail: `${status.feed.id}: ${status.problem}${status.loadedAt ? '; keeping the last good copy' : ''}`,
    });
    // While the schedule runs, a failed web feed is tried again soon rather than in an hour.
    if (this.timer && isUrl(status.feed.location) && !this.retries.has(status)) {
      const retry = setTimeout(() => {
        this.retries.delete(status);
        if (this.timer) void this.fetch(status);
      }, Math.min(this.options.retryMs ?? 2 * 60_000, this.options.refreshMs));
      retry.unref();
      this.retries.set(status, retry);
    }
  }
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

function isEmptyList(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0;
  return typeof json === 'object' && json !== null && Array.isArray((json as { meetings?: unknown }).meetings) && (json as { meetings: unknown[] }).meetings.length === 0;
}
