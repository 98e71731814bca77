// Odd, broken and hostile input over HTTP: each gets a graceful reply or a 4xx, never a 5xx, a
// stack trace or the person's own markup echoed back; and the process stays up.
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { visibleText } from '../helpers/replies';

const EMPTY = /didn't catch any words/;
const NO_TRACE = /Error:|\bat \S+ \(|\.js:\d+|\.ts:\d+|ECONN/;

describe('bad input over HTTP', function () {
  this.timeout(20_000);
  const bot = new HttpBot({ env: { RATE_LIMIT_MESSAGES: '1000' } });
  let n = 0;
  /** A conversation that has already been welcomed, so replies are about the input itself. */
  const started = async (channelId = 'webchat', locale: string | undefined = 'en-US') => {
    const convo = new HttpConversation(bot, channelId, `bad-${++n}`, `user-${n}`, locale);
    if (channelId === 'sms') await convo.send('hi');
    else await convo.join();
    return convo;
  };
  const replyTo = async (activity: Partial<Activity>, channelId = 'webchat') => {
    const { status, replies } = await (await started(channelId)).send(activity);
    expect(status).to.equal(200);
    const text = visibleText(replies);
    expect(text).to.not.match(NO_TRACE);
    return { replies, text };
  };

  before(async () => {
    await bot.start();
  });
  after(async () => {
    const health = await fetch(`${bot.baseUrl}/healthz`);
    expect(health.status, 'the process is still up and healthy').to.equal(200);
    await bot.stop();
  });

  it('empty text: asks for words', async () => {
    const { replies, text } = await replyTo({ text: '' });
    expect(replies).to.have.length.greaterThan(0);
    expect(text).to.match(EMPTY);
  });

  it('whitespace only: asks for words', async () => {
    expect((await replyTo({ text: ' \n\t  ' })).text).to.match(EMPTY);
  });

  it('a 20,000-character message is answered in well under 2 seconds', async () => {
    const convo = await started();
    const long = 'I think my husband drinks too much and I do not know what to do about it anymore '.repeat(250).slice(0, 20_000);
    const t0 = performance.now();
    const { status, replies } = await convo.send(long);
    const elapsed = performance.now() - t0;
    expect(status).to.equal(200);
    expect(replies.length).to.be.greaterThan(0);
    expect(elapsed).to.be.below(2000);
  });

  it("a 20,000-character message of digits and dates (the recognizers' worst case) is answered quickly", async () => {
    const convo = await started('sms');
    const long = 'tomorrow at 7pm or next monday 3 4 5 1st 2nd '.repeat(500).slice(0, 20_000);
    const t0 = performance.now();
    const { status, replies } = await convo.send(long);
    expect(status).to.equal(200);
    expect(replies.length).to.be.greaterThan(0);
    expect(performance.now() - t0).to.be.below(2000);
  });

  it('emoji only: a friendly answer, not an error', async () => {
    const { replies } = await replyTo({ text: '🙂🙏🏽👍❤️‍🔥' });
    expect(replies.length).to.be.greaterThan(0);
  });

  it('an attachment with no text: asks for words', async () => {
    const { text } = await replyTo({ attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/x.png', name: 'x.png' }] });
    expect(text).to.match(EMPTY);
  });

  it('a card submit with unexpected data is treated as no choice', async () => {
    for (const value of [
      { action: 'rm -rf /', extra: { deep: [1, 2, 3] } },
      'just a string',
      [1, 2, 3],
      { action: 42 },
      { text: { not: 'a string' } },
      null,
    ]) {
      const { replies, text } = await replyTo({ text: undefined, value } as Partial<Activity>, 'msteams');
      expect(replies.length, JSON.stringify(value)).to.be.greaterThan(0);
      expect(text).to.not.contain('rm -rf');
    }
  });

  it('unknown event, invoke, reaction and typing activities get a 2xx and no reply', async () => {
    const convo = await started();
    const kinds: Partial<Activity>[] = [
      { type: 'event', name: 'some/unknown-event', value: { a: 1 } },
      { type: 'invoke', name: 'some/unknown-invoke', value: { a: 1 } },
      { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'x', data: {} } } },
      { type: 'invoke', name: 'task/fetch', value: {} },
      { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] },
      { type: 'messageReaction', reactionsRemoved: [{ type: 'like' }] },
      { type: 'typing' },
      { type: 'installationUpdate', action: 'add' },
      { type: 'endOfConversation' },
      { type: 'something-new' },
    ];
    for (const activity of kinds) {
      const { status, replies } = await convo.send(activity);
      expect(status, activity.type).to.be.within(200, 299);
      expect(replies, `${activity.type} ${activity.name ?? ''}`).to.have.length(0);
    }
  });

  it('an unknown locale and a missing locale are answered in English', async () => {
    for (const locale of ['xx-YY', 'klingon', '', undefined, '../../etc/passwd']) {
      const convo = new HttpConversation(bot, 'webchat', `locale-${++n}`, `user-${n}`, locale);
      await convo.join();
      const { status, replies } = await convo.send('what is SMART Recovery');
      expect(status).to.equal(200);
      expect(visibleText(replies), String(locale)).to.match(/SMART Recovery/);
    }
  });

  it('never echoes HTML, markdown or javascript: links back', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click me](javascript:alert(1))',
      '**bold** _it_ <b>hi</b> ![img](http://evil.example/x.png)',
      '<a href="javascript:alert(1)">is AA religious</a>',
      'what is SMART Recovery <iframe src="https://evil.example"></iframe>',
    ];
    for (const channel of ['webchat', 'msteams', 'sms']) {
      for (const text of hostile) {
        const { replies, text: shown } = await replyTo({ text }, channel);
        expect(replies.length).to.be.greaterThan(0);
        for (const fragment of ['<script', 'onerror', 'javascript:', '<iframe', 'evil.example', '<b>', '**bold**', 'click me']) {
          expect(shown, `${channel}: ${text}`).to.not.contain(fragment);
          expect(JSON.stringify(replies), `${channel}: ${text}`).to.not.contain(fragment);
        }
      }
    }
  });

  it('rejects a body that is not JSON with 400', async () => {
    expect((await bot.postRaw('{"type": "message", "text": ')).status).to.equal(400);
    expect((await bot.postRaw('[1, 2, 3]')).status).to.equal(400);
    expect((await bot.postRaw('"a string"')).status).to.equal(400);
  });

  it('rejects an activity without a type with 400 and a short body', async () => {
    const res = await bot.postRaw(
      JSON.stringify({ text: 'hi', channelId: 'webchat', conversation: { id: 'x' }, serviceUrl: bot.serviceUrl }),
    );
    expect(res.status).to.equal(400);
    expect(res.body).to.not.match(NO_TRACE);
    expect((await bot.postRaw(JSON.stringify({ type: '', text: 'hi' }))).status).to.equal(400);
    expect((await bot.postRaw(JSON.stringify({ type: 42, text: 'hi' }))).status).to.equal(400);
  });

  it('rejects an oversize body with 413 and a short body', async () => {
    const res = await bot.postRaw(JSON.stringify({ type: 'message', text: 'x'.repeat(1024 * 1024) }));
    expect(res.status).to.equal(413);
    expect(res.body.length).to.be.below(200);
  });
});
