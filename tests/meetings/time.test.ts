// Weekly meetings in their own time zone, "next occurrences after now", and the person's words
// for a time ("tonight", "tomorrow after 6") read in the right zone.
import { expect } from 'chai';
import type { Meeting } from '../../src/meetings';
import { occurrencesBetween } from '../../src/meetings/occurrences';
import { recognizeWhen, type Window } from '../../src/meetings/when';
import { DAY, instantOf, wallClock, wallClockIntl } from '../../src/meetings/zonedTime';
import { NOW } from './fixtures';

function meeting(day: number, start: string, timeZone: string, durationMinutes = 60): Meeting {
  return {
    id: `t:${day}:${start}`,
    fellowship: 'alcoholics-anonymous',
    name: 'Test',
    day,
    start,
    durationMinutes,
    timeZone,
    types: [],
    attendance: 'online',
    online: { url: 'https://zoom.us/j/0000000000' },
  };
}

/** "2026-05-06 23:30" in a zone, as the zone's clock shows it. */
function local(instant: number, timeZone: string): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 16).replace('T', ' ');
}

function covers(windows: Window[] | undefined, instant: number): boolean {
  return Boolean(windows?.some((w) => instant >= w.from && instant < w.to));
}

describe('meetings: time', () => {
  describe('next occurrences of a weekly meeting', () => {
    it('finds the next Wednesday 23:30 in New York, and its end after midnight', () => {
      const [next] = occurrencesBetween(meeting(3, '23:30', 'America/New_York'), NOW, NOW + 7 * DAY);
      expect(local(next.start, 'America/New_York')).to.equal('2026-05-06 23:30');
      expect(local(next.end, 'America/New_York')).to.equal('2026-05-07 00:30');
    });

    it('a meeting at 21:00 in Los Angeles is at 00:00 the next day in New York', () => {
      const [next] = occurrencesBetween(meeting(3, '21:00', 'America/Los_Angeles'), NOW, NOW + 7 * DAY);
      expect(local(next.start, 'America/Los_Angeles')).to.equal('2026-05-06 21:00');
      expect(local(next.start, 'America/New_York')).to.equal('2026-05-07 00:00');
    });

    it('skips the occurrence already started and takes next week', () => {
      const earlier = occurrencesBetween(meeting(3, '12:00', 'America/New_York'), NOW, NOW + 8 * DAY);
      expect(earlier).to.have.length(1);
      expect(local(earlier[0].start, 'America/New_York')).to.equal('2026-05-13 12:00');
    });

    it('keeps the local time across a daylight-saving change', () => {
      // Sunday 1 November 2026: New York goes back from EDT to EST.
      const from = Date.UTC(2026, 9, 30, 12);
      const starts = occurrencesBetween(meeting(1, '19:00', 'America/New_York'), from, from + 14 * DAY).map((o) => o.start);
      expect(starts.map((s) => local(s, 'America/New_York'))).to.deep.equal(['2026-11-02 19:00', '2026-11-09 19:00']);
      expect(starts[1] - starts[0]).to.equal(7 * DAY);
      expect(new Date(starts[0]).toISOString()).to.equal('2026-11-03T00:00:00.000Z');
    });

    it('turns a wall time that does not exist (spring forward) into the one after the gap, and a doubled one into the first', () => {
      const gap = instantOf(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York');
      expect(local(gap, 'America/New_York')).to.equal('2026-03-08 03:30');
      const doubled = instantOf(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York');
      expect(new Date(doubled).toISOString()).to.equal('2026-11-01T05:30:00.000Z'); // 01:30 EDT, the first
    });
  });

  describe('recognizing when, in the search zone', () => {
    const ny = 'America/New_York';
    const at = (text: string, zone = ny, locale: 'en' | 'es' = 'en') => recognizeWhen(text, locale, NOW, zone);
    const instant = (wall: string, zone: string) => instantOf(Date.parse(`${wall.replace(' ', 'T')}:00Z`), zone);

    it('"tonight" is this evening from now to midnight, in the zone of the search', () => {
      const windows = at('find a meeting tonight');
      expect(covers(windows, instant('2026-05-06 19:00', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-06 23:30', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-07 00:00', ny))).to.equal(false);
      expect(covers(windows, instant('2026-05-06 12:00', ny))).to.equal(false);
    });

    it('"tonight" near San Francisco is San Francisco\'s evening: 21:00 there is in, for the New Yorker it would not be', () => {
      const sf = 'America/Los_Angeles';
      const nineThere = instant('2026-05-06 21:00', sf);
      expect(covers(at('tonight', sf), nineThere)).to.equal(true);
      expect(covers(at('tonight', ny), nineThere)).to.equal(false);
    });

    it('"tomorrow after 6" is tomorrow from 18:00', () => {
      const windows = at('tomorrow after 6');
      expect(covers(windows, instant('2026-05-07 18:30', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-07 17:00', ny))).to.equal(false);
      expect(covers(windows, instant('2026-05-06 19:00', ny))).to.equal(false);
    });

    it('"Saturday morning" is the coming Saturday, early meetings included', () => {
      const windows = at('online meeting on Saturday morning');
      expect(covers(windows, instant('2026-05-09 07:00', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-09 13:00', ny))).to.equal(false);
      expect(covers(windows, instant('2026-05-02 07:00', ny))).to.equal(false);
    });

    it('"this weekend" is Saturday and Sunday', () => {
      const windows = at('this weekend');
      expect(covers(windows, instant('2026-05-09 10:00', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-10 20:00', ny))).to.equal(true);
      expect(covers(windows, instant('2026-05-11 10:00', ny))).to.equal(false);
    });

    it('reads Spanish: "esta noche", "el sábado por la mañana"', () => {
      expect(covers(at('una reunión esta noche', ny, 'es'), instant('2026-05-06 20:00', ny))).to.equal(true);
      const saturday = at('el sábado por la mañana', ny, 'es');
      expect(covers(saturday, instant('2026-05-09 09:00', ny))).to.equal(true);
      expect(covers(saturday, instant('2026-05-09 15:00', ny))).to.equal(false);
    });

    it('returns nothing when no time is named, and never a window in the past', () => {
      expect(at('find an AA meeting near me')).to.equal(undefined);
      for (const w of at('today') ?? []) expect(w.from).to.be.at.least(NOW);
    });

    it('hands the recognizer at most 300 characters (its cost grows quadratically)', () => {
      const padding = 'please '.repeat(60); // 420 characters
      expect(at(`tomorrow ${padding}`)).to.not.equal(undefined);
      expect(at(`${padding} tomorrow`)).to.equal(undefined);
      const started = performance.now();
      at('tomorrow after 6 '.repeat(200));
      expect(performance.now() - started).to.be.below(2000);
    });

    it('Spanish "una" and "mi" as everyday words name no time; "a la una" still does', () => {
      expect(at('busco una reunión cerca de mi casa', ny, 'es')).to.equal(undefined);
      // "una junta mañana" is all of tomorrow, not tomorrow at one o'clock.
      const tomorrow = at('quiero ir a una junta mañana', ny, 'es')!;
      expect(covers(tomorrow, instant('2026-05-07 10:00', ny))).to.equal(true);
      expect(covers(tomorrow, instant('2026-05-07 19:00', ny))).to.equal(true);
      const one = at('hay una reunión mañana a la una de la tarde', ny, 'es')!;
      expect(covers(one, instant('2026-05-07 13:00', ny))).to.equal(true);
      expect(covers(one, instant('2026-05-07 19:00', ny))).to.equal(false);
    });
  });
});

describe('meetings: the wall clock, kept per hour, against Intl', () => {
  const zones = [
    'America/New_York',
    'America/Chicago',
    'America/Los_Angeles',
    'America/St_Johns',
    'America/Phoenix',
    'Pacific/Honolulu',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Europe/London',
  ];
  const HOUR = 3_600_000;
  const MINUTE = 60_000;

  it('is the same minute by minute around every change of 2026 (daylight saving, half-hour shifts)', () => {
    let changes = 0;
    for (const zone of zones) {
      const start = Date.UTC(2026, 0, 1);
      for (let hour = start; hour < start + 366 * DAY; hour += HOUR) {
        if (wallClockIntl(hour + HOUR, zone) - (hour + HOUR) === wallClockIntl(hour, zone) - hour) continue;
        changes++;
        for (let t = hour - 2 * HOUR; t < hour + 3 * HOUR; t += MINUTE) {
          for (const instant of [t, t + 1, t + 59_999])
            expect(wallClock(instant, zone), `${zone} ${new Date(instant).toISOString()}`).to.equal(wallClockIntl(instant, zone));
        }
      }
    }
    expect(changes, 'the zones with daylight saving change twice a year').to.be.greaterThan(10);
  });

  it('is the same at instants from 1850 on, odd historical offsets included', () => {
    let seed = 20;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (const zone of zones) {
      for (let i = 0; i < 1000; i++) {
        const instant = Date.UTC(1850, 0, 1) + Math.floor(random() * 200 * 365 * DAY);
        expect(wallClock(instant, zone), `${zone} ${new Date(instant).toISOString()}`).to.equal(wallClockIntl(instant, zone));
      }
    }
  });
});
