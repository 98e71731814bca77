// The per-conversation rate limit on /api/messages (never per address: every channel message
// comes from Bot Service) and the security headers on every response.
import { expect } from 'chai';
import { ConversationRateLimiter } from '../../src/host/http/conversationRateLimit';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';

describe('ConversationRateLimiter', () => {
  it('allows a burst up to the limit, then says how long to wait, and refills over the window', () => {
    let now = 0;
    const limiter = new ConversationRateLimiter({ limit: 20, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 20; i++) expect(limiter.take('sms', '+1555')).to.deep.equal({ allowed: true });
    expect(limiter.take('sms', '+1555')).to.deep.equal({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('webchat', 'other')).to.deep.equal({ allowed: true });
    now += 500; // one message's worth refills every 500 ms
    expect(limiter.take('sms', '+1555').allowed).to.equal(true);
    expect(limiter.take('sms', '+1555').allowed).to.equal(false);
    now += 10_000;
    for (let i = 0; i < 20; i++) expect(limiter.take('sms', '+1555').allowed).to.equal(true);
  });

  it('gives back what a rejected request took', () => {
    const limiter = new ConversationRateLimiter({ limit: 1, windowMs: 60_000, now: () => 0 });
    expect(limiter.take('webchat', 'c').allowed).to.equal(true);
    limiter.refund('webchat', 'c');
    expect(limiter.take('webchat', 'c').allowed).to.equal(true);
    expect(limiter.take('webchat', 'c').allowed).to.equal(false);
  });

  it('tracks a bounded number of conversations whatever the number of ids', () => {
    const limiter = new ConversationRateLimiter({ limit: 5, windowMs: 10_000, maxConversations: 100, now: () => 0 });
    for (let i = 0; i < 5000; i++) limiter.take('webchat', `conversation-${i}-${'x'.repeat(200)}`);
    expect(limiter.trackedConversations).to.equal(100);
  });

  it('forgets the least recently used conversation first, so a flood of new ids does not reset a busy one', () => {
    const limiter = new ConversationRateLimiter({ limit: 1, windowMs: 60_000, maxConversations: 10, now: () => 0 });
    expect(limiter.take('webchat', 'busy').allowed).to.equal(true);
    for (let i = 0; i < 50; i++) {
      limiter.take('webchat', `other-${i}`);
      // Each attempt of the busy conversation (refused: its bucket is empty) keeps it among the recent.
      if (i % 3 === 0) expect(limiter.take('webchat', 'busy').allowed, `attempt after ${i + 1} others`).to.equal(false);
    }
  });
});

describe('rate limit over HTTP', function () {
  this.timeout(20_000);
  const bot = new HttpBot();
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  it('answers 20 of a 40-message burst and turns away the rest with 429 and Retry-After, never a 5xx', async () => {
    const convo = new HttpConversation(bot, 'webchat', 'burst-limited', 'dl_burst');
    const bystander = new HttpConversation(bot, 'webchat', 'bystander', 'dl_bystander');
    const results = await Promise.all(Array.from({ length: 40 }, () => convo.send('hello')));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).to.have.length(20);
    expect(statuses.filter((s) => s === 429)).to.have.length(20);

    const limited = await bot.postRaw(
      JSON.stringify({
        type: 'message',
        text: 'again',
        channelId: 'webchat',
        conversation: { id: 'burst-limited' },
        from: { id: 'dl_burst' },
        serviceUrl: bot.serviceUrl,
      }),
    );
    expect(limited.status).to.equal(429);
    const res = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'again',
        channelId: 'webchat',
        conversation: { id: 'burst-limited' },
        from: { id: 'dl_burst' },
        serviceUrl: bot.serviceUrl,
      }),
    });
    expect(res.status).to.equal(429);
    expect(Number(res.headers.get('retry-after'))).to.be.within(1, 10);
    expect(await res.text()).to.not.contain('hello');

    // Another conversation on the same address is not affected.
    expect((await bystander.send('hello')).status).to.equal(200);
  });

  it('lets the conversation go on once the bucket has refilled', async () => {
    const quick = new HttpBot({ env: { RATE_LIMIT_MESSAGES: '2', RATE_LIMIT_WINDOW_SECONDS: '1' } });
    await quick.start();
    try {
      const convo = new HttpConversation(quick, 'webchat', 'refill', 'dl_refill');
      expect((await convo.send('hi')).status).to.equal(200);
      expect((await convo.send('hi')).status).to.equal(200);
      expect((await convo.send('hi')).status).to.equal(429);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const after = await convo.send('menu');
      expect(after.status).to.equal(200);
      expect(after.replies.length).to.be.greaterThan(0);
    } finally {
      await quick.stop();
    }
  });
});

describe('security headers', () => {
  const bot = new HttpBot();
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  const everywhere = (res: Response) => {
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
    expect(res.headers.get('strict-transport-security')).to.match(/^max-age=\d+/);
    expect(res.headers.get('x-permitted-cross-domain-policies')).to.equal('none');
  };
  const onApi = (res: Response) => {
    everywhere(res);
    expect(res.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(res.headers.get('x-frame-options')).to.equal('DENY');
  };
  const post = (body: string) =>
    fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('are on a message answer, a rejected body and /healthz', async () => {
    onApi(
      await post(
        JSON.stringify({
          type: 'message',
          text: 'hi',
          channelId: 'webchat',
          conversation: { id: 'h1' },
          from: { id: 'u' },
          serviceUrl: bot.serviceUrl,
        }),
      ),
    );
    onApi(await post(JSON.stringify({ text: 'no type' })));
    onApi(await fetch(`${bot.baseUrl}/healthz`));
  });

  it('are on answers restify writes itself: invalid JSON, too large, not found', async () => {
    everywhere(await post('{broken'));
    everywhere(await post(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) })));
    everywhere(await fetch(`${bot.baseUrl}/no-such-page`));
  });
});
