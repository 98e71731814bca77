// Searching the meetings: by distance, online, type and time, next first.
import { expect } from 'chai';
import { searchMeetings, type Meeting, type MeetingSearch } from '../../src/meetings';
import { placeForZip } from '../../src/meetings/places';
import { readBmltFeed } from '../../src/meetings/readBmlt';
import { readMeetingGuideFeed } from '../../src/meetings/readMeetingGuide';
import { DAY } from '../../src/meetings/zonedTime';
import { BMLT_FEED, MEETING_GUIDE_FEED, NOW } from './fixtures';

const meetings: Meeting[] = [
  ...readMeetingGuideFeed(MEETING_GUIDE_FEED, { feedId: 'mg', fellowship: 'alcoholics-anonymous', timeZone: 'America/New_York' }).meetings,
  ...readBmltFeed(BMLT_FEED, { feedId: 'na', fellowship: 'narcotics-anonymous', timeZone: 'America/Denver' }).meetings,
];
const near = (zip: string) => ({ kind: 'near' as const, place: placeForZip(zip)! });
const search = (s: Partial<MeetingSearch>) => searchMeetings(meetings, { fellowships: [], filters: [], ...s }, NOW);
const names = (found: ReturnType<typeof search>) => [...new Set(found.map((f) => f.meeting.name))];

describe('meetings: search', () => {
  it('in person near a ZIP code: only meetings within the radius, with their distance, next first', () => {
    const found = search({ place: near('10001') });
    expect(names(found)).to.include.members(['Midnight Oil', 'Thursday Women Newcomers', 'Sunday Big Book Study']);
    expect(names(found)).to.not.include('Philadelphia Evening Group'); // about 80 miles away
    expect(names(found)).to.not.include('West Coast Late Online');
    for (const f of found) expect(f.miles).to.be.a('number').below(15);
    const starts = found.map((f) => f.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(found[0].meeting.name).to.equal('Midnight Oil');
  });

  it('a wider radius reaches Philadelphia', () => {
    const found = searchMeetings(meetings, { fellowships: [], filters: [], place: near('10001') }, NOW, 100);
    expect(names(found)).to.include('Philadelphia Evening Group');
  });

  it('online: online and hybrid meetings from anywhere, no in-person-only ones', () => {
    const found = search({ place: { kind: 'online' } });
    expect(names(found)).to.include.members(['West Coast Late Online', 'Midday Online NA', 'Closed Building Hybrid']);
    for (const f of found) expect(f.meeting.attendance).to.not.equal('in_person');
  });

  it('type filters hold across both formats: beginners is Meeting Guide BE and BMLT B, never Big Book', () => {
    const beginners = names(search({ filters: ['beginners'] }));
    expect(beginners).to.have.members(['Thursday Women Newcomers', 'Sunday Beginners']);
    expect(names(search({ filters: ['women'] }))).to.have.members(['Thursday Women Newcomers', 'Saturday Late Women']);
    expect(names(search({ filters: ['women', 'spanish'] }))).to.deep.equal(['Saturday Late Women']);
    expect(names(search({ filters: ['wheelchair'] }))).to.have.members(['Thursday Women Newcomers', 'Sunday Beginners']);
    expect(names(search({ filters: ['lgbtq'] }))).to.deep.equal(['Saturday Late Women']);
  });

  it('by fellowship', () => {
    const found = search({ fellowships: ['narcotics-anonymous'] });
    expect(found.length).to.be.greaterThan(0);
    for (const f of found) expect(f.meeting.fellowship).to.equal('narcotics-anonymous');
  });

  it('by time window: only meetings that start in it', () => {
    const found = search({ windows: [{ from: NOW, to: NOW + 0.5 * DAY }] });
    expect(names(found)).to.have.members(['Midnight Oil', 'West Coast Late Online', 'Philadelphia Evening Group']);
  });

  it('a meeting across midnight in Denver shows on Saturday night, ending on Sunday', () => {
    const [late] = search({ place: near('80218') }).filter((f) => f.meeting.name === 'Saturday Late Women');
    expect(new Date(late.start).toISOString()).to.equal('2026-05-10T05:30:00.000Z'); // Sat 23:30 MDT
    expect(new Date(late.end).toISOString()).to.equal('2026-05-10T06:30:00.000Z');
  });

  it('in person only leaves out online-only meetings', () => {
    for (const f of search({ inPersonOnly: true })) expect(f.meeting.attendance).to.not.equal('online');
  });
});
