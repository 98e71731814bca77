// Keeping 50,000 meetings fresh without paying for it (issue 20): a feed that has not changed
// answers 304 to the conditional request and keeps its index; a failing feed is tried again
// after a pause that grows; each feed's state is on /healthz (shown, not counted: a feed
// elsewhere failing is not the bot failing), with its host and never its URL.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { MeetingDirectory } from '../../src/meetings';
import { HttpBot } from '../helpers/httpHarness';
import { MEETING_GUIDE_FEED, NOW, feed } from './fixtures';

const LIMITS = { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: true };

describe('meetings: refreshing feeds', () => {
  let server: http.Server;
  let base = '';
  const seen: { url: string; ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
  let failing = false;

  before(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
      // Not chained: restify, loaded in this process, patches writeHead to return nothing.
      if (failing || req.url?.startsWith('/down')) {
        res.writeHead(503);
        return void res.end();
      }
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"', 'last-modified': 'Wed, 06 May 2026 10:00:00 GMT' });
      res.end(JSON.stringify(MEETING_GUIDE_FEED));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    seen.length = 0;
    failing = false;
  });

  it('sends the validators back; a 304 keeps the same index and counts as a good read', async () => {
    const dir = new MeetingDirectory([feed('aa', 'alcoholics-anonymous', 'meeting-guide', `${base}/aa.json?key=secret`)], {
      limits: LIMITS,
      refreshMs: 60_000,
      now: () => NOW,
    });
    await dir.refresh();
    const first = dir.feeds()[0].index;
    expect(first?.count).to.be.greaterThan(0);
    await dir.refresh();
    expect(seen[1]).to.deep.include({ ifNoneMatch: '"v1"', ifModifiedSince: 'Wed, 06 May 2026 10:00:00 GMT' });
    expect(dir.feeds()[0].index).to.equal(first); // nothing parsed again
    expect(dir.feeds()[0].state).to.equal('ok');
  });

  it('a feed that keeps failing is tried again after a pause that doubles, and the last good copy stays', async () => {
    let clock = NOW;
    const dir = new MeetingDirectory([feed('aa', 'alcoholics-anonymous', 'meeting-guide', `${base}/aa.json`)], {
      limits: LIMITS,
      refreshMs: 3_600_000,
      retryMs: 60_000,
      now: () => clock,
    });
    await dir.refresh();
    await dir.start(); // the schedule runs: failures are retried
    failing = true;
    await dir.refresh();
    const firstPause = dir.feeds()[0].retryAt! - clock;
    clock += 1000;
    await dir.refresh();
    const secondPause = dir.feeds()[0].retryAt! - clock;
    dir.stop();
    expect(firstPause).to.equal(60_000);
    expect(secondPause).to.equal(120_000);
    expect(dir.feeds()[0].failures).to.equal(2);
    expect(dir.view([]).indexes).to.have.length(1);
    expect(dir.view([]).stale).to.have.length(1);
  });

  it('/healthz shows each feed with its fellowship and host, not its URL, and stays 200 while a feed fails', async () => {
    const bot = await new HttpBot({
      app: { now: () => NOW },
      env: {
        MEETING_FEEDS: `AA=${base}/aa.json?key=secret NA=${base}/down?switcher=GetSearchResults`,
        MEETING_FEEDS_ALLOW_PRIVATE: 'true',
      },
    }).start();
    try {
      let body: {
        status?: string;
        storage?: string;
        meetingFeeds?: { feed: string; fellowship: string; host: string; state: string; meetings: number; problem?: string }[];
      } = {};
      let status = 0;
      for (let i = 0; i < 100; i++) {
        const res = await fetch(`${bot.baseUrl}/healthz`);
        status = res.status;
        body = (await res.json()) as typeof body;
        if (body.meetingFeeds?.every((f) => f.state !== 'loading')) break;
        await new Promise((r) => setTimeout(r, 30));
      }
      expect(status).to.equal(200);
      expect(body.storage).to.equal('ok');
      expect(body.meetingFeeds?.map((f) => [f.fellowship, f.host, f.state])).to.deep.equal([
        ['alcoholics-anonymous', '127.0.0.1', 'ok'],
        ['narcotics-anonymous', '127.0.0.1', 'failing'],
      ]);
      expect(body.meetingFeeds?.[0].meetings).to.be.greaterThan(0);
      expect(body.meetingFeeds?.[1].problem).to.equal('HTTP 503');
      expect(JSON.stringify(body)).to.not.match(/secret|aa\.json|switcher|http:\/\//);
    } finally {
      await bot.stop();
    }
  });
});
