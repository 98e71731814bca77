// The listing fields that help a person choose (issue 20), in both formats: the meeting's
// language (Meeting Guide types S / EN..., BMLT language formats and lang_enum), approximate
// locations shown as approximate, the listing's date ("listed as of"), the feed's feedback_url as
// "report a problem with this listing" - and a Spanish speaker seeing Spanish meetings first.
import { expect } from 'chai';
import type { DialogKit } from '../../dialogs/turn';
import { searchMeetings } from '../../src/meetings';
import { readBmltFeed } from '../../src/meetings/readBmlt';
import { readMeetingGuideFeed } from '../../src/meetings/readMeetingGuide';
import { TestChat, testKit } from '../helpers/botHarness';
import { readWhole } from '../helpers/smsPages';
import { visibleText } from '../helpers/replies';
import { NOW, feed, meetingKit } from './fixtures';
import { FeedServer } from './feedServer';

const AA = { feedId: 'aa', fellowship: 'alcoholics-anonymous', timeZone: 'America/New_York' };
const NA = { feedId: 'na', fellowship: 'narcotics-anonymous', timeZone: 'America/Denver' };

/** Wednesday evening near 10001: an English meeting first in time, then Spanish ones. */
const MG_FEED = [
  {
    name: 'Chelsea Early Evening',
    slug: 'chelsea',
    day: 3,
    time: '19:00',
    timezone: 'America/New_York',
    types: ['O', 'EN'],
    formatted_address: '10 W 25th St, New York, NY 10001, USA',
    latitude: 40.744,
    longitude: -73.99,
    updated: '2025-03-14 09:30:00',
    feedback_url: 'https://intergroup.example.org/feedback?m=chelsea',
  },
  {
    name: 'Grupo Nueva Vida',
    slug: 'nueva-vida',
    day: 3,
    time: '20:30',
    timezone: 'America/New_York',
    types: ['O', 'S'],
    formatted_address: '20 W 26th St, New York, NY 10001, USA',
    latitude: 40.745,
    longitude: -73.99,
    updated: 'yesterday',
    feedback_url: 'javascript:alert(1)',
  },
  {
    name: 'Online From Queens',
    slug: 'queens-online',
    day: 3,
    time: '21:00',
    timezone: 'America/New_York',
    types: ['D'],
    formatted_address: 'Queens, NY, USA',
    approximate: 'yes',
    latitude: 40.72,
    longitude: -73.8,
    conference_url: 'https://zoom.us/j/1234',
  },
];

const BMLT = [
  {
    id_bigint: '1',
    weekday_tinyint: '4',
    start_time: '18:00:00',
    duration_time: '01:00:00',
    venue_type: '1',
    formats: 'O,EN',
    meeting_name: 'Downtown Just for Today',
    location_street: '1 Main St',
    location_municipality: 'Denver',
    location_province: 'CO',
    latitude: '39.74',
    longitude: '-104.99',
    lang_enum: 'en',
  },
  {
    id_bigint: '2',
    weekday_tinyint: '4',
    start_time: '19:00:00',
    duration_time: '01:00:00',
    venue_type: '1',
    formats: 'O,ES',
    meeting_name: 'Grupo Renacer',
    location_street: '2 Main St',
    location_municipality: 'Denver',
    location_province: 'CO',
    latitude: '39.741',
    longitude: '-104.99',
    lang_enum: 'en',
  },
  {
    id_bigint: '3',
    weekday_tinyint: '4',
    start_time: '20:00:00',
    duration_time: '01:00:00',
    venue_type: '1',
    formats: 'O',
    meeting_name: 'Grupo Esperanza',
    location_street: '3 Main St',
    location_municipality: 'Denver',
    location_province: 'CO',
    latitude: '39.742',
    longitude: '-104.99',
    lang_enum: 'es',
  },
];

describe('meetings: listing fields (language, approximate, updated, feedback)', () => {
  const mg = readMeetingGuideFeed(MG_FEED, AA).meetings;
  const bmlt = readBmltFeed(BMLT, NA).meetings;
  const named = (name: string) => [...mg, ...bmlt].find((m) => m.name === name)!;

  it('Meeting Guide: the language from the types (S Spanish, EN English)', () => {
    expect(named('Grupo Nueva Vida').languages).to.deep.equal(['es']);
    expect(named('Chelsea Early Evening').languages).to.deep.equal(['en']);
    expect(named('Online From Queens').languages).to.equal(undefined);
  });

  it('BMLT: the language from its formats (ES) and from lang_enum, whose server default "en" says nothing', () => {
    expect(named('Grupo Renacer').languages).to.deep.equal(['es']);
    expect(named('Grupo Esperanza').languages).to.deep.equal(['es']);
    expect(named('Grupo Esperanza').types).to.include('S'); // the "Spanish" filter finds it too
    expect(named('Downtown Just for Today').languages).to.deep.equal(['en']); // from the EN format
  });

  it('Meeting Guide: an approximate location is kept, marked approximate, and is never a place to go', () => {
    const queens = named('Online From Queens');
    expect(queens.attendance).to.equal('online');
    expect(queens.place).to.deep.include({ address: 'Queens, NY, USA', approximate: true });
    const near = { kind: 'near' as const, place: { label: 'Queens', latitude: 40.72, longitude: -73.8 } };
    expect(searchMeetings(mg, { fellowships: [], filters: [], place: near }, NOW).map((f) => f.meeting.name)).to.not.include(
      'Online From Queens',
    );
  });

  it('BMLT: no approximate flag, no date and no feedback link (the format has none)', () => {
    for (const m of bmlt) {
      expect(m.place?.approximate).to.equal(undefined);
      expect(m.updated).to.equal(undefined);
      expect(m.feedbackUrl).to.equal(undefined);
    }
  });

  it('Meeting Guide: updated as a date, feedback_url as a web link; anything else is dropped', () => {
    expect(named('Chelsea Early Evening').updated).to.equal('2025-03-14');
    expect(named('Chelsea Early Evening').feedbackUrl).to.equal('https://intergroup.example.org/feedback?m=chelsea');
    expect(named('Grupo Nueva Vida').updated).to.equal(undefined);
    expect(named('Grupo Nueva Vida').feedbackUrl).to.equal(undefined);
  });

  it('search: with preferLanguage es, Spanish meetings come first, each part in time order; without it, time order', () => {
    for (const [meetings, place] of [
      [mg, { label: '10001', latitude: 40.7505, longitude: -73.9934 }],
      [bmlt, { label: 'Denver', latitude: 39.74, longitude: -104.99 }],
    ] as const) {
      const search = { fellowships: [], filters: [], place: { kind: 'near' as const, place } };
      const plain = searchMeetings(meetings, search, NOW).map((f) => f.meeting.name);
      const spanishFirst = searchMeetings(meetings, { ...search, preferLanguage: 'es' }, NOW).map((f) => f.meeting.name);
      expect(plain[0]).to.match(/Chelsea|Downtown/);
      expect(spanishFirst[0]).to.match(/^Grupo/);
      expect(spanishFirst.slice().sort()).to.deep.equal(plain.slice().sort());
      expect(spanishFirst.findIndex((n) => !n.startsWith('Grupo'))).to.equal(spanishFirst.filter((n) => n.startsWith('Grupo')).length);
    }
  });

  describe('in conversation', () => {
    let server: FeedServer;
    let kit: DialogKit;
    before(async () => {
      server = await new FeedServer().start();
      server.routes.set('/aa.json', { body: MG_FEED });
      server.routes.set('/na', { body: BMLT });
      kit = {
        ...testKit(),
        meetings: await meetingKit([
          feed('aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/aa.json')),
          feed('na', 'narcotics-anonymous', 'bmlt', server.url('/na'), 'America/Denver'),
        ]),
      };
    });
    after(() => server.stop());

    const ask = (text: string, channel = 'webchat', locale = 'en-US') =>
      new TestChat(channel, { kit, now: () => NOW }).send({ type: 'message', text, locale });

    it('a Spanish speaker sees the Spanish-language meeting first; an English speaker sees time order', async () => {
      const spanish = visibleText(await ask('reunión de AA esta noche cerca de 10001', 'webchat', 'es-US'));
      // Where each stands in the list (its name on a line of its own; a report link names it too).
      const at = (seen: string, name: string) => seen.indexOf(`\n${name}\n`);
      expect(at(spanish, 'Grupo Nueva Vida')).to.be.greaterThan(-1);
      expect(at(spanish, 'Grupo Nueva Vida')).to.be.lessThan(at(spanish, 'Chelsea Early Evening'));
      expect(spanish).to.match(/Español/);
      const english = visibleText(await ask('AA meeting tonight near 10001'));
      expect(at(english, 'Chelsea Early Evening')).to.be.greaterThan(-1);
      expect(at(english, 'Chelsea Early Evening')).to.be.lessThan(at(english, 'Grupo Nueva Vida'));
      expect(english).to.match(/Spanish/);
      expect(english).to.match(/English/);
    });

    it('shows "listed as of" and offers "report a problem with this listing" with the feed\'s link', async () => {
      const replies = await ask('AA meeting tonight near 10001');
      const seen = visibleText(replies);
      expect(seen).to.match(/listed as of Mar 14, 2025/);
      expect(JSON.stringify(replies)).to.include('https://intergroup.example.org/feedback?m=chelsea');
      expect(seen).to.match(/Report a problem with this listing: Chelsea Early Evening/);
      expect(JSON.stringify(replies)).to.not.include('javascript:');
    });

    it('an online meeting with an approximate location says so', async () => {
      const seen = visibleText(await ask('online AA meetings tonight'));
      expect(seen).to.include('Online From Queens');
      expect(seen).to.match(/Around Queens, NY \(approximate location\)/);
    });

    it('sms: the Spanish meeting first for a Spanish text, within the SMS length', async () => {
      const chat = new TestChat('sms', { kit, now: () => NOW });
      const replies = await readWhole(chat, 'reunión de NA cerca de Denver mañana', 'más');
      const seen = replies.map((r) => r.text).join('\n');
      expect(seen.indexOf('Grupo')).to.be.greaterThan(-1);
      expect(seen.indexOf('Grupo')).to.be.lessThan(
        seen.indexOf('Downtown Just for Today') === -1 ? Infinity : seen.indexOf('Downtown Just for Today'),
      );
    });
  });
});
