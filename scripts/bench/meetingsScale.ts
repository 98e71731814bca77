// Meeting search at the size of a statewide deployment (issue 20): 50,000 invented meetings in 15
// feeds (Meeting Guide and BMLT, scripts/meetingFeeds/generate.ts) served from a local server
// that answers conditional requests as real hosts do (ETag, Last-Modified, 304). Measures:
// memory per meeting in the bot process, search time by ZIP, city, online, day and time (in this
// process, over the same feeds), the HTTP turn latency of meeting searches (the first after
// start included), the p99 of ordinary questions while every feed is read and indexed again,
// and errors. Prints figures; asserts nothing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeetingDirectory, searchMeetings, warmUpMeetings, type FeedSource, type MeetingSearch } from '../../src/meetings';
import { placeForCity, placeForZip } from '../../src/meetings/places';
import { DAY, HOUR, instantOf, startOfDay, wallClock } from '../../src/meetings/zonedTime';
import { generateFeeds, seededRandom, type GeneratedFeed } from '../meetingFeeds/generate';
import { BotChild } from './botChild';
import type { CountingConnector } from './connector';
import { activityFor, postJson } from './load';
import { scriptFor } from './scenarios';
import { percentile } from './stats';

export interface MeetingScaleOptions {
  connector: CountingConnector;
  serviceUrl: string;
  meetings: number;
  feeds: number;
  /** Meeting-search turns timed over HTTP (one at a time). */
  searchTurns: number;
  /** Searches timed in-process per kind. */
  searchesPerKind: number;
  /** Ordinary turns in flight during the idle and refresh measurements. */
  concurrency: number;
  /** Where to write a CPU profile of the bot during the meeting-search turns (over the 50,000 meetings); none when absent. */
  profileFile?: string;
}

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  count: number;
}

export interface MeetingScaleFigures {
  meetings: number;
  feeds: number;
  feedBytes: number;
  /** Heap + external growth of the bot process with the feeds loaded, per meeting. */
  heapBytesPerMeeting: number;
  rssBytesPerMeeting: number;
  /** Start of the bot to every feed loaded. */
  firstLoadMs: number;
  search: Record<string, LatencyFigures>;
  searchTurn: LatencyFigures & { firstMs: number };
  /** The same turns against the shipped sample meetings only. */
  searchTurnSamplesOnly: LatencyFigures & { firstMs: number };
  /** The same turns answered by the echo bot: what any turn costs on this machine at the time (the floor). */
  searchTurnEcho: LatencyFigures & { firstMs: number };
  /** CPU time of the bot process per meeting-search turn (less moved by other load than the latency). */
  cpuMsPerSearchTurn: number;
  cpuMsPerEchoTurn: number;
  idle: LatencyFigures;
  duringRefresh: LatencyFigures;
  /** Meeting-search turns, one at a time, while every feed is read and indexed again. */
  searchTurnDuringRefresh: LatencyFigures;
  /** A full read of every changed feed, in the bot. */
  refreshMs: number;
  /** A second read when nothing changed (304s). */
  unchangedRefreshMs: number;
  conditionalAnswers: number;
  errors: number;
}

const ms = (start: number) => performance.now() - start;

function latency(samples: number[]): LatencyFigures {
  return { p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99), maxMs: Math.max(0, ...samples), count: samples.length };
}

/** Serves the feeds; `version` changes every body (and ETag) so a refresh must read them all. */
class FeedHost {
  version = 1;
  hits = 0;
  notModified = 0;
  private server?: http.Server;
  private base = '';

  constructor(private readonly feeds: GeneratedFeed[]) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.hits++;
      const index = Number(/\/feed-(\d+)/.exec(req.url ?? '')?.[1]);
      const feed = this.feeds[index];
      if (!feed) {
        res.writeHead(404).end();
        return;
      }
      const etag = `"f${index}-v${this.version}"`;
      const modified = new Date(Date.UTC(2026, 0, 1) + this.version * 60_000).toUTCString();
      if (req.headers['if-none-match'] === etag) {
        this.notModified++;
        res.writeHead(304, { etag, 'last-modified': modified }).end();
        return;
      }
      // A new version differs in its bytes, as a real edit would (one meeting renamed).
      const body = this.version === 1 ? feed.body : feed.body.replace(/"(name|meeting_name)":"/, `"$1":"v${this.version} `);
      res.writeHead(200, {
        'content-type': 'application/json',
        etag,
        'last-modified': modified,
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  url(index: number): string {
    const feed = this.feeds[index];
    return `${this.base}/feed-${index}${feed.format === 'bmlt' ? '?switcher=GetSearchResults' : '.json'}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const parsed = new WeakMap<GeneratedFeed, Record<string, unknown>[]>();

/** ZIP codes and cities where generated meetings are, for searches that find something. */
function placesOf(feeds: GeneratedFeed[], count: number, seed: number): { zip: string; city: string; state: string }[] {
  const random = seededRandom(seed);
  const out: { zip: string; city: string; state: string }[] = [];
  for (let i = 0; out.length < count && i < count * 5; i++) {
    const feed = feeds[Math.floor(random() * feeds.length)];
    let entries = parsed.get(feed);
    if (!entries) parsed.set(feed, (entries = JSON.parse(feed.body) as Record<string, unknown>[]));
    const entry = entries[Math.floor(random() * entries.length)];
    const zip = String(entry.postal_code ?? entry.location_postal_code_1);
    const city = String(entry.city ?? entry.location_municipality);
    if (placeForZip(zip) && placeForCity(city, feed.state)) out.push({ zip, city, state: feed.state });
  }
  return out;
}

/**
 * Meeting-search turns in new conversations, one at a time, in six phrasings (EN and ES, web and
 * SMS): `options.searchTurns` of them, or with `until`, as many as fit before it resolves (at least `minTurns`).
 */
async function searchTurns(
  bot: BotChild,
  options: MeetingScaleOptions,
  feeds: GeneratedFeed[],
  until?: Promise<unknown>,
  minTurns = 0,
  prefix = 'meet',
): Promise<{ latencies: number[]; errors: number }> {
  let done = false;
  void until?.then(() => (done = true));
  const places = placesOf(feeds, Math.max(20, options.searchTurns), 7);
  const phrasings = [
    (p: (typeof places)[0]) => `find an AA meeting tonight near ${p.zip}`,
    (p: (typeof places)[0]) => `NA meetings in ${p.city}, ${p.state} tomorrow`,
    () => 'online AA meetings on Saturday morning',
    (p: (typeof places)[0]) => `meetings near ${p.zip} after 7pm`,
    (p: (typeof places)[0]) => `reunión de AA en español cerca de ${p.zip}`,
    () => 'any online meeting now',
  ];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let errors = 0;
  for (let i = 0; until ? !done || i < minTurns : i < options.searchTurns; i++) {
    const text = phrasings[i % phrasings.length](places[i % places.length]);
    const turn = await timedTurn(bot, options, agent, `${prefix}-${bot.port}-${i}`, text, i % 3 === 2 ? 'sms' : 'webchat');
    latencies.push(turn.ms);
    if (!turn.ok) errors++;
  }
  agent.destroy();
  return { latencies, errors };
}

async function waitForFeeds(bot: BotChild, feeds: number, timeoutMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const stats = await bot.meetings();
    if (stats.loaded + stats.failing >= feeds) return;
    if (ms(started) > timeoutMs) throw new Error(`meeting feeds not loaded after ${timeoutMs} ms (${stats.loaded}/${feeds})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One message in a new conversation, timed to the 200 (the whole turn, replies included). */
async function timedTurn(
  bot: BotChild,
  options: MeetingScaleOptions,
  agent: http.Agent,
  id: string,
  text: string,
  channel = 'webchat',
): Promise<{ ms: number; ok: boolean }> {
  const body = JSON.stringify(activityFor({ text }, channel, id, userNumberOf(id), options.serviceUrl));
  const before = options.connector.repliesTo(id);
  const started = performance.now();
  const status = await postJson(agent, `${bot.url}/api/messages`, body).catch(() => 0);
  const took = ms(started);
  return { ms: took, ok: status === 200 && options.connector.repliesTo(id) > before };
}

/**
 * One person per conversation, as in life: a person's saved language follows them into their next
 * conversation, so one person for every search would make the English searches Spanish after the
 * first Spanish one.
 */
const userNumbers = new Map<string, number>();
function userNumberOf(conversationId: string): number {
  let n = userNumbers.get(conversationId);
  if (n === undefined) userNumbers.set(conversationId, (n = userNumbers.size + 1));
  return n;
}

/**
 * Ordinary questions (the bench's usual mix, no meeting search) at a fixed concurrency until `until`
 * resolves and at least `minTurns` ran.
 */
async function ordinaryLoad(
  bot: BotChild,
  options: MeetingScaleOptions,
  prefix: string,
  until: Promise<unknown>,
  minTurns: number,
): Promise<{ latencies: number[]; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let done = false;
  void until.then(() => (done = true));
  let n = 0;
  const worker = async () => {
    while (!done || latencies.length < minTurns) {
      const conversation = n++;
      const script = scriptFor(conversation);
      for (const step of script.steps) {
        if (!('text' in step)) continue;
        const id = `${prefix}-${conversation}`;
        const turn = await timedTurn(bot, options, agent, id, step.text, script.channel);
        latencies.push(turn.ms);
        if (!turn.ok) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return { latencies, errors };
}

export async function measureMeetingScale(options: MeetingScaleOptions): Promise<MeetingScaleFigures> {
  const feeds = generateFeeds(options.meetings, options.feeds, 20);
  const host = await new FeedHost(feeds).start();
  const feedList = feeds.map((f, i) => `${f.fellowship}=${host.url(i)},${f.format},${f.timeZone}`).join(' ');
  const env = {
    MEETING_FEEDS: feedList,
    MEETING_FEEDS_ALLOW_PRIVATE: 'true',
    MEETING_FEED_MAX_BYTES: String(50 * 1024 * 1024),
    MEETING_FEED_TIMEOUT_SECONDS: '60',
  };
  let errors = 0;
  try {
    // Memory: the same bot with the shipped samples, then with the 50,000 meetings.
    const plain = await new BotChild('navigator', { nodeFlags: ['--expose-gc'] }).ready();
    await plain.settle();
    const base = await plain.stats(true);
    // The same meeting-search turns over the ~80 shipped sample meetings: what reading the
    // question and writing the reply cost whatever the size of the lists.
    const samplesOnly = await searchTurns(plain, options, feeds);
    errors += samplesOnly.errors;
    await plain.stop();

    // The floor: the echo bot answering the same messages, one at a time.
    const echo = await new BotChild('echo').ready();
    const echoCpuBefore = (await echo.stats()).cpuMs;
    const echoed = await searchTurns(echo, options, feeds);
    const cpuMsPerEchoTurn = ((await echo.stats()).cpuMs - echoCpuBefore) / Math.max(1, echoed.latencies.length);
    errors += echoed.errors;
    await echo.stop();

    const started = performance.now();
    const bot = await new BotChild('navigator', { nodeFlags: ['--expose-gc'], env }).ready();
    try {
      await waitForFeeds(bot, feeds.length, 300_000);
      const firstLoadMs = ms(started);
      const loaded = await bot.meetings();
      errors += loaded.failing;
      await bot.settle();
      const full = await bot.stats(true);
      const heapBytesPerMeeting = (full.heapUsedBytes + full.externalBytes - base.heapUsedBytes - base.externalBytes) / loaded.meetings;
      const rssBytesPerMeeting = (full.rssBytes - base.rssBytes) / loaded.meetings;

      // Meeting-search turns over HTTP, one at a time; the very first after start included.
      if (options.profileFile) await bot.startProfile();
      const cpuBefore = (await bot.stats()).cpuMs;
      const scaled = await searchTurns(bot, options, feeds);
      const cpuMsPerSearchTurn = ((await bot.stats()).cpuMs - cpuBefore) / Math.max(1, scaled.latencies.length);
      if (options.profileFile) await bot.stopProfile(options.profileFile);
      errors += scaled.errors;
      const turns = scaled.latencies;
      const searchTurn = { ...latency(turns), firstMs: turns[0] ?? 0 };
      const searchTurnSamplesOnly = { ...latency(samplesOnly.latencies), firstMs: samplesOnly.latencies[0] ?? 0 };

      // Ordinary questions: idle, then while every feed (changed) is read and indexed again.
      const idleRun = await ordinaryLoad(bot, options, 'idle', new Promise((r) => setTimeout(r, 3000)), 200);
      host.version++;
      const refreshing = bot.refreshMeetings();
      const during = await ordinaryLoad(bot, options, 'refresh', refreshing, 50);
      const refreshMs = await refreshing;
      errors += idleRun.errors + during.errors;
      // Meeting searches, one at a time, during another full refresh (every feed changed again).
      host.version++;
      const refreshingAgain = bot.refreshMeetings();
      const searchesDuring = await searchTurns(bot, options, feeds, refreshingAgain, 50, 'meet-refresh');
      await refreshingAgain;
      errors += searchesDuring.errors;
      const afterRefresh = await bot.meetings();
      errors += afterRefresh.failing;
      // Nothing changed since: every feed answers 304.
      const before304 = host.notModified;
      const unchangedRefreshMs = await bot.refreshMeetings();
      const conditionalAnswers = host.notModified - before304;
      errors += (await bot.stats()).turnErrors;

      return {
        meetings: loaded.meetings,
        feeds: feeds.length,
        feedBytes: feeds.reduce((n, f) => n + f.body.length, 0),
        heapBytesPerMeeting,
        rssBytesPerMeeting,
        firstLoadMs,
        search: await measureSearches(feeds, host, options.searchesPerKind),
        searchTurn,
        searchTurnSamplesOnly,
        searchTurnEcho: { ...latency(echoed.latencies), firstMs: echoed.latencies[0] ?? 0 },
        cpuMsPerSearchTurn,
        cpuMsPerEchoTurn,
        idle: latency(idleRun.latencies),
        duringRefresh: latency(during.latencies),
        searchTurnDuringRefresh: latency(searchesDuring.latencies),
        refreshMs,
        unchangedRefreshMs,
        conditionalAnswers,
        errors,
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await host.stop();
  }
}

/** The search alone, in this process over the same feeds: by ZIP, city, online, day and time. */
async function measureSearches(feeds: GeneratedFeed[], host: FeedHost, perKind: number): Promise<Record<string, LatencyFigures>> {
  warmUpMeetings();
  const sources: FeedSource[] = feeds.map((f, i) => ({
    id: `feed-${i}`,
    fellowship: f.fellowship === 'AA' ? 'alcoholics-anonymous' : 'narcotics-anonymous',
    format: f.format,
    location: host.url(i),
    timeZone: f.timeZone,
    sample: false,
  }));
  const directory = new MeetingDirectory(sources, {
    limits: { timeoutMs: 60_000, maxBytes: 50 << 20, allowPrivate: true },
    refreshMs: 3_600_000,
  });
  await directory.refresh();
  const places = placesOf(feeds, perKind, 11);
  const now = Date.UTC(2026, 4, 6, 22, 0);
  const zone = 'America/Chicago';
  const today = startOfDay(wallClock(now, zone));
  const saturday = today + ((6 - new Date(today).getUTCDay() + 7) % 7) * DAY;
  const kinds: Record<string, (i: number) => MeetingSearch> = {
    'ZIP (next 7 days)': (i) => ({
      fellowships: [],
      filters: [],
      place: { kind: 'near', place: placeForZip(places[i % places.length].zip)! },
    }),
    'city (next 7 days)': (i) => ({
      fellowships: [],
      filters: [],
      place: { kind: 'near', place: placeForCity(places[i % places.length].city, places[i % places.length].state)! },
    }),
    'online (next 7 days)': () => ({ fellowships: [], filters: [], place: { kind: 'online' } }),
    'online, a day (Saturday)': () => ({
      fellowships: [],
      filters: [],
      place: { kind: 'online' },
      windows: [{ from: instantOf(saturday, zone), to: instantOf(saturday + DAY, zone) }],
    }),
    'ZIP, a time (tonight after 7 pm)': (i) => ({
      fellowships: [],
      filters: [],
      place: { kind: 'near', place: placeForZip(places[i % places.length].zip)! },
      windows: [{ from: instantOf(today + 19 * HOUR, zone), to: instantOf(today + DAY, zone) }],
    }),
    'anywhere, women (worst case)': () => ({ fellowships: [], filters: ['women'] }),
  };
  const out: Record<string, LatencyFigures> = {};
  for (const [name, make] of Object.entries(kinds)) {
    const samples: number[] = [];
    for (let i = 0; i < perKind; i++) {
      const search = make(i);
      const t = performance.now();
      runSearch(directory, search, now + i * 60_000);
      samples.push(ms(t));
    }
    out[name] = latency(samples);
  }
  directory.stop();
  return out;
}

function runSearch(directory: MeetingDirectory, search: MeetingSearch, now: number): number {
  return searchMeetings(directory.view(search.fellowships).indexes, search, now).length;
}

/** The targets next to the figures (figures, not a timed test: nothing fails on time). */
export function meetingScaleTargets(f: MeetingScaleFigures): { name: string; figure: string; target: string; met?: boolean }[] {
  const searchRatio = f.searchTurn.p99Ms ? f.searchTurnDuringRefresh.p99Ms / f.searchTurn.p99Ms : 0;
  const ordinaryRatio = f.idle.p99Ms ? f.duringRefresh.p99Ms / f.idle.p99Ms : 0;
  return [
    {
      name: 'meeting-search turn over HTTP, p50',
      figure: `${f.searchTurn.p50Ms.toFixed(2)} ms`,
      target: '≤ 5 ms',
      met: f.searchTurn.p50Ms <= 5,
    },
    {
      name: 'meeting-search turn over HTTP, p99 (first after start included)',
      figure: `${f.searchTurn.p99Ms.toFixed(2)} ms`,
      target: '≤ 25 ms',
      met: f.searchTurn.p99Ms <= 25,
    },
    {
      name: 'the first search after start',
      figure: `${f.searchTurn.firstMs.toFixed(1)} ms`,
      target: 'within the p99 (≤ 25 ms)',
      met: f.searchTurn.firstMs <= 25,
    },
    {
      name: 'for scale: the echo bot answering the same messages, p50 / p99',
      figure: `${f.searchTurnEcho.p50Ms.toFixed(2)} / ${f.searchTurnEcho.p99Ms.toFixed(2)} ms`,
      target: '–',
    },
    {
      name: 'CPU per meeting-search turn in the bot (echo bot per turn)',
      figure: `${f.cpuMsPerSearchTurn.toFixed(2)} ms (${f.cpuMsPerEchoTurn.toFixed(2)} ms)`,
      target: '–',
    },
    {
      name: 'meeting-search p99 during a full refresh, against idle',
      figure: `${searchRatio.toFixed(2)}× (${f.searchTurnDuringRefresh.p99Ms.toFixed(2)} ms)`,
      target: '≤ 1.5×',
      met: searchRatio <= 1.5,
    },
    {
      name: 'ordinary questions p99 during a full refresh, against idle',
      figure: `${ordinaryRatio.toFixed(2)}× (${f.duringRefresh.p99Ms.toFixed(2)} ms)`,
      target: '≤ 1.5×',
      met: ordinaryRatio <= 1.5,
    },
    { name: 'memory per meeting (heap + external, after GC)', figure: `${f.heapBytesPerMeeting.toFixed(0)} B`, target: 'reported' },
    { name: 'errors (turns, feeds)', figure: String(f.errors), target: '0', met: f.errors === 0 },
  ];
}

export function meetingScaleMarkdown(f: MeetingScaleFigures): string {
  const row = (name: string, l: LatencyFigures) =>
    `| ${name} | ${l.p50Ms.toFixed(2)} ms | ${l.p99Ms.toFixed(2)} ms | ${l.maxMs.toFixed(1)} ms | ${l.count} |`;
  const ratio = f.idle.p99Ms ? f.duringRefresh.p99Ms / f.idle.p99Ms : 0;
  const searchRatio = f.searchTurn.p99Ms ? f.searchTurnDuringRefresh.p99Ms / f.searchTurn.p99Ms : 0;
  const lines = [
    '## Meeting search at scale (issue 20)',
    '',
    `${f.meetings.toLocaleString('en-US')} invented meetings in ${f.feeds} feeds (Meeting Guide and BMLT, ${(f.feedBytes / 1024 / 1024).toFixed(1)} MiB; scripts/meetingFeeds/generate.ts, seed 20) served by a local server that answers conditional requests. \`npm run bench -- --meetings-scale\` runs this part alone.`,
    '',
    '| target (issue 20) | figure | target | met |',
    '|---|---|---|---|',
    ...meetingScaleTargets(f).map((t) => `| ${t.name} | ${t.figure} | ${t.target} | ${t.met === undefined ? '–' : t.met ? 'yes' : 'no'} |`),
    '',
    '| | figure |',
    '|---|---|',
    `| bot start to every feed loaded | ${(f.firstLoadMs / 1000).toFixed(1)} s |`,
    `| memory per meeting (heap + external, after GC) | ${f.heapBytesPerMeeting.toFixed(0)} B |`,
    `| memory per meeting (resident) | ${f.rssBytesPerMeeting.toFixed(0)} B |`,
    `| full refresh, every feed changed (read, parse, index) | ${(f.refreshMs / 1000).toFixed(1)} s |`,
    `| refresh with nothing changed | ${f.unchangedRefreshMs.toFixed(0)} ms (${f.conditionalAnswers} of ${f.feeds} feeds answered 304) |`,
    `| errors (turns, feeds) | ${f.errors} |`,
    '',
    '| meeting-search turn over HTTP | p50 | p99 | max | turns |',
    '|---|---|---|---|---|',
    row(`one at a time, first after start included (first: ${f.searchTurn.firstMs.toFixed(1)} ms)`, f.searchTurn),
    row(
      `the same turns over the ~80 shipped sample meetings only (first: ${f.searchTurnSamplesOnly.firstMs.toFixed(1)} ms)`,
      f.searchTurnSamplesOnly,
    ),
    row(
      `one at a time while every feed is read and indexed again (p99 ${searchRatio.toFixed(2)}× idle; target ≤ 1.5×)`,
      f.searchTurnDuringRefresh,
    ),
    row(`the floor: the same messages answered by the echo bot (first: ${f.searchTurnEcho.firstMs.toFixed(1)} ms)`, f.searchTurnEcho),
    '',
    `CPU of the bot process per meeting-search turn: ${f.cpuMsPerSearchTurn.toFixed(2)} ms (the echo bot: ${f.cpuMsPerEchoTurn.toFixed(2)} ms per turn).`,
    '',
    '| ordinary questions | p50 | p99 | max | turns |',
    '|---|---|---|---|---|',
    row('idle', f.idle),
    row(`while every feed is read and indexed again (p99 ${ratio.toFixed(2)}× idle; target ≤ 1.5×)`, f.duringRefresh),
    '',
    '| search alone (in process) | p50 | p99 | max | searches |',
    '|---|---|---|---|---|',
    ...Object.entries(f.search).map(([name, l]) => row(name, l)),
  ];
  return `${lines.join('\n')}\n`;
}
