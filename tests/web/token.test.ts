// The token endpoint against a local fake of the Direct Line service: the secret is sent only
// from server to service, each widget gets a token for a new random dl_ user, the secret appears
// in no response and no log line, other sites are refused, and a burst is answered with 429.
import { expect } from 'chai';
import { HttpBot } from '../helpers/httpHarness';
import { FakeDirectLineService } from './fakeDirectLineService';

const SECRET = 'dl-secret-4f1c9a7e2b6d8035-DO-NOT-LEAK';

async function requestToken(bot: HttpBot, headers: Record<string, string> = {}) {
  const res = await fetch(`${bot.baseUrl}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
  const text = await res.text();
  return { res, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

describe('website widget: Direct Line token endpoint', () => {
  const service = new FakeDirectLineService();
  const logs: string[] = [];
  let bot: HttpBot;

  before(async () => {
    await service.start();
    bot = await new HttpBot({
      env: {
        DIRECT_LINE_SECRET: SECRET,
        DIRECT_LINE_ENDPOINT: service.url,
        WIDGET_ALLOWED_ORIGINS: 'https://partner.example.org',
        LOG_LEVEL: 'debug',
      },
      logSink: (line) => logs.push(line),
    }).start();
  });
  after(async () => {
    await bot.stop();
    await service.stop();
  });
  beforeEach(() => {
    service.status = 200;
    service.calls.length = 0;
  });

  it('exchanges the secret server-side for a token bound to a new random dl_ user', async () => {
    const { res, json, text } = await requestToken(bot);
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const session = json();
    expect(session.userId).to.match(/^dl_[0-9a-f]{32}$/);
    expect(session).to.include({
      token: `token-for-${session.userId}`,
      conversationId: 'conv-1',
      expires_in: 1800,
      directLineUrl: `${service.url}/v3/directline`,
    });
    expect(Object.keys(session).sort()).to.deep.equal(['conversationId', 'directLineUrl', 'expires_in', 'token', 'userId']);
    expect(service.calls).to.have.length(1);
    expect(service.calls[0].path).to.equal('/v3/directline/tokens/generate');
    expect(service.calls[0].authorization).to.equal(`Bearer ${SECRET}`);
    expect(service.calls[0].body.user?.id).to.equal(session.userId);
    expect(text).to.not.contain(SECRET);
  });

  it('gives every widget a different user', async () => {
    const first = (await requestToken(bot)).json();
    const second = (await requestToken(bot)).json();
    expect(first.userId).to.not.equal(second.userId);
  });

  it('answers an allowed site with CORS and names it as the trusted origin', async () => {
    const preflight = await fetch(`${bot.baseUrl}/api/directline/token`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('https://partner.example.org');
    expect(preflight.headers.get('access-control-allow-headers')).to.match(/content-type/i);
    expect(preflight.headers.get('access-control-allow-credentials')).to.equal(null);

    const { res } = await requestToken(bot, { origin: 'https://partner.example.org' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('access-control-allow-origin')).to.equal('https://partner.example.org');
    expect(service.calls[0].body.trustedOrigins).to.deep.equal(['https://partner.example.org']);
  });

  it('refuses other sites without calling the service', async () => {
    const { res, text } = await requestToken(bot, { origin: 'https://evil.example.com' });
    expect(res.status).to.equal(403);
    expect(res.headers.get('access-control-allow-origin')).to.equal(null);
    expect(text).to.not.contain(SECRET);
    expect(service.calls).to.have.length(0);
    const preflight = await fetch(`${bot.baseUrl}/api/directline/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).to.equal(null);
  });

  it('answers 502 when the service refuses, and logs the status but never the secret', async () => {
    service.status = 401;
    logs.length = 0;
    const { res, text } = await requestToken(bot);
    expect(res.status).to.equal(502);
    expect(text).to.not.contain(SECRET);
    const failure = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'directline_token_failed');
    expect(failure).to.include({ status: 401, level: 'error' });
  });

  it('writes the secret to no log line, ever', () => {
    expect(logs.length).to.be.greaterThan(0);
    expect(logs.join('\n')).to.not.contain(SECRET);
    expect(logs.join('\n')).to.not.contain('dl-secret');
  });

  it('turns the local Direct Line off when a secret is set', async () => {
    const start = await fetch(`${bot.baseUrl}/v3/directline/conversations`, { method: 'POST' });
    expect(start.status).to.equal(404);
  });

  // Last: it empties this client's bucket.
  it('answers a burst from one address with 429 and Retry-After, without calling the service more', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i++) {
      const { res } = await requestToken(bot);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 200).length).to.be.within(10, 20);
    expect(statuses.slice(-5)).to.deep.equal([429, 429, 429, 429, 429]);
    expect(Number(retryAfter)).to.be.within(1, 60);
    expect(service.calls.length).to.equal(statuses.filter((s) => s === 200).length);
  });
});

describe('website widget: token endpoint with no Direct Line', () => {
  it('answers 503 when neither a secret nor the local Direct Line is configured', async () => {
    const bot = await new HttpBot({ env: { LOCAL_DIRECT_LINE: 'false' } }).start();
    try {
      const { res } = await requestToken(bot);
      expect(res.status).to.equal(503);
      expect((await fetch(`${bot.baseUrl}/v3/directline/conversations`, { method: 'POST' })).status).to.equal(404);
    } finally {
      await bot.stop();
    }
  });

  it('never runs the local Direct Line in production (MicrosoftAppId set)', async () => {
    const bot = await new HttpBot({
      env: {
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'x',
        MicrosoftAppType: 'MultiTenant',
        LOCAL_DIRECT_LINE: 'true',
      },
    }).start();
    try {
      expect((await requestToken(bot)).res.status).to.equal(503);
      expect((await fetch(`${bot.baseUrl}/v3/directline/conversations`, { method: 'POST' })).status).to.equal(404);
      const csp = (await fetch(`${bot.baseUrl}/chat`)).headers.get('content-security-policy') ?? '';
      expect(csp).to.match(/frame-ancestors 'self'$/);
    } finally {
      await bot.stop();
    }
  });
});
