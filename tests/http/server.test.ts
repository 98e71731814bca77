// The real HTTP server, real Bot Framework activities, and a local fake connector.
import { expect } from 'chai';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { offeredChoices, visibleText } from '../helpers/replies';

describe('HTTP server', () => {
  const logs: string[] = [];
  const bot = new HttpBot({ env: { LOG_LEVEL: 'debug' }, logSink: (line) => logs.push(line) });
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  it('answers a webchat conversationUpdate with a welcome and at least four choices', async () => {
    const convo = new HttpConversation(bot, 'webchat', 'web-conv-1', 'dl_user1');
    const { status, replies } = await convo.join();
    expect(status).to.equal(200);
    expect(visibleText(replies)).to.match(/Support Group Navigator/);
    expect(replies[0].suggestedActions?.actions.length).to.be.at.least(4);
  });

  it('answers a first sms message with the welcome, its choices on one numbered line, in one message and no attachments', async () => {
    const convo = new HttpConversation(bot, 'sms', '+15550001111', '+15550001111');
    const { status, replies } = await convo.send('hello');
    expect(status).to.equal(200);
    expect(replies.length).to.be.greaterThan(0);
    for (const reply of replies) {
      expect(reply.attachments ?? []).to.be.empty;
      expect(reply.suggestedActions).to.equal(undefined);
    }
    expect(replies).to.have.length(1);
    expect(replies[0].text).to.match(/^Reply 1 Learn about support groups, 2 Find a group that fits me, /m);
  });

  it('runs a finder conversation on msteams by submitting card actions', async () => {
    const convo = new HttpConversation(bot, 'msteams', '19:teams-conv', '29:teams-user');
    let { replies } = await convo.join();
    const find = offeredChoices(replies).find((c) => /find a group/i.test(c.label))!;
    ({ replies } = await convo.send(find.pick));
    expect(visibleText(replies)).to.match(/Who are you looking for support for/);
    const client = offeredChoices(replies).find((c) => /client/i.test(c.label))!;
    ({ replies } = await convo.send(client.pick));
    expect(visibleText(replies)).to.match(/main substance/i);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await bot.postRaw('{not json');
    expect(res.status).to.equal(400);
  });

  it('rejects an activity without a type with 400', async () => {
    const res = await bot.postRaw(
      JSON.stringify({ text: 'hi', channelId: 'webchat', conversation: { id: 'x' }, serviceUrl: bot.serviceUrl }),
    );
    expect(res.status).to.equal(400);
  });

  it('rejects a 5 MB body with 413 and stays up', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(5 * 1024 * 1024) });
    const res = await bot.postRaw(big);
    expect(res.status).to.equal(413);
    const health = await fetch(`${bot.baseUrl}/healthz`);
    expect(health.status).to.equal(200);
  });

  it('writes no message text, user id or phone number to the logs', async () => {
    logs.length = 0;
    const convo = new HttpConversation(bot, 'sms', '+15559876543', '+15559876543');
    const said = ['hi', 'my secret husband drinks whiskey', 'find a group', '2', 'I want to end it all', 'forget me'];
    for (const text of said) await convo.send(text);
    await bot.postRaw('{broken');
    const all = logs.join('\n');
    expect(logs.length).to.be.greaterThan(0);
    expect(all).to.not.contain('5559876543');
    expect(all).to.not.contain('whiskey');
    expect(all).to.not.contain('end it all');
  });
});
