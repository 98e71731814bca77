// Messages racing on one conversation: a double tap, a channel's retry, two instances. Within an
// instance turns are queued per conversation; across instances a save that lost to another
// instance's is worked out again on the fresh state. Neither ever shows as an error.
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { expect } from 'chai';
import { ConversationDataSchema } from '../../dialogs/state';
import { parseConfig } from '../../src/host/config';
import { ConversationStore } from '../../src/host/state/conversationStore';
import { KeyedQueue } from '../../src/host/state/keyedQueue';
import { TestChat } from '../helpers/botHarness';
import { HttpBot, HttpConversation } from '../helpers/httpHarness';
import { visibleText } from '../helpers/replies';

/** What only a conversation's first turn says. */
const GREETING = /Hi, this is Support Group Navigator|Hi, I'm Support Group Navigator/;

describe('per-conversation ordering (KeyedQueue)', () => {
  it('runs tasks for one key one at a time, in arrival order, and other keys in parallel', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('a1', 30)), queue.run('a', task('a2', 1)), queue.run('b', task('b1', 5))]);
    expect(results).to.deep.equal(['a1', 'a2', 'b1']);
    expect(log.indexOf('a2:start')).to.be.greaterThan(log.indexOf('a1:end'));
    expect(log.indexOf('b1:start')).to.be.lessThan(log.indexOf('a1:end'));
    expect(queue.activeKeys).to.equal(0);
  });

  it('keeps going after a task fails', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'still here');
    await failed.then(
      () => expect.fail('should have failed'),
      (err: Error) => expect(err.message).to.equal('boom'),
    );
    expect(await next).to.equal('still here');
    expect(queue.activeKeys).to.equal(0);
  });
});

/** Memory storage where, once, another instance gets its turn saved between our read and our write. */
class InterleavingStorage extends MemoryStorage {
  interleave?: () => Promise<void>;
  writes = 0;

  override async write(changes: StoreItems): Promise<void> {
    const other = this.interleave;
    this.interleave = undefined;
    if (other) await other();
    this.writes++;
    return super.write(changes);
  }
}

describe('optimistic concurrency between instances', () => {
  it('works a turn out again on the fresh state when another instance saved first', async () => {
    const storage = new InterleavingStorage();
    const conversationId = 'shared-conversation';
    const here = new TestChat('webchat', { storage, conversationId });
    const there = new TestChat('webchat', { storage, conversationId });
    await here.join();
    expect(visibleText(await here.send('find a group'))).to.match(/Who are you looking for support for/);

    // While this instance works out "Alcohol" against the stale state (still asking who), the
    // other instance answers "Myself" and saves first.
    let otherReplies = '';
    storage.interleave = async () => {
      otherReplies = visibleText(await there.send('Myself'));
    };
    const replies = await here.send('Alcohol');

    expect(otherReplies).to.match(/main substance/i);
    // This turn was worked out again after "Myself": "Alcohol" answered the substance question.
    const state = ConversationDataSchema.parse(await here.store.load({ channelId: 'webchat', conversationId }));
    expect(state.finder?.answers).to.deep.equal({ who: 'self', substance: 'alcohol' });
    expect(visibleText(replies)).to.not.match(/main substance/i);
    expect(replies.length).to.be.greaterThan(0);
  });
});

/** Memory storage that takes a few milliseconds per call, as a networked store does. */
class SlowMemoryStorage extends MemoryStorage {
  override async read(keys: string[]): Promise<StoreItems> {
    await new Promise((resolve) => setTimeout(resolve, 3));
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 3));
    return super.write(changes);
  }
}

describe('a burst of 40 concurrent turns on one conversation over HTTP', function () {
  this.timeout(30_000);
  const storage = new SlowMemoryStorage();
  // The rate limit is set out of the way here: this is about concurrency (rateLimit.test.ts covers the limit).
  const logs: string[] = [];
  const bot = new HttpBot({ storage, env: { RATE_LIMIT_MESSAGES: '1000' }, logSink: (line) => logs.push(line) });
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  it('answers every one with 200, greets once, and leaves valid state', async () => {
    const convo = new HttpConversation(bot, 'sms', '+15550004040', '+15550004040');
    const texts = Array.from(
      { length: 40 },
      (_, i) => ['find a group', '1', 'is AA religious', 'back', '2', 'help', 'what is SMART Recovery', 'start over'][i % 8],
    );
    const started = performance.now();
    const results = await Promise.all(texts.map((text) => convo.send(text)));
    const elapsed = performance.now() - started;

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).to.deep.equal([]);
    expect(statuses).to.deep.equal(texts.map(() => 200));
    const replies = bot.connector.repliesFor('+15550004040');
    expect(replies.length).to.be.at.least(40);
    // Turns ran one after another: only the first saw a new conversation and greeted, and no
    // turn ever had to be worked out again because another saved in between.
    expect(replies.filter((r) => GREETING.test(r.text ?? ''))).to.have.length(1);
    expect(logs.filter((line) => line.includes('state_write_conflict'))).to.deep.equal([]);
    const stored = await new ConversationStore(storage, parseConfig({}).ID_HASH_SALT).load({
      channelId: 'sms',
      conversationId: '+15550004040',
    });
    expect(ConversationDataSchema.safeParse(stored).success).to.equal(true);
    expect(elapsed).to.be.below(20_000);
    console.log(
      `      burst: 40 concurrent turns, ${statuses.filter((s) => s === 200).length} × 200, ${replies.length} replies, ${Math.round(elapsed)} ms`,
    );
  });
});
