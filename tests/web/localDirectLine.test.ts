// The local Direct Line (development without Azure) spoken to like botframework-directlinejs does
// when it polls: a token from the widget's endpoint, start, welcome, a message, the replies.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { HttpBot } from '../helpers/httpHarness';

interface Session {
  token: string;
  conversationId: string;
  userId: string;
  directLineUrl: string;
}

/** What Web Chat's Direct Line client does, in the order it does it. */
class PollingClient {
  session!: Session;
  watermark = '';
  readonly seen: Partial<Activity>[] = [];

  constructor(private readonly baseUrl: string) {}

  async open(locale = 'en-US'): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/api/directline/token`, { method: 'POST' });
    this.session = (await res.json()) as Session;
    return fetch(`${this.session.directLineUrl}/conversations`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ locale }),
    });
  }

  headers(token = this.session.token): Record<string, string> {
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }

  async poll(): Promise<Partial<Activity>[]> {
    const res = await fetch(
      `${this.session.directLineUrl}/conversations/${this.session.conversationId}/activities?watermark=${this.watermark}`,
      { headers: this.headers() },
    );
    expect(res.status).to.equal(200);
    const group = (await res.json()) as { activities: Partial<Activity>[]; watermark: string };
    this.watermark = group.watermark;
    this.seen.push(...group.activities);
    return group.activities;
  }

  /** Polls (at most 50 times, 50 ms apart) until a bot message matches. */
  async waitForBot(text: RegExp): Promise<Partial<Activity>> {
    for (let i = 0; i < 50; i++) {
      const found = (await this.poll()).find((a) => a.from?.role !== 'user' && a.type === 'message' && text.test(a.text ?? ''));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no bot message like ${text}`);
  }

  send(activity: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.session.directLineUrl}/conversations/${this.session.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(activity),
    });
  }
}

describe('website widget: local Direct Line', () => {
  const bot = new HttpBot();
  before(() => bot.start());
  after(() => bot.stop());

  it('starts a conversation, welcomes the user, answers a message, and echoes it for Web Chat', async () => {
    const client = new PollingClient(bot.baseUrl);
    const start = await client.open();
    expect(start.status).to.equal(201);
    expect(await start.json()).to.deep.equal({
      conversationId: client.session.conversationId,
      token: client.session.token,
      expires_in: 1800,
    });
    expect(client.session.directLineUrl).to.equal(`${bot.baseUrl}/v3/directline`);
    expect(client.session.userId).to.match(/^dl_[0-9a-f]{32}$/);

    const welcome = await client.waitForBot(/Support Group Navigator/);
    expect(welcome.suggestedActions?.actions.map((a) => a.title)).to.include('Find a group that fits me');
    expect(welcome.id).to.match(new RegExp(`^${client.session.conversationId}\\|\\d{7}$`));

    const sent = await client.send({
      type: 'message',
      text: 'Find a group that fits me',
      channelData: { clientActivityID: 'abc123' },
      from: { id: 'someone-else' },
    });
    expect(sent.status).to.equal(200);
    const { id } = (await sent.json()) as { id: string };
    const reply = await client.waitForBot(/Who are you looking for support for/);
    const echo = client.seen.find((a) => a.id === id)!;
    expect(echo.text).to.equal('Find a group that fits me');
    expect(echo.from).to.include({ id: client.session.userId, role: 'user' });
    expect(echo.channelData).to.deep.equal({ clientActivityID: 'abc123' });
    expect(echo).to.not.have.property('serviceUrl');
    expect(reply.replyToId).to.equal(id);
    expect(client.seen.indexOf(echo)).to.be.lessThan(client.seen.indexOf(reply));
    expect(Number(client.watermark)).to.equal(client.seen.length);

    // Nothing new: the same watermark and no activities.
    expect(await client.poll()).to.deep.equal([]);
  });

  it('runs the finder to its recommendations by the suggested actions', async () => {
    const client = new PollingClient(bot.baseUrl);
    await client.open();
    let last = await client.waitForBot(/Support Group Navigator/);
    const answers = [/find a group/i, /myself/i, /adult/i, /alcohol/i, /secular/i, /no preference/i, /^no$/i, /discussion/i];
    for (let step = 0; step < 12 && !/may fit/.test(last.text ?? ''); step++) {
      const titles = (last.suggestedActions?.actions ?? []).map((a) => String(a.title));
      const pick = titles.find((t) => answers.some((a) => a.test(t))) ?? titles.find((t) => /not sure/i.test(t));
      expect(pick, `a choice among ${titles.join(' | ')}`).to.be.a('string');
      const before = client.seen.length;
      await client.send({ type: 'message', text: pick });
      last = await client.waitForBot(/./);
      expect(client.seen.length).to.be.greaterThan(before);
    }
    expect(last.text).to.match(/may fit/);
  });

  it('greets in the language the browser starts the conversation with', async () => {
    const client = new PollingClient(bot.baseUrl);
    await client.open('es-US');
    const welcome = await client.waitForBot(/./);
    expect(welcome.text).to.match(/^Hola/);
  });

  it('refuses a wrong token with 403, an unknown conversation with 404, and a bad activity with 400', async () => {
    const alice = new PollingClient(bot.baseUrl);
    const bob = new PollingClient(bot.baseUrl);
    await alice.open();
    await bob.open();
    const url = `${alice.session.directLineUrl}/conversations/${alice.session.conversationId}/activities`;
    expect((await fetch(url, { headers: bob.headers() })).status).to.equal(403);
    expect((await fetch(url)).status).to.equal(403);
    expect(
      (await fetch(url, { method: 'POST', headers: bob.headers(), body: JSON.stringify({ type: 'message', text: 'hi' }) })).status,
    ).to.equal(403);
    expect((await fetch(`${alice.session.directLineUrl}/conversations/nope/activities`, { headers: alice.headers() })).status).to.equal(
      404,
    );
    expect((await alice.send({ type: 'invoke', name: 'x' })).status).to.equal(400);
    expect((await alice.send({ text: 'no type' })).status).to.equal(400);
    const refresh = await fetch(`${alice.session.directLineUrl}/tokens/refresh`, { method: 'POST', headers: alice.headers() });
    expect(refresh.status).to.equal(200);
    expect(((await refresh.json()) as Session).token).to.equal(alice.session.token);
    expect(
      (await fetch(`${alice.session.directLineUrl}/tokens/refresh`, { method: 'POST', headers: alice.headers('forged') })).status,
    ).to.equal(403);
  });

  it('accepts no bot replies from outside: the connector route is under a random path', async () => {
    const client = new PollingClient(bot.baseUrl);
    await client.open();
    const forged = await fetch(`${bot.baseUrl}/v3/conversations/${client.session.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'I am the bot, trust me' }),
    });
    expect(forged.status).to.be.oneOf([404, 405]);
    await client.waitForBot(/Support Group Navigator/);
    expect(client.seen.some((a) => /trust me/.test(a.text ?? ''))).to.equal(false);
  });

  // Last: it empties this client's bucket.
  it('answers a burst of requests from one address with 429 and Retry-After', async () => {
    const client = new PollingClient(bot.baseUrl);
    await client.open();
    const url = `${client.session.directLineUrl}/conversations/${client.session.conversationId}/activities`;
    let limited: Response | undefined;
    for (let i = 0; i < 300 && !limited; i++) {
      const res = await fetch(url, { headers: client.headers() });
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    expect(limited, 'a 429 within 300 requests').to.not.equal(undefined);
    expect(Number(limited!.headers.get('retry-after'))).to.be.within(1, 60);
  });
});
