// Figures for the meeting search: start-up costs (place index, date-time models), parse time per
// query, feed read time (shipped samples; a synthetic 5,000-meeting feed from a local server) and
// search time. Prints figures; asserts nothing. Run: npm run build && node dist/scripts/bench/meetings.js
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDialogKit } from '../../src/host/app';
import { MeetingDirectory, parseMeetingQuery, searchMeetings, warmUpMeetings, type FeedSource } from '../../src/meetings';
import { placeForZip } from '../../src/meetings/places';
import { readMeetingGuideFeed } from '../../src/meetings/readMeetingGuide';
import type { Locale } from '../../content/schema';
import { mayNameATime } from '../../src/meetings/timeWords';
import { recognizeWhen, recognizeWhenAlways } from '../../src/meetings/when';

const ms = (start: number) => performance.now() - start;
const fmt = (n: number) => `${n.toFixed(2)} ms`;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${fmt(at(0.5))}, p95 ${fmt(at(0.95))}, max ${fmt(sorted[sorted.length - 1])}`;
}

/** A Meeting Guide feed of `count` invented meetings spread over the US, on every day. */
function syntheticFeed(count: number): unknown[] {
  const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
  return Array.from({ length: count }, (_, i) => ({
    name: `Synthetic Group ${i}`,
    slug: `synthetic-${i}`,
    day: i % 7,
    time: `${String(6 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    timezone: zones[i % zones.length],
    types: ['O', 'D', i % 5 ? 'X' : 'W'],
    formatted_address: `${100 + i} Main St, Somewhere, US`,
    latitude: 30 + (i % 170) / 10,
    longitude: -120 + (i % 500) / 10,
    conference_url: i % 4 === 0 ? 'https://zoom.us/j/0000000000' : undefined,
    contact_1_name: 'Invented Person',
  }));
}

async function main(): Promise<void> {
  let t = performance.now();
  const kit = createDialogKit();
  console.log(`dialog kit (content, lookup, sample meeting feeds): ${fmt(ms(t))}`);
  t = performance.now();
  warmUpMeetings();
  console.log(`meeting warm-up (ZIP table and city index, date-time models en/es): ${fmt(ms(t))}`);

  const now = Date.UTC(2026, 4, 6, 22, 0);
  const queries = [
    'find an AA meeting tonight near 94110',
    'online SMART meeting on Saturday morning',
    'NA meetings near Denver tomorrow',
    'any meetings in Brooklyn this weekend',
    "women's meeting near 10011 tomorrow after 6",
    'reunión de AA esta noche cerca de 94110',
  ];
  const context = {
    locale: 'en' as const,
    now,
    defaultTimeZone: 'America/New_York',
    groupsNamed: (text: string) => kit.lookup.groupsNamed(text),
    timeZoneNear: (place: Parameters<MeetingDirectory['timeZoneNear']>[0]) => kit.meetings!.directory.timeZoneNear(place),
  };
  for (const query of queries) {
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      parseMeetingQuery(query, { ...context, locale: /reunión/.test(query) ? 'es' : 'en' });
      samples.push(ms(t));
    }
    console.log(`parse "${query}": first ${fmt(samples[0])}, then ${stats(samples.slice(1))}`);
  }
  // The meeting-scale benchmark's search phrasings as they reach recognizeWhen (the place taken
  // out): with the fast reader of common phrases, and with the recognizer reading every one.
  const searchTexts: [string, Locale][] = [
    ['find an AA meeting tonight near ', 'en'],
    ['NA meetings in ,  tomorrow', 'en'],
    ['online AA meetings on Saturday morning', 'en'],
    ['meetings near  after 7pm', 'en'],
    ['reunión de AA en español cerca de ', 'es'],
    ['any online meeting now', 'en'],
    ['busco una reunión esta noche', 'es'],
    ['reuniones el sábado por la mañana', 'es'],
  ];
  for (const [label, read] of [
    ['recognizeWhen (common phrases read without the recognizer)', recognizeWhen],
    [
      'the recognizer for every one (recognizeWhenAlways after the time-word check)',
      (text: string, locale: Locale, n: number, zone: string) =>
        mayNameATime(text, locale) ? recognizeWhenAlways(text, locale, n, zone) : undefined,
    ],
  ] as const) {
    const perText: number[] = [];
    for (let round = 0; round < 40; round++)
      for (const [text, locale] of searchTexts) {
        t = performance.now();
        read(text, locale, now, 'America/New_York');
        perText.push(ms(t));
      }
    console.log(`${label}, the search phrasings: ${stats(perText)}`);
  }

  const long = 'tomorrow after 6 near 94110 '.repeat(40);
  t = performance.now();
  recognizeWhen(long, 'en', now, 'America/New_York');
  console.log(`recognizer on a ${long.length}-character message (capped at 300): ${fmt(ms(t))}`);

  t = performance.now();
  const samples = new MeetingDirectory(
    kit.meetings!.directory.feeds().map((s) => s.feed),
    { limits: { timeoutMs: 5000, maxBytes: 1 << 20 }, refreshMs: 60_000 },
  );
  console.log(`shipped sample feeds read and mapped: ${fmt(ms(t))} (${samples.view([]).meetings.length} meetings)`);

  const big = syntheticFeed(5000);
  const body = JSON.stringify(big);
  t = performance.now();
  const reading = readMeetingGuideFeed(JSON.parse(body), {
    feedId: 'big',
    fellowship: 'alcoholics-anonymous',
    timeZone: 'America/New_York',
  });
  console.log(`5,000-meeting Meeting Guide feed (${(body.length / 1024).toFixed(0)} KiB): parse + validate + map ${fmt(ms(t))}`);

  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed: FeedSource = {
    id: 'big',
    fellowship: 'alcoholics-anonymous',
    format: 'meeting-guide',
    location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    timeZone: 'America/New_York',
    sample: false,
  };
  const directory = new MeetingDirectory([feed], {
    limits: { timeoutMs: 5000, maxBytes: 20 << 20, allowPrivate: true },
    refreshMs: 60_000,
  });
  t = performance.now();
  await directory.refresh();
  console.log(`the same feed over local HTTP (fetch, size cap, parse, map): ${fmt(ms(t))}`);
  server.close();

  const near = { kind: 'near' as const, place: placeForZip('80202')! };
  for (const [label, search] of [
    ['near 80202, next 7 days', { fellowships: [], filters: [], place: near }],
    ['online, next 7 days', { fellowships: [], filters: [], place: { kind: 'online' as const } }],
    ['online women, next 7 days', { fellowships: [], filters: ['women' as const], place: { kind: 'online' as const } }],
    ['anywhere, next 7 days (worst case)', { fellowships: [], filters: [] }],
  ] as const) {
    const runs: number[] = [];
    let found = 0;
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      found = searchMeetings(reading.meetings, search, now + i * 60_000).length;
      runs.push(ms(t));
    }
    console.log(`search 5,000 meetings, ${label}: ${stats(runs)} (${found} kept)`);
  }
}

void main();
