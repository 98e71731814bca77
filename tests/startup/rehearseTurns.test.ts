// Meeting searches worked out in idle time after start-up, so the first person's search does not
// pay for the first run of each step: they must really be meeting searches, and leave nothing behind.
import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { backgroundWarmUps, createApp } from '../../src/host/app';
import { parseConfig } from '../../src/host/config';
import type { WarmUpTask } from '../../src/host/startup/idleWarmUp';
import { MEETING_GUIDE_FEED } from '../meetings/fixtures';
import { FeedServer } from '../meetings/feedServer';
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
    expect(backgroundWarmUps(undefined, kit.understanding, { ...kit, meetings: undefined }).map((t) => t.name)).to.not.include(
      'meetings: rehearsed searches en',
    );
  });

  /**
   * The bot with these settings, and the warm-up tasks it adds once its configured feeds are first
   * read: waited for until `enough` of them came (a loaded machine reads the feed late), or waitMs.
   */
  async function addedAfterFirstRead(env: Record<string, string>, waitMs: number, enough = Infinity): Promise<string[]> {
    const app = createApp(parseConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }), { kit: testKit(), storage: new MemoryStorage() });
    const added: string[] = [];
    const add = app.warmUp.add.bind(app.warmUp);
    app.warmUp.add = (tasks: readonly WarmUpTask[]) => {
      added.push(...tasks.map((t) => t.name));
      add(tasks);
    };
    for (const until = Date.now() + waitMs; added.length < enough && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 25));
    app.server.close();
    return added;
  }

  it('rehearses again once the configured feeds are first read, over their meetings', async () => {
    const feeds = await new FeedServer().start();
    feeds.routes.set('/aa.json', { body: MEETING_GUIDE_FEED });
    try {
      const added = await addedAfterFirstRead(
        { MEETING_FEEDS: `AA=${feeds.url('/aa.json')}`, MEETING_FEEDS_ALLOW_PRIVATE: 'true' },
        10_000,
        2,
      );
      expect(feeds.hits.get('/aa.json')).to.equal(1);
      expect(added).to.deep.equal(['meetings: rehearsed searches en', 'meetings: rehearsed searches es']);
    } finally {
      await feeds.stop();
    }
  });

  it('adds nothing with the shipped samples only (rehearsed with the models already)', async () => {
    expect(await addedAfterFirstRead({}, 50)).to.deep.equal([]);
  });
});
