// Invented meeting feeds at the size a statewide deployment reads: Meeting Guide JSON (intergroup
// sites) and BMLT GetSearchResults (NA root servers), each meeting at a real US ZIP code with its
// city and coordinates from the `zipcodes` package, in the state's time zone, on every day and
// hour people meet, some online or hybrid, some with only an approximate location, some in
// Spanish or marked English. Deterministic: the same seed gives the same bytes. Nothing here is
// a real meeting; names are built from words groups commonly use.
//
//   node dist/scripts/meetingFeeds/generate.js [meetings=50000] [feeds=15] [seed=20] [outDir]
// writes one file per feed and a feeds.json describing them (fellowship, format, time zone).
import fs from 'node:fs';
import path from 'node:path';
import zipcodes from 'zipcodes';

export type GeneratedFormat = 'meeting-guide' | 'bmlt';

export interface GeneratedFeed {
  name: string;
  fellowship: 'AA' | 'NA';
  format: GeneratedFormat;
  /** The state's usual zone, for meetings that name none (BMLT often leaves it empty). */
  timeZone: string;
  state: string;
  meetings: number;
  /** The feed's JSON. */
  body: string;
}

/** Small, fast and deterministic (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** States of a large deployment, with the zone most of each is in. */
const STATES: [string, string][] = [
  ['CA', 'America/Los_Angeles'],
  ['TX', 'America/Chicago'],
  ['FL', 'America/New_York'],
  ['NY', 'America/New_York'],
  ['PA', 'America/New_York'],
  ['IL', 'America/Chicago'],
  ['OH', 'America/New_York'],
  ['GA', 'America/New_York'],
  ['AZ', 'America/Phoenix'],
  ['MI', 'America/Detroit'],
  ['CO', 'America/Denver'],
  ['WA', 'America/Los_Angeles'],
  ['NC', 'America/New_York'],
  ['MN', 'America/Chicago'],
  ['NM', 'America/Denver'],
];

const GROUP_WORDS = [
  'Serenity',
  'Sunrise',
  'Primary Purpose',
  'Back to Basics',
  'Came to Believe',
  'Keep It Simple',
  'New Beginnings',
  'Living Sober',
  'Easy Does It',
  'Hope',
  'Freedom',
  'Happy Destiny',
  'Daily Reprieve',
  'Lunch Bunch',
  'Early Birds',
  'Night Owls',
  'Into Action',
  'Spiritual Awakening',
  'Steps and Traditions',
  'How It Works',
  'Just for Today',
  'Clean and Serene',
  'Miracle',
  'Recovery',
  'Fellowship',
  'Unity',
  'Gratitude',
  'Last Chance',
  'Friday Night',
  'Saturday Morning',
];
const GROUP_KINDS = [
  'Group',
  'Meeting',
  'Discussion',
  'Big Book Study',
  'Step Study',
  "Women's Meeting",
  "Men's Meeting",
  'Young People',
  'Speaker Meeting',
  'Beginners',
];
const SPANISH_NAMES = [
  'Grupo Nueva Vida',
  'Grupo Esperanza',
  'Grupo Serenidad',
  'Grupo Sólo por Hoy',
  'Grupo Libertad',
  'Grupo Unidos',
  'Grupo Renacer',
  'Grupo Amistad',
];
const VENUES = [
  'First Methodist Church',
  'St. Mark Episcopal Church',
  'Community Center',
  'Alano Club',
  'Public Library',
  'Grace Lutheran Church',
  'Recovery Hall',
  'YMCA',
  'Senior Center',
  'Unity Church',
  'Fellowship Hall',
  'Catholic Parish Hall',
];
const STREETS = [
  'Main St',
  'Oak Ave',
  'Maple St',
  'Washington Blvd',
  'Church St',
  'Park Ave',
  'Elm St',
  'Lincoln Ave',
  '2nd St',
  'Broadway',
  'Highland Dr',
  'Center St',
];
const EXTRA_TYPES = ['O', 'C', 'D', 'B', 'ST', 'SP', 'BE', 'W', 'M', 'X', 'LGBTQ', 'Y', 'A', 'MED', 'LIT', 'CF', 'ASL', 'TR'];
const BMLT_EXTRA = ['O', 'C', 'D', 'BT', 'JT', 'St', 'Sp', 'B', 'W', 'M', 'WC', 'GL', 'YP', 'Ag', 'Med', 'LIT', 'CW'];
/** When people meet: early morning, noon and evening are the busy hours. */
const HOURS = [6, 7, 7, 8, 9, 10, 12, 12, 12, 13, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 21, 21];

/** `count` meetings in `feedCount` feeds (a third BMLT), deterministic for a seed. */
export function generateFeeds(count = 50_000, feedCount = 15, seed = 20): GeneratedFeed[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const all = Object.values(zipcodes.codes).filter(
    (c) => typeof c.latitude === 'number' && typeof c.longitude === 'number' && c.country === 'US',
  );
  const feeds: GeneratedFeed[] = [];
  for (let f = 0; f < feedCount; f++) {
    const [state, timeZone] = STATES[f % STATES.length];
    const zips = all.filter((c) => c.state === state);
    const format: GeneratedFormat = f % 3 === 2 ? 'bmlt' : 'meeting-guide';
    const meetings = Math.floor(count / feedCount) + (f < count % feedCount ? 1 : 0);
    const entries: unknown[] = [];
    for (let i = 0; i < meetings; i++) {
      const zip = pick(zips);
      const spanish = random() < 0.08;
      const online = random();
      const mode: 'in_person' | 'online' | 'hybrid' = online < 0.72 ? 'in_person' : online < 0.9 ? 'online' : 'hybrid';
      const hour = pick(HOURS);
      const minute = pick([0, 0, 0, 30, 30, 15, 45]);
      const durationMinutes = pick([60, 60, 60, 90, 90, 120]);
      const name = spanish ? pick(SPANISH_NAMES) : `${pick(GROUP_WORDS)} ${pick(GROUP_KINDS)}`;
      const extras = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(format === 'bmlt' ? BMLT_EXTRA : EXTRA_TYPES));
      const meeting = {
        id: f * 1_000_000 + i + 1,
        name,
        day: Math.floor(random() * 7),
        start: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
        durationMinutes,
        latitude: Number((zip.latitude + (random() - 0.5) * 0.04).toFixed(5)),
        longitude: Number((zip.longitude + (random() - 0.5) * 0.04).toFixed(5)),
        zip: zip.zip,
        city: zip.city,
        state,
        timeZone,
        street: `${100 + Math.floor(random() * 9800)} ${pick(STREETS)}`,
        venue: pick(VENUES),
        mode,
        spanish,
        english: !spanish && random() < 0.1,
        extras: [...new Set(extras)],
        approximate: mode === 'online' && random() < 0.5,
        updated: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 600) * 86_400_000).toISOString().replace('T', ' ').slice(0, 19),
      };
      entries.push(format === 'bmlt' ? asBmlt(meeting) : asMeetingGuide(meeting, f));
    }
    feeds.push({
      name: `${state} ${format === 'bmlt' ? 'NA region' : 'AA intergroup'}`,
      fellowship: format === 'bmlt' ? 'NA' : 'AA',
      format,
      timeZone,
      state,
      meetings,
      body: JSON.stringify(entries),
    });
  }
  return feeds;
}

interface Invented {
  id: number;
  name: string;
  day: number;
  start: string;
  durationMinutes: number;
  latitude: number;
  longitude: number;
  zip: string;
  city: string;
  state: string;
  timeZone: string;
  street: string;
  venue: string;
  mode: 'in_person' | 'online' | 'hybrid';
  spanish: boolean;
  english: boolean;
  extras: string[];
  approximate: boolean;
  updated: string;
}

function endTime(m: Invented): string {
  const [h, min] = m.start.split(':').map(Number);
  const end = (h * 60 + min + m.durationMinutes) % (24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

function asMeetingGuide(m: Invented, feed: number): Record<string, unknown> {
  const types = [...m.extras, ...(m.spanish ? ['S'] : []), ...(m.english ? ['EN'] : []), ...(m.mode !== 'in_person' ? ['ONL'] : [])];
  const online = m.mode !== 'in_person';
  return {
    name: m.name,
    slug: `${m.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${m.id}`,
    day: m.day,
    time: m.start,
    end_time: endTime(m),
    timezone: m.timeZone,
    types,
    location: m.mode === 'online' ? undefined : m.venue,
    address: m.approximate ? undefined : m.street,
    city: m.city,
    state: m.state,
    postal_code: m.zip,
    country: 'US',
    formatted_address: m.approximate ? `${m.city}, ${m.state}, USA` : `${m.street}, ${m.city}, ${m.state} ${m.zip}, USA`,
    approximate: m.mode === 'online' ? (m.approximate ? 'yes' : 'no') : undefined,
    latitude: m.latitude,
    longitude: m.longitude,
    conference_url: online ? `https://zoom.us/j/${8_000_000_000 + m.id}` : undefined,
    conference_phone: online && m.id % 3 === 0 ? `+16699006833,,${8_000_000_000 + m.id}#` : undefined,
    notes: m.id % 4 === 0 ? 'Use the side entrance. Parking behind the building.' : undefined,
    updated: m.updated,
    url: `https://intergroup-${feed}.example.org/meetings/${m.id}`,
    feedback_url: `https://intergroup-${feed}.example.org/meeting-feedback?meeting=${m.id}`,
    contact_1_name: 'Invented Contact',
    contact_1_email: 'contact@example.invalid',
    group: m.name,
  };
}

function asBmlt(m: Invented): Record<string, string> {
  const formats = [...m.extras, ...(m.spanish ? ['ES'] : []), ...(m.mode === 'online' ? ['VM'] : m.mode === 'hybrid' ? ['HY'] : [])];
  const online = m.mode !== 'in_person';
  return {
    id_bigint: String(m.id),
    worldid_mixed: `G${m.id}`,
    service_body_bigint: String(1 + (m.id % 40)),
    weekday_tinyint: String(m.day + 1),
    start_time: `${m.start}:00`,
    duration_time: `${String(Math.floor(m.durationMinutes / 60)).padStart(2, '0')}:${String(m.durationMinutes % 60).padStart(2, '0')}:00`,
    time_zone: m.id % 2 ? m.timeZone : '',
    venue_type: m.mode === 'in_person' ? '1' : m.mode === 'online' ? '2' : '3',
    formats: formats.join(','),
    lang_enum: m.spanish ? 'es' : 'en',
    meeting_name: m.name,
    location_text: m.mode === 'online' ? '' : m.venue,
    location_street: m.mode === 'online' ? '' : m.street,
    location_municipality: m.city,
    location_province: m.state,
    location_postal_code_1: m.zip,
    latitude: String(m.latitude),
    longitude: String(m.longitude),
    virtual_meeting_link: online ? `https://zoom.us/j/${8_000_000_000 + m.id}` : '',
    phone_meeting_number: online && m.id % 3 === 0 ? `+1 646 558 8656 ${8_000_000_000 + m.id}` : '',
    comments: m.id % 4 === 0 ? 'Side entrance.' : '',
    contact_name_1: 'Invented Contact',
  };
}

function main(): void {
  const [count = '50000', feedCount = '15', seed = '20', outDir = 'bench/tmp/feeds'] = process.argv.slice(2);
  const feeds = generateFeeds(Number(count), Number(feedCount), Number(seed));
  fs.mkdirSync(outDir, { recursive: true });
  const index = feeds.map((feed, i) => {
    const file = `feed-${String(i + 1).padStart(2, '0')}-${feed.format}.json`;
    fs.writeFileSync(path.join(outDir, file), feed.body);
    return {
      file,
      name: feed.name,
      fellowship: feed.fellowship,
      format: feed.format,
      timeZone: feed.timeZone,
      meetings: feed.meetings,
      bytes: feed.body.length,
    };
  });
  fs.writeFileSync(path.join(outDir, 'feeds.json'), JSON.stringify(index, null, 2));
  console.log(
    `${feeds.reduce((n, f) => n + f.meetings, 0)} meetings in ${feeds.length} feeds (${(feeds.reduce((n, f) => n + f.body.length, 0) / 1024 / 1024).toFixed(1)} MiB) written to ${outDir}`,
  );
}

if (require.main === module) main();
