// Several instances of the real HTTP server sharing conversation state in Azure Blob Storage
// (Azurite, started here): turns alternating between instances, an instance stopped in the
// middle, the store going away and coming back, and instances racing on one conversation.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { ConversationDataSchema, type ConversationData } from '../../dialogs/state';
import { parseConfig } from '../../src/host/config';
import { ConversationStore } from '../../src/host/state/conversationStore';
import { ResilientBlobStorage } from '../../src/host/state/resilientBlobStorage';
import { Azurite } from '../helpers/azurite';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { offeredChoices, visibleText } from '../helpers/replies';

const CONTAINER = 'conversation-state';
const RESULTS = /may fit|for family and friends like you|For your client/;
const APOLOGY = /can't reach my memory right now/;
/** A family member's way through the finder, one choice label per question. */
const FAMILY_ANSWERS = [/someone i care about/i, /partner/i, /adult/i, /alcohol/i, /comfortable/i];

function blobEnv(azurite: Azurite): Record<string, string> {
  return {
    STATE_STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    STATE_CONTAINER: CONTAINER,
    STATE_TIMEOUT_MS: '2000',
  };
}

/** Reads what the instances saved, as a separate process would. */
function stateReader(azurite: Azurite) {
  const store = new ConversationStore(
    new ResilientBlobStorage({ connectionString: azurite.connectionString, container: CONTAINER, callTimeoutMs: 3000 }),
    parseConfig({}).ID_HASH_SALT,
  );
  return async (channelId: string, conversationId: string): Promise<ConversationData | undefined> => {
    const data = await store.load({ channelId, conversationId });
    if (data === undefined) return undefined;
    return ConversationDataSchema.parse(data);
  };
}

function pick(replies: Partial<Activity>[], label: RegExp): Partial<Activity> {
  const choice = offeredChoices(replies).find((c) => label.test(c.label));
  if (!choice)
    throw new Error(
      `no choice like ${label} in: ${offeredChoices(replies)
        .map((c) => c.label)
        .join(' | ')}`,
    );
  return choice.pick;
}

describe('scale-out: instances sharing state in Azure Blob Storage (Azurite)', function () {
  this.timeout(90_000);
  const azurite = new Azurite();
  const instances: HttpBot[] = [];
  const logs: string[] = [];
  let readState: ReturnType<typeof stateReader>;

  before(async () => {
    await azurite.start(0);
    for (let i = 0; i < 2; i++) instances.push(await new HttpBot({ env: blobEnv(azurite), logSink: (line) => logs.push(line) }).start());
    readState = stateReader(azurite);
  });
  after(async () => {
    for (const bot of instances) await bot.stop();
    await azurite.stop();
  });

  it('completes the finder with turns alternating between two instances, keeping every answer', async () => {
    const [a, b] = instances;
    const on = [
      new HttpConversation(a, 'webchat', 'alternating-1', 'dl_alt'),
      new HttpConversation(b, 'webchat', 'alternating-1', 'dl_alt'),
    ];
    let turn = 0;
    const next = () => on[turn++ % 2];

    expect((await next().join()).status).to.equal(200);
    let { status, replies } = await next().send('help me find a group');
    expect(status).to.equal(200);
    const answered: string[] = [];
    for (const answer of FAMILY_ANSWERS) {
      if (RESULTS.test(visibleText(replies))) break;
      ({ status, replies } = await next().send(pick(replies, answer)));
      expect(status).to.equal(200);
      const finder = (await readState('webchat', 'alternating-1'))?.finder;
      answered.push(...Object.keys(finder?.answers ?? {}).filter((q) => !answered.includes(q)));
      // Every answer given so far is still there, whichever instance took it.
      expect(Object.keys(finder?.answers ?? {})).to.have.members(answered);
    }
    for (let i = 0; i < 3 && !RESULTS.test(visibleText(replies)); i++) ({ replies } = await next().send(pick(replies, /not sure/i)));
    expect(answered.length).to.be.at.least(3);
    expect(turn).to.be.at.least(5);
    expect(visibleText(replies)).to.match(RESULTS);
    expect(visibleText(replies)).to.match(/Al-Anon/);
  });

  it('continues a conversation on another instance after the one it was on is stopped', async () => {
    const doomed = await new HttpBot({ env: blobEnv(azurite) }).start();
    const before = new HttpConversation(doomed, 'sms', '+15550007777', '+15550007777');
    expect(visibleText((await before.send('find a group')).replies)).to.match(/Who are you looking for support for/);
    expect(visibleText((await before.send('2')).replies)).to.match(/Whose drinking or drug use/);
    await doomed.stop();

    const after = new HttpConversation(instances[0], 'sms', '+15550007777', '+15550007777');
    const continued = await after.send('1'); // my partner
    expect(continued.status).to.equal(200);
    const text = visibleText(continued.replies);
    expect(text).to.match(/Are you a teenager/);
    expect(text).to.not.match(/Hi, this is Support Group Navigator/);
    const finder = (await readState('sms', '+15550007777'))?.finder;
    expect(finder?.answers).to.deep.equal({ who: 'family', relation: 'partner' });
  });

  it('survives two instances racing on one conversation: no 5xx, every message answered, state intact', async () => {
    const [a, b] = instances;
    const convos = [new HttpConversation(a, 'webchat', 'race-1', 'dl_race'), new HttpConversation(b, 'webchat', 'race-1', 'dl_race')];
    await convos[0].join();
    const received = () => a.connector.repliesFor('race-1').length + b.connector.repliesFor('race-1').length;
    const before = received();
    const texts = [
      'find a group',
      'myself',
      'menu',
      'what is SMART Recovery',
      'help',
      'find a group',
      'alcohol',
      'back',
      'menu',
      'is AA religious',
      'compare aa and smart',
      'start over',
    ];
    const results = await Promise.all(texts.map((text, i) => convos[i % 2].send(text)));
    expect(results.map((r) => r.status)).to.deep.equal(texts.map(() => 200));
    expect(received() - before).to.be.at.least(texts.length);
    const state = await readState('webchat', 'race-1');
    expect(state?.welcomed).to.equal(true);
    const conflicts = logs.filter((line) => line.includes('state_write_conflict')).length;
    console.log(`      race: ${texts.length} concurrent turns on 2 instances, ${conflicts} write conflicts worked out again`);
  });

  describe('when the store goes away and comes back', () => {
    const own = new Azurite();
    let bot: HttpBot;
    let readOwn: ReturnType<typeof stateReader>;
    before(async () => {
      await own.start(0);
      bot = await new HttpBot({ env: blobEnv(own) }).start();
      readOwn = stateReader(own);
    });
    after(async () => {
      await bot.stop();
      await own.stop();
    });

    it('answers kindly and quickly during the outage, reports it on /healthz, and works again without a restart', async () => {
      const convo = new HttpConversation(bot, 'webchat', 'outage-1', 'dl_outage');
      await convo.join();
      const { replies } = await convo.send('help me find a group');
      expect(visibleText(replies)).to.match(/Who are you looking for support for/);
      const health = await fetch(`${bot.baseUrl}/healthz`);
      expect(health.status).to.equal(200);

      const port = own.port;
      await own.stop();

      const started = performance.now();
      const during = await convo.send(pick(replies, /myself/i));
      const elapsed = performance.now() - started;
      expect(during.status).to.equal(200);
      expect(during.replies).to.have.length(1);
      const apology = visibleText(during.replies);
      expect(apology).to.match(APOLOGY);
      expect(apology).to.not.match(/Error|ECONN|at \w+ \(|\.js:\d+/);
      expect(elapsed).to.be.below(3000);
      console.log(`      outage: the apology arrived ${Math.round(elapsed)} ms after the message`);

      const failing = await fetch(`${bot.baseUrl}/healthz`);
      expect(failing.status).to.equal(503);
      expect(await failing.json()).to.deep.include({ status: 'degraded', storage: 'failing: unreachable' });

      await own.start(port);
      // An in-memory Azurite comes back empty: what was saved before the outage is gone, so the
      // conversation picks up as new, and what is said from now on is kept.
      const back = await convo.send('help me find a group');
      expect(back.status).to.equal(200);
      expect(visibleText(back.replies)).to.match(/Who are you looking for support for/);
      const answered = await convo.send(pick(back.replies, /myself/i));
      expect(visibleText(answered.replies)).to.match(/main substance/i);
      expect(Object.keys((await readOwn('webchat', 'outage-1'))?.finder?.answers ?? {})).to.have.length(1);

      let healthy = 0;
      for (let i = 0; i < 20 && healthy !== 200; i++) {
        healthy = (await fetch(`${bot.baseUrl}/healthz`)).status;
        if (healthy !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(healthy).to.equal(200);
    });
  });

  it('answers kindly within its time-out when the store accepts connections and never answers', async () => {
    const sockets: net.Socket[] = [];
    const blackHole = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const port = (blackHole.address() as AddressInfo).port;
    const connectionString = azurite.connectionString.replace(/:\d+\/devstoreaccount1/, `:${port}/devstoreaccount1`);
    const stuck = await new HttpBot({
      env: { ...blobEnv(azurite), AZURE_STORAGE_CONNECTION_STRING: connectionString, STATE_TIMEOUT_MS: '1000' },
    }).start();
    try {
      const convo = new HttpConversation(stuck, 'sms', '+15550002222', '+15550002222');
      const started = performance.now();
      const { status, replies } = await convo.send('find a group');
      const elapsed = performance.now() - started;
      expect(status).to.equal(200);
      expect(visibleText(replies)).to.match(APOLOGY);
      expect(elapsed).to.be.within(900, 2500);
      console.log(`      unanswering store: the apology arrived ${Math.round(elapsed)} ms after the message (time-out 1000 ms)`);
      expect((await fetch(`${stuck.baseUrl}/healthz`)).status).to.equal(503);
    } finally {
      await stuck.stop();
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => blackHole.close(resolve));
    }
  });
});
