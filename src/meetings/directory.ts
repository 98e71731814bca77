// The meetings the bot knows: every configured feed read on a schedule and kept in memory as an
// index (meetingIndex.ts). Web feeds are fetched, parsed and indexed in a worker thread, and the
// new index replaces the old in one assignment, so a refresh never holds a turn. A feed that
// fails keeps its last good copy and is marked failing, so a reply can say the list may be out of
// date - or, when there never was a good copy, that it could not be read at all - and is tried
// again after a growing pause. An unchanged feed answers 304 to the conditional request and
// costs nothing. Logs and /healthz name each feed by its id, fellowship and host, never its URL
// (a URL may carry a key).
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../host/log';
import type { FeedSource } from './feedConfig';
import { FeedReadError, readJsonFile, type FetchLimits, type Validators } from './fetchFeed';
import type { FeedJob, FeedJobResult } from './feedWorker';
import { FeedIndex } from './meetingIndex';
import type { Meeting } from './model';
import type { Place } from './places';
import { nearestZone } from './search';

export interface FeedStatus {
  feed: FeedSource;
  /** The last good copy, indexed (undefined until one was read). */
  index?: FeedIndex;
  /** Meetings in the copy in hand. */
  meetingCount: number;
  state: 'loading' | 'ok' | 'failing';
  /** Unix ms when the copy in hand was read (or confirmed unchanged); 0 = never. */
  loadedAt: number;
  /** Why the last read failed, in a few words (no URL). */
  problem?: string;
  /** Entries of the last good copy that were malformed or unusable. */
  skipped: number;
  /** Reads that failed in a row. */
  failures: number;
  /** Unix ms of the next try after a failure. */
  retryAt?: number;
  validators: Validators;
}

/** A feed's health as /healthz shows it: no URL. */
export interface FeedHealth {
  feed: string;
  fellowship: string;
  host: string;
  state: FeedStatus['state'];
  meetings: number;
  /** ISO time of the copy in hand. */
  loadedAt?: string;
  problem?: string;
  failures: number;
  retryAt?: string;
}

/** What a search over some fellowships can use, and what it must be honest about. */
export interface DirectoryView {
  /** The indexes to search (searchMeetings takes them). */
  indexes: FeedIndex[];
  /** Every meeting as a record (builds them all: for tests and small lists, not for a search). */
  readonly meetings: Meeting[];
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
  /** A feed that failed is tried again this soon, doubling with each failure in a row (at most `refreshMs`); default 2 minutes. */
  retryMs?: number;
  logger?: Logger;
  now?: () => number;
  /** Read web feeds on this thread instead of a worker (default false). */
  inThread?: boolean;
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
  private worker?: Worker;
  private readonly jobs = new Map<number, (result: FeedJobResult) => void>();
  private nextJob = 1;

  constructor(
    feeds: FeedSource[],
    private readonly options: DirectoryOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.statuses = feeds.map((feed) => ({
      feed,
      meetingCount: 0,
      state: 'loading',
      loadedAt: 0,
      skipped: 0,
      failures: 0,
      validators: {},
    }));
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
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const [id, done] of this.jobs) done({ job: id, kind: 'failed', problem: 'stopped' });
    this.jobs.clear();
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

  /** Each feed's state for /healthz. */
  health(): FeedHealth[] {
    return this.loaded().map((s) => ({
      feed: s.feed.id,
      fellowship: s.feed.fellowship,
      host: hostOf(s.feed.location),
      state: s.state,
      meetings: s.meetingCount,
      loadedAt: s.loadedAt ? new Date(s.loadedAt).toISOString() : undefined,
      problem: s.problem,
      failures: s.failures,
      retryAt: s.retryAt ? new Date(s.retryAt).toISOString() : undefined,
    }));
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
    const usable = relevant.filter((s) => s.index);
    const indexes = usable.map((s) => s.index!);
    return {
      indexes,
      get meetings() {
        return indexes.flatMap((ix) => ix.all());
      },
      unreadable: relevant.filter((s) => !s.index),
      stale: usable.filter((s) => s.state === 'failing'),
      sample: usable.some((s) => s.feed.sample),
    };
  }

  /** The time zone of the nearest meeting with coordinates, if one is near enough. */
  timeZoneNear(place: Place): string | undefined {
    return nearestZone(
      this.loaded().flatMap((s) => (s.index ? [s.index] : [])),
      place,
      ZONE_RADIUS_MILES,
    );
  }

  private async fetch(status: FeedStatus): Promise<void> {
    const started = performance.now();
    const job: FeedJob = {
      job: this.nextJob++,
      url: status.feed.location,
      format: status.feed.format,
      context: contextOf(status.feed),
      limits: this.options.limits,
      validators: status.index ? status.validators : {},
    };
    const result = await this.run(job);
    if (result.kind === 'failed') return this.fail(status, new FeedReadError(result.problem));
    if (result.kind === 'unchanged') {
      Object.assign(status, { state: 'ok', loadedAt: this.now(), problem: undefined, failures: 0, retryAt: undefined });
      this.options.logger?.debug('meeting_feed_unchanged', { detail: `${status.feed.id}: not changed${where(status.feed)}` });
      return;
    }
    this.accept(status, new FeedIndex(result.data, status.feed.fellowship), result.skipped, started, result.validators);
  }

  /** Runs a feed job in the worker (started on first use), or here when told to or when no worker can start. */
  private run(job: FeedJob): Promise<FeedJobResult> {
    if (this.options.inThread) return inThread(job);
    if (!this.worker) {
      try {
        this.worker = new Worker(path.join(__dirname, 'feedWorker.js'));
      } catch {
        return inThread(job);
      }
      const worker = this.worker;
      worker.unref();
      worker.on('message', (result: FeedJobResult) => {
        const done = this.jobs.get(result.job);
        this.jobs.delete(result.job);
        // Between refreshes the worker would only hold memory (its heap from the last parse).
        if (this.jobs.size === 0 && this.worker === worker) {
          this.worker = undefined;
          void worker.terminate();
        }
        done?.(result);
      });
      // Only a worker that dies while it is the current one had jobs left to fail.
      const failAll = () => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        for (const [id, done] of this.jobs) done({ job: id, kind: 'failed', problem: 'could not be read' });
        this.jobs.clear();
      };
      worker.on('error', failAll);
      worker.on('exit', failAll);
    }
    const worker = this.worker;
    return new Promise((resolve) => {
      this.jobs.set(job.job, resolve);
      worker.postMessage(job);
    });
  }

  private readFile(status: FeedStatus): void {
    const started = performance.now();
    try {
      const read = feedReaders().readFeedJson(
        readJsonFile(status.feed.location, this.options.limits.maxBytes),
        status.feed.format,
        contextOf(status.feed),
      );
      this.accept(status, new FeedIndex(read.data, status.feed.fellowship), read.skipped, started, {});
    } catch (err) {
      this.fail(status, err);
    }
  }

  private accept(status: FeedStatus, index: FeedIndex, skipped: number, started: number, validators: Validators): void {
    // One assignment: a search sees the old copy or the new one, never a mix.
    Object.assign(status, {
      index,
      meetingCount: index.count,
      skipped,
      state: 'ok',
      loadedAt: this.now(),
      problem: undefined,
      failures: 0,
      retryAt: undefined,
      validators,
    });
    this.options.logger?.info('meeting_feed_loaded', {
      durationMs: Math.round(performance.now() - started),
      detail: `${status.feed.id}: ${index.count} meetings, ${skipped} skipped${where(status.feed)}`,
    });
  }

  private fail(status: FeedStatus, err: unknown): void {
    status.state = 'failing';
    status.failures++;
    status.problem = err instanceof FeedReadError ? err.message : 'could not be read';
    // While the schedule runs, a failed web feed is tried again soon rather than in an hour, then
    // less and less often while it keeps failing.
    const delay = Math.min((this.options.retryMs ?? 2 * 60_000) * 2 ** Math.min(10, status.failures - 1), this.options.refreshMs);
    const willRetry = Boolean(this.timer && isUrl(status.feed.location));
    status.retryAt = willRetry ? this.now() + delay : undefined;
    this.options.logger?.warn('meeting_feed_failed', {
      detail: `${status.feed.id}: ${status.problem}${status.index ? '; keeping the last good copy' : ''}; ${status.failures} failure(s) in a row${willRetry ? `, next try in ${Math.round(delay / 1000)} s` : ''}${where(status.feed)}`,
    });
    if (willRetry) {
      // A failure while a retry waits (the hourly read) puts that retry further off.
      clearTimeout(this.retries.get(status));
      const retry = setTimeout(() => {
        this.retries.delete(status);
        if (this.timer) void this.fetch(status);
      }, delay);
      retry.unref();
      this.retries.set(status, retry);
    }
  }
}

function contextOf(feed: FeedSource) {
  return { feedId: feed.id, fellowship: feed.fellowship, timeZone: feed.timeZone };
}

/** " (host bmlt.example.org)": the host only, never the URL's path or query (they may hold a key). */
function where(feed: FeedSource): string {
  return isUrl(feed.location) ? ` (host ${hostOf(feed.location)})` : '';
}

function hostOf(location: string): string {
  if (!isUrl(location)) return 'shipped file';
  try {
    return new URL(location).hostname;
  } catch {
    return 'unknown';
  }
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/*
 * The feed readers (both formats) are loaded on the first feed read, not at start-up: web feeds
 * are read in the worker, which loads its own copy, and the shipped sample meetings are read in
 * idle time after the server listens.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
function feedReaders(): typeof import('./readFeed') {
  return require('./readFeed') as typeof import('./readFeed');
}

function inThread(job: FeedJob): Promise<FeedJobResult> {
  return (require('./feedWorker') as typeof import('./feedWorker')).runFeedJob(job);
}
/* eslint-enable @typescript-eslint/no-require-imports */
