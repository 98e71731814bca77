// Replies that meet a throttled or briefly failing channel are sent again, with back-off and
// jitter, honouring Retry-After, a bounded number of times; a batch is retried one reply at a
// time, so nothing is delivered twice.
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { OutboundRetry, retryAfterMs } from '../../src/host/http/outboundRetry';
import type { ConnectorAnswer } from '../helpers/httpHarness';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { visibleText } from '../helpers/replies';

function httpError(statusCode: number, headers: Record<string, string> = {}) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.assign(new Error(`status ${statusCode}`), {
    statusCode,
    response: { headers: { get: (name: string) => lower[name.toLowerCase()] } },
  });
}

describe('OutboundRetry policy', () => {
  const policy = new OutboundRetry(
    { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 4000, maxRetryAfterMs: 10_000, budgetMs: 12_000 },
    undefined,
    undefined,
    () => 0.5,
  );

  it('retries 408, 412, 429, 500, 502, 503 and 504 and passing network errors with growing, jittered waits', () => {
    for (const status of [408, 412, 429, 500, 502, 503, 504])
      expect(policy.delayBeforeRetry(httpError(status), 1, 0), String(status)).to.equal(300);
    for (const code of ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT'])
      expect(policy.delayBeforeRetry(Object.assign(new Error(code), { code }), 1, 0), code).to.equal(300);
    expect(policy.delayBeforeRetry(httpError(429), 2, 0)).to.equal(600);
    expect(policy.delayBeforeRetry(httpError(429), 3, 0)).to.equal(1200);
    const jittered = new OutboundRetry({}, undefined, undefined, () => 0.999);
    expect(jittered.delayBeforeRetry(httpError(429), 1, 0)).to.be.within(399, 400);
  });

  it('does not retry other failures, nor past the attempts or the time budget', () => {
    for (const status of [400, 401, 403, 404, 501, 505])
      expect(policy.delayBeforeRetry(httpError(status), 1, 0), String(status)).to.equal(undefined);
    expect(policy.delayBeforeRetry(new Error('socket hang up'), 1, 0)).to.equal(undefined);
    expect(policy.delayBeforeRetry(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), 1, 0)).to.equal(undefined);
    expect(policy.delayBeforeRetry(httpError(429), 4, 0)).to.equal(undefined);
    expect(policy.delayBeforeRetry(httpError(429), 1, 11_900)).to.equal(undefined);
  });

  it('honours Retry-After in seconds, as a date, or in milliseconds, and gives up when it is too long', () => {
    expect(policy.delayBeforeRetry(httpError(429, { 'Retry-After': '2' }), 1, 0)).to.equal(2000);
    expect(retryAfterMs(httpError(429, { 'Retry-After': new Date(Date.now() + 3000).toUTCString() }))).to.be.within(1000, 3000);
    expect(retryAfterMs(httpError(429, { 'retry-after-ms': '250' }))).to.equal(250);
    expect(policy.delayBeforeRetry(httpError(429, { 'Retry-After': '60' }), 1, 0)).to.equal(undefined);
  });
});

describe('outbound retries over HTTP', function () {
  this.timeout(20_000);
  const logs: string[] = [];
  const bot = new HttpBot({ app: { outboundRetry: { baseDelayMs: 50, maxDelayMs: 200 } }, logSink: (line) => logs.push(line) });
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });
  afterEach(() => {
    bot.connector.respondWith = () => 200;
  });

  /** Answers `first` to the first `times` sends, then 200; records when each send arrived. */
  function failFirst(times: number, first: number | ConnectorAnswer) {
    const arrivals: number[] = [];
    bot.connector.respondWith = () => {
      arrivals.push(performance.now());
      return arrivals.length <= times ? first : 200;
    };
    return arrivals;
  }

  for (const status of [429, 412]) {
    it(`delivers a Teams reply after a ${status}`, async () => {
      const arrivals = failFirst(1, status);
      const convo = new HttpConversation(bot, 'msteams', `retry-${status}`, '29:user');
      const { status: http, replies } = await convo.send('what is SMART Recovery');
      expect(http).to.equal(200);
      expect(arrivals).to.have.length(2);
      expect(replies).to.have.length(1);
      expect(visibleText(replies)).to.match(/SMART Recovery/);
      expect(visibleText(replies)).to.not.match(/went wrong/);
      // A channel's 412 is not a state write conflict: the turn itself is not worked out again.
      expect(logs.filter((line) => line.includes('state_write_conflict'))).to.deep.equal([]);
      expect(logs.filter((line) => line.includes('reply_retry'))).to.have.length.greaterThan(0);
      logs.length = 0;
    });
  }

  it('waits as long as Retry-After says before sending again', async () => {
    const arrivals = failFirst(1, { status: 429, headers: { 'Retry-After': '1' } });
    const convo = new HttpConversation(bot, 'webchat', 'retry-after', 'dl_retry');
    const { replies } = await convo.send('what is SMART Recovery');
    expect(replies).to.have.length(1);
    expect(arrivals).to.have.length(2);
    expect(arrivals[1] - arrivals[0]).to.be.at.least(950);
  });

  // Crisis help is the SMS reply sent whole, in several messages (an ordinary turn is one message).
  const CRISIS = 'I want to kill myself';

  it('sends each SMS message of a multi-part reply exactly once when one of them is throttled', async () => {
    const unthrottled = await new HttpConversation(bot, 'sms', '+15550003332', '+15550003332').send(CRISIS);
    const expected = unthrottled.replies.map((r: Partial<Activity>) => r.text);
    expect(expected.length, 'the crisis reply comes in several messages').to.be.at.least(2);

    const convo = new HttpConversation(bot, 'sms', '+15550003333', '+15550003333');
    let sends = 0;
    bot.connector.respondWith = () => (++sends === 2 ? 429 : 200);
    const { replies } = await convo.send(CRISIS);
    expect(sends).to.equal(expected.length + 1);
    // Every message arrived once, in order, and no apology instead.
    expect(replies.map((r: Partial<Activity>) => r.text)).to.deep.equal(expected);
  });

  it('gives up after a bounded number of tries on a channel that keeps refusing, without a 5xx', async () => {
    let sends = 0;
    bot.connector.respondWith = () => {
      sends++;
      return 429;
    };
    const convo = new HttpConversation(bot, 'webchat', 'always-429', 'dl_429');
    const started = performance.now();
    const { status } = await convo.send('hello');
    expect(status).to.equal(200);
    // The reply and then the apology each get at most 4 tries.
    expect(sends).to.be.within(2, 8);
    expect(performance.now() - started).to.be.below(10_000);
  });
});
