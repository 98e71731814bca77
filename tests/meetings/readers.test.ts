// The two feed formats mapped to one meeting model, with the traps between them.
import { expect } from 'chai';
import { typeLabel } from '../../src/meetings';
import { readBmltFeed } from '../../src/meetings/readBmlt';
import { readMeetingGuideFeed } from '../../src/meetings/readMeetingGuide';
import { BMLT_FEED, BMLT_SKIPPED, CONTACT_NAMES, MEETING_GUIDE_FEED, MEETING_GUIDE_MEETINGS, MEETING_GUIDE_SKIPPED } from './fixtures';

const mg = readMeetingGuideFeed(MEETING_GUIDE_FEED, { feedId: 'mg', fellowship: 'alcoholics-anonymous', timeZone: 'America/New_York' });
const bmlt = readBmltFeed(BMLT_FEED, { feedId: 'na', fellowship: 'narcotics-anonymous', timeZone: 'America/Denver' });
const byName = (name: string) => [...mg.meetings, ...bmlt.meetings].find((m) => m.name === name)!;

describe('meetings: reading Meeting Guide and BMLT feeds', () => {
  it('numbers days 0 = Sunday in both: Meeting Guide as is, BMLT 1 = Sunday shifted by one', () => {
    expect(byName('Sunday Big Book Study').day).to.equal(0);
    expect(byName('Sunday Beginners').day).to.equal(0);
    expect(byName('Saturday Late Women').day).to.equal(6);
    expect(byName('Thursday Women Newcomers').day).to.equal(4); // "4" as a string in the feed
  });

  it('keeps the B trap apart: Meeting Guide B is Big Book, BMLT B is Beginners', () => {
    const bigBook = byName('Sunday Big Book Study');
    const beginners = byName('Sunday Beginners');
    expect(bigBook.types).to.include('B').and.not.include('BE');
    expect(beginners.types).to.include('BE').and.not.include('B');
    expect(typeLabel('B', 'en')).to.equal('Big Book');
    expect(typeLabel('BE', 'en')).to.match(/newcomer/i);
  });

  it('maps BMLT format keys to the same codes as Meeting Guide (WC wheelchair, GL LGBTQ, ES Spanish, W women)', () => {
    expect(byName('Sunday Beginners').types).to.have.members(['BE', 'O', 'X']);
    expect(byName('Saturday Late Women').types).to.have.members(['C', 'W', 'LGBTQ', 'S']); // BT has no Meeting Guide code
  });

  it('reads BMLT strings as numbers and its duration as the length; Meeting Guide end_time across midnight', () => {
    const beginners = byName('Sunday Beginners');
    expect(beginners.start).to.equal('19:00');
    expect(beginners.durationMinutes).to.equal(90);
    expect(beginners.place?.latitude).to.equal(39.7455);
    expect(byName('Midnight Oil').durationMinutes).to.equal(60); // 23:30 to 00:30
    expect(byName('Sunday Big Book Study').durationMinutes).to.equal(60); // no end_time: one hour
  });

  it('uses the feed time zone when a meeting names none (BMLT often leaves it empty)', () => {
    expect(byName('Saturday Late Women').timeZone).to.equal('America/Denver');
    expect(byName('Midday Online NA').timeZone).to.equal('America/Chicago');
  });

  it('tells in person, online and hybrid apart, and drops a closed building or a 0,0 placeholder', () => {
    expect(byName('Sunday Beginners').attendance).to.equal('in_person');
    expect(byName('West Coast Late Online').attendance).to.equal('online'); // approximate address
    // Its approximate place is kept, marked so, for the reply to say where it is based.
    expect(byName('West Coast Late Online').place).to.deep.include({ address: 'Los Angeles, CA 90012, USA', approximate: true });
    const online = byName('Midday Online NA');
    expect(online.attendance).to.equal('online');
    expect(online.online?.url).to.equal('https://zoom.us/j/0000000001');
    expect(online.place).to.equal(undefined);
    expect(byName('Closed Building Hybrid').attendance).to.equal('online'); // TC: the building is closed
  });

  it('makes one meeting per day for a Meeting Guide day list', () => {
    const philly = mg.meetings.filter((m) => m.name === 'Philadelphia Evening Group');
    expect(philly.map((m) => m.day)).to.have.members([3, 4]);
    expect(new Set(philly.map((m) => m.id)).size).to.equal(2);
  });

  it('skips malformed and unusable entries, counting them, without failing the feed', () => {
    expect(mg.meetings).to.have.length(MEETING_GUIDE_MEETINGS);
    expect(mg.skipped).to.equal(MEETING_GUIDE_SKIPPED);
    expect(bmlt.meetings).to.have.length(4);
    expect(bmlt.skipped).to.equal(BMLT_SKIPPED);
    expect(readMeetingGuideFeed({ not: 'a list' }, { feedId: 'x', fellowship: 'x', timeZone: 'UTC' }).meetings).to.deep.equal([]);
  });

  it('accepts the BMLT { meetings, formats } shape', () => {
    const wrapped = readBmltFeed(
      { meetings: BMLT_FEED, formats: [] },
      { feedId: 'na', fellowship: 'narcotics-anonymous', timeZone: 'America/Denver' },
    );
    expect(wrapped.meetings).to.have.length(4);
  });

  it('keeps no contact or attendee names anywhere in the model', () => {
    const everything = JSON.stringify([...mg.meetings, ...bmlt.meetings]);
    for (const name of CONTACT_NAMES) expect(everything).to.not.include(name);
    expect(everything).to.not.match(/contact|555-01|example\.invalid/i);
  });
});
