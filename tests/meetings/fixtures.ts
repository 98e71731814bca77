// Invented meeting feeds in both formats, built to hit the traps: a meeting across midnight, a
// time-zone difference between the person and the meeting, BMLT's 1 = Sunday and its `B` for
// Beginners, string numbers, malformed entries, and contact names that must never show.
import path from 'node:path';
import { defaultContentDir } from '../../content';
import { createMeetingKit, type FeedSource, type MeetingKit } from '../../src/meetings';

/** Wednesday 6 May 2026, 18:00 in New York, 15:00 in San Francisco, 16:00 in Denver. */
export const NOW = Date.UTC(2026, 4, 6, 22, 0);

/** Names that appear only in contact fields: no reply may ever contain them. */
export const CONTACT_NAMES = ['Chris Contactperson', 'Dana Contactperson', 'Robin S.', 'Jordan K.', 'Alex P.'];

export const MEETING_GUIDE_FEED: unknown[] = [
  {
    name: 'Midnight Oil',
    slug: 'midnight-oil',
    day: 3,
    time: '23:30',
    end_time: '00:30',
    timezone: 'America/New_York',
    types: ['O', 'D'],
    location: 'Night Owl Hall',
    formatted_address: '1 Penn Plaza, New York, NY 10001, USA',
    latitude: 40.7505,
    longitude: -73.9934,
    contact_1_name: 'Chris Contactperson',
    contact_1_phone: '555-0101',
    contact_1_email: 'chris@example.invalid',
  },
  {
    name: 'West Coast Late Online',
    slug: 'west-coast-late',
    day: 3,
    time: '21:00',
    end_time: '22:00',
    timezone: 'America/Los_Angeles',
    types: ['O', 'ONL'],
    formatted_address: 'Los Angeles, CA 90012, USA',
    approximate: 'yes',
    conference_url: 'https://zoom.us/j/0000000000',
  },
  {
    name: 'Sunday Big Book Study',
    slug: 'big-book',
    day: 0,
    time: '10:00',
    timezone: 'America/New_York',
    types: ['B', 'C'],
    formatted_address: '20 W 34th St, New York, NY 10001, USA',
    latitude: 40.7484,
    longitude: -73.9857,
  },
  {
    name: 'Thursday Women Newcomers',
    slug: 'women-newcomers',
    day: '4',
    time: '19:00',
    end_time: '20:00',
    timezone: 'America/New_York',
    types: ['W', 'BE', 'X', 'NOT-A-CODE'],
    formatted_address: '100 W 16th St, New York, NY 10011, USA',
    latitude: '40.7390',
    longitude: '-73.9970',
  },
  {
    name: 'Garment District Noon',
    slug: 'garment-noon',
    day: [1, 2, 3, 4, 5],
    time: '12:15',
    end_time: '13:15',
    timezone: 'America/New_York',
    types: ['O', 'SP'],
    location: 'Seventh Avenue Loft',
    formatted_address: '500 7th Ave, New York, NY 10018, USA',
    latitude: 40.7532,
    longitude: -73.9888,
  },
  {
    name: 'Philadelphia Evening Group',
    slug: 'philadelphia-evening',
    day: [3, 4],
    time: '19:00',
    timezone: 'America/New_York',
    types: ['O'],
    formatted_address: '1500 Market St, Philadelphia, PA 19102, USA',
    latitude: 39.9526,
    longitude: -75.1652,
  },
  // Malformed or unusable: skipped and counted, never a crash.
  { name: 'Day Nine', slug: 'day-nine', day: 9, time: '19:00', formatted_address: '1 Main St, New York, NY 10001' },
  { slug: 'no-name', day: 1, time: '19:00', formatted_address: '1 Main St, New York, NY 10001' },
  { name: 'Seven PM', slug: 'seven-pm', day: 1, time: '7pm', formatted_address: '1 Main St, New York, NY 10001' },
  { name: 'Nowhere', slug: 'nowhere', day: 1, time: '19:00' },
  'not a meeting',
  null,
];
/** Usable entries (one of them held on five days, one on two: 11 meetings). */
export const MEETING_GUIDE_USABLE = 6;
export const MEETING_GUIDE_MEETINGS = 11;
export const MEETING_GUIDE_SKIPPED = 6;

export const BMLT_FEED: unknown[] = [
  {
    id_bigint: '1',
    weekday_tinyint: '1',
    venue_type: '1',
    start_time: '19:00:00',
    duration_time: '01:30:00',
    time_zone: 'America/Denver',
    formats: 'B,O,WC',
    meeting_name: 'Sunday Beginners',
    location_text: 'Glenarm Room',
    location_street: '1600 Glenarm Pl',
    location_municipality: 'Denver',
    location_province: 'CO',
    location_postal_code_1: '80202',
    latitude: '39.7455',
    longitude: '-104.9897',
    contact_name_1: 'Dana Contactperson',
    contact_phone_1: '555-0102',
  },
  {
    id_bigint: 2,
    weekday_tinyint: '7',
    venue_type: '1',
    start_time: '23:30:00',
    duration_time: '01:00:00',
    time_zone: '',
    formats: 'C,W,GL,ES,BT',
    meeting_name: 'Saturday Late Women',
    location_street: '1500 E Colfax Ave',
    location_municipality: 'Denver',
    location_province: 'CO',
    location_postal_code_1: '80218',
    latitude: '39.7401',
    longitude: '-104.9671',
  },
  {
    id_bigint: '3',
    weekday_tinyint: '4',
    venue_type: '2',
    start_time: '12:00:00',
    duration_time: '01:00:00',
    time_zone: 'America/Chicago',
    formats: 'VM,O',
    meeting_name: 'Midday Online NA',
    virtual_meeting_link: 'https://zoom.us/j/0000000001',
    phone_meeting_number: '+13126266799,,0000000001#',
    latitude: '0',
    longitude: '0',
  },
  {
    id_bigint: '4',
    weekday_tinyint: '2',
    venue_type: '3',
    start_time: '18:00:00',
    duration_time: '01:00:00',
    time_zone: 'America/Denver',
    formats: 'HY,TC,O',
    meeting_name: 'Closed Building Hybrid',
    location_street: '3200 W 32nd Ave',
    location_municipality: 'Denver',
    location_province: 'CO',
    virtual_meeting_link: 'https://zoom.us/j/0000000002',
    latitude: '39.7620',
    longitude: '-105.0260',
  },
  // Malformed: weekday 0 does not exist in BMLT, an id that is not a number, no name, a virtual
  // meeting with no way to join.
  {
    id_bigint: '5',
    weekday_tinyint: '0',
    start_time: '19:00:00',
    meeting_name: 'Day Zero',
    location_street: '1 Main St',
    location_municipality: 'Denver',
  },
  {
    id_bigint: 'x',
    weekday_tinyint: '2',
    start_time: '19:00:00',
    meeting_name: 'Bad Id',
    location_street: '1 Main St',
    location_municipality: 'Denver',
  },
  { id_bigint: '6', weekday_tinyint: '2', start_time: '19:00:00', location_street: '1 Main St', location_municipality: 'Denver' },
  { id_bigint: '7', weekday_tinyint: '2', venue_type: '2', start_time: '19:00:00', meeting_name: 'No Link', formats: 'VM' },
];
export const BMLT_USABLE = 4;
export const BMLT_SKIPPED = 4;

export function feed(
  id: string,
  fellowship: string,
  format: FeedSource['format'],
  location: string,
  timeZone = 'America/New_York',
): FeedSource {
  return { id, fellowship, format, location, timeZone, sample: false };
}

/** A meeting kit over the given feeds; its first read is awaited. */
export async function meetingKit(feeds: FeedSource[], defaultTimeZone = 'America/New_York'): Promise<MeetingKit> {
  const kit = createMeetingKit({
    feeds,
    dataDir: defaultContentDir(),
    defaultTimeZone,
    limits: { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: true },
    refreshMs: 60_000,
    now: () => NOW,
  });
  await kit.directory.refresh();
  return kit;
}

export const SAMPLE_DIR = path.join(defaultContentDir(), 'meetings');
