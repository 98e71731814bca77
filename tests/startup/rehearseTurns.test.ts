// Meeting searches worked out in idle time after start-up, so the first person's search does not
// pay for the first run of each step: they must really be meeting searches, and leave nothing behind.
import { expect } from 'chai';
import { backgroundWarmUps } from '../../src/host/app';
import { REHEARSED, rehearseTurns } from '../../src/host/startup/rehearseTurns';
import { testKit } from '../helpers/botHarness';

describe('start-up: rehearsed meeting searches', () => {
  it('reads every rehearsed message as a meeting search, in English and Spanish', () => {
    expect(rehearseTurns(testKit(), ['en'], Date.now(), 1)).to.equal(REHEARSED.en.length);
    expect(rehearseTurns(testKit(), ['es'], Date.now(), 2)).to.equal(REHEARSED.es.length * 2);
  });

  it('runs last in the idle warm-up, after the models it needs, when the bot has meetings', () => {
    const kit = testKit();
    const names = backgroundWarmUps(kit.meetings, kit.understanding, kit).map((t) => t.name);
    expect(names.slice(-2)).to.deep.equal(['meetings: rehearsed searches en', 'meetings: rehearsed searches es']);
    expect(names.indexOf('meetings: date-time es')).to.be.lessThan(names.indexOf('meetings: rehearsed searches en'));
    expect(backgroundWarmUps(undefined, kit.understanding, { ...kit, meetings: undefined }).map((t) => t.name)).to.not.include('meetings: rehearsed searches en');
  });
});
