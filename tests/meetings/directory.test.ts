// Feeds read over HTTP from a local server: both formats, a schedule, and every way a feed can
// fail - with the last good copy kept and the failure reported, never silently "no meetings".
import { expect } from 'chai';
import { defaultContentDir } from '../../content';
import { ConfigError, parseConfig } from '../../src/host/config';
import { MeetingDirectory, feedSources, parseFeedList } from '../../src/meetings';
import { meetingKitFromConfig } from '../../src/meetings/fromConfig';
import { testKit } from '../helpers/botHarness';
import { BMLT_FEED, MEETING_GUIDE_FEED, MEETING_GUIDE_MEETINGS, NOW, feed } from './fixtures';
import { FeedServer } from './feedServer';

// Time enough for a worker to start on a loaded machine; the slow feed below answers much later.
const LIMITS = { timeoutMs: 1500, maxBytes: 64 * 1024, allowPrivate: true };

describe('meetings: feeds over HTTP', () => {
  let server: FeedServer;
  const logs: string[] = [];
  const logger = {
    info: (e: string, f: object) => logs.push(JSON.stringify({ e, ...f })),
    warn: (e: string, f: object) => logs.push(JSON.stringify({ e, ...f })),
  };

  beforeEach(async () => {
    server = await new FeedServer().start();
    server.routes.set('/aa.json', { body: MEETING_GUIDE_FEED });
    server.routes.set('/na', { body: BMLT_FEED });
    logs.length = 0;
  });
  afterEach(() => server.stop());

  function directory(...feeds: Parameters<typeof feed>[]): MeetingDirectory {
    return new MeetingDirectory(
      feeds.map((f) => feed(...f)),
      { limits: LIMITS, refreshMs: 60_000, now: () => NOW, logger: logger as never },
    );
  }

  it('reads a Meeting Guide and a BMLT feed, skipping malformed entries, and logs counts without URLs', async () => {
    const dir = directory(
      ['aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/aa.json')],
      ['na', 'narcotics-anonymous', 'bmlt', server.url('/na')],
    );
    expect(dir.view([]).unreadable).to.have.length(2); // nothing read yet: unknown, not empty
    await dir.refresh();
    const view = dir.view([]);
    expect(view.meetings).to.have.length(MEETING_GUIDE_MEETINGS + 4);
    expect(view.unreadable).to.deep.equal([]);
    expect(dir.view(['narcotics-anonymous']).meetings).to.have.length(4);
    expect(dir.feeds().map((s) => [s.state, s.skipped])).to.deep.equal([
      ['ok', 6],
      ['ok', 4],
    ]);
    expect(logs.join('\n')).to.match(/meeting_feed_loaded.*aa: 11 meetings, 6 skipped/);
    // The fellowship and host only: a feed's path or query may carry a key.
    expect(logs.join('\n')).to.include('(host 127.0.0.1)');
    expect(logs.join('\n')).to.not.include(server.url('/'));
    expect(logs.join('\n')).to.not.match(/https?:\/\//);
  });

  it('a feed that fails from the start is unreadable, with the reason', async () => {
    server.routes.set('/down', { status: 503, body: 'maintenance' });
    const dir = directory(['aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/down')]);
    await dir.refresh();
    const view = dir.view(['alcoholics-anonymous']);
    expect(view.meetings).to.deep.equal([]);
    expect(view.unreadable.map((s) => s.problem)).to.deep.equal(['HTTP 503']);
    expect(logs.join('\n')).to.match(/meeting_feed_failed.*aa: HTTP 503/);
  });

  it('a feed that fails later keeps its last good copy, marked stale', async () => {
    const dir = directory(['aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/aa.json')]);
    await dir.refresh();
    server.routes.set('/aa.json', { status: 500, body: '' });
    await dir.refresh();
    const view = dir.view(['alcoholics-anonymous']);
    expect(view.meetings).to.have.length(MEETING_GUIDE_MEETINGS);
    expect(view.stale.map((s) => s.feed.id)).to.deep.equal(['aa']);
    expect(view.unreadable).to.deep.equal([]);
    server.routes.set('/aa.json', { body: MEETING_GUIDE_FEED });
    await dir.refresh();
    expect(dir.view([]).stale).to.deep.equal([]);
  });

  it('gives up on a slow feed, a huge one, one that is not JSON and one that is not a meeting list', async () => {
    server.routes.set('/slow', { body: MEETING_GUIDE_FEED, delayMs: 6000 });
    server.routes.set('/huge', { body: 'x'.repeat(LIMITS.maxBytes + 1) });
    server.routes.set('/html', { body: '<html>Not here</html>' });
    server.routes.set('/object', { body: { error: 'bad key' } });
    server.routes.set('/junk', { body: [1, 2, 3] });
    const dir = directory(
      ['slow', 'alcoholics-anonymous', 'meeting-guide', server.url('/slow')],
      ['huge', 'alcoholics-anonymous', 'meeting-guide', server.url('/huge')],
      ['html', 'alcoholics-anonymous', 'meeting-guide', server.url('/html')],
      ['object', 'narcotics-anonymous', 'bmlt', server.url('/object')],
      ['junk', 'narcotics-anonymous', 'bmlt', server.url('/junk')],
    );
    const started = performance.now();
    await dir.refresh();
    // Before the slow feed would have answered: its read was given up at the time limit.
    expect(performance.now() - started).to.be.below(5000);
    expect(dir.feeds().map((s) => `${s.feed.id}: ${s.problem}`)).to.deep.equal([
      'slow: no answer within 1500 ms',
      `huge: larger than ${LIMITS.maxBytes} bytes`,
      'html: not valid JSON',
      'object: not a meeting list',
      'junk: none of its 3 entries could be read',
    ]);
  });

  it('tries a failed feed again soon, not only at the next scheduled read', async () => {
    server.routes.set('/flaky', { status: 503, body: '' });
    const dir = new MeetingDirectory([feed('aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/flaky'))], {
      limits: LIMITS,
      refreshMs: 60_000,
      retryMs: 40,
    });
    await dir.start();
    expect(dir.view([]).unreadable).to.have.length(1);
    server.routes.set('/flaky', { body: MEETING_GUIDE_FEED });
    for (let i = 0; i < 50 && dir.view([]).unreadable.length; i++) await new Promise((r) => setTimeout(r, 20));
    dir.stop();
    expect(dir.view([]).unreadable).to.deep.equal([]);
    expect(dir.view([]).meetings).to.have.length(MEETING_GUIDE_MEETINGS);
  });

  it('reads again on the schedule, and stops when told', async () => {
    const dir = new MeetingDirectory([feed('aa', 'alcoholics-anonymous', 'meeting-guide', server.url('/aa.json'))], {
      limits: LIMITS,
      refreshMs: 50,
    });
    await dir.start();
    await new Promise((r) => setTimeout(r, 180));
    dir.stop();
    const hits = server.hits.get('/aa.json') ?? 0;
    expect(hits).to.be.at.least(2);
    await new Promise((r) => setTimeout(r, 120));
    expect(server.hits.get('/aa.json')).to.equal(hits);
  });
});

describe('meetings: MEETING_FEEDS', () => {
  it('reads the JSON form and the short form, guessing BMLT from its URL', () => {
    expect(parseFeedList('[{"fellowship":"aa","url":"https://example.org/feed.json","timeZone":"America/Chicago"}]')).to.deep.equal([
      { fellowship: 'aa', url: 'https://example.org/feed.json', format: 'meeting-guide', timeZone: 'America/Chicago' },
    ]);
    const short = parseFeedList(
      'AA=https://example.org/feed.json,meeting-guide;na=https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&services=1,2,America/Denver',
    );
    expect(short).to.deep.equal([
      { fellowship: 'AA', url: 'https://example.org/feed.json', format: 'meeting-guide' },
      {
        fellowship: 'na',
        url: 'https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&services=1,2',
        format: 'bmlt',
        timeZone: 'America/Denver',
      },
    ]);
    expect(parseFeedList('  ')).to.deep.equal([]);
  });

  it('refuses a bad value with one line naming the variable', () => {
    expect(() => parseConfig({ MEETING_FEEDS: 'aa=ftp://example.org/x' })).to.throw(
      ConfigError,
      /MEETING_FEEDS entry 1: url must be an http\(s\) URL/,
    );
    expect(() => parseConfig({ MEETING_FEEDS: '[{"fellowship":"aa"' })).to.throw(ConfigError, /MEETING_FEEDS is not valid JSON/);
    expect(() => parseConfig({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).to.throw(ConfigError, /DEFAULT_TIME_ZONE must be a time zone/);
  });

  it('resolves fellowships by short name or id, and refuses one that is not a group', () => {
    const groups = testKit().content.content.groups;
    const idFor = (name: string) => groups.find((g) => g.id === name || g.shortName.toLowerCase() === name.toLowerCase())?.id;
    expect(feedSources(parseFeedList('AA=https://example.org/a.json'), idFor, 'America/New_York')[0]).to.include({
      fellowship: 'alcoholics-anonymous',
      sample: false,
    });
    const config = parseConfig({ MEETING_FEEDS: 'xyz=https://example.org/a.json' });
    expect(() => meetingKitFromConfig(config, groups, '/nowhere')).to.throw(ConfigError, /"xyz" is not a group/);
  });

  it('uses the invented samples when empty, and says so in the log', () => {
    const lines: string[] = [];
    const kit = meetingKitFromConfig(parseConfig({}), testKit().content.content.groups, defaultContentDir(), {
      info: (e: string) => lines.push(e),
    } as never);
    expect(kit.directory.feeds().every((s) => s.feed.sample && s.state === 'ok')).to.equal(true);
    expect(kit.directory.fellowships()).to.have.members(['alcoholics-anonymous', 'cocaine-anonymous', 'narcotics-anonymous']);
    expect(lines).to.include('meeting_feeds_sample');
  });
});
