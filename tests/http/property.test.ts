// Property: whatever well-formed activity arrives (any type, text, card value, locale, channel),
// the server never answers 5xx, every message gets at least one reply, and the process stays up.
// One server serves every run; the conversation ids come from a small pool, so state builds up
// across runs the way it does in real conversations.
import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import fc from 'fast-check';
import { HttpBot } from '../helpers/httpHarness';

const RUNS = 2000;

const channels = fc.constantFrom('webchat', 'msteams', 'sms', 'directline', 'some-new-channel');
const types = fc.oneof(
  { weight: 8, arbitrary: fc.constant('message') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'conversationUpdate',
      'event',
      'invoke',
      'messageReaction',
      'typing',
      'endOfConversation',
      'installationUpdate',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
);
const phrases = fc.constantFrom(
  'hi',
  'menu',
  'help',
  'back',
  'start over',
  'forget me',
  'urgent',
  'find a group',
  'help me find a group',
  '1',
  '2',
  '3',
  '7',
  'yes',
  'nah',
  'the second one',
  'smrt recovry',
  'is AA religious',
  'compare lifering and smart',
  'my husband drinks, is there a group for me',
  'what is SMART Recovery',
  'are meetings free',
  'español',
  'english',
  'more',
  'I want to end it all',
  'kms',
  'STOP',
  'HELP',
);
const texts = fc.oneof(
  { weight: 5, arbitrary: phrases },
  { weight: 3, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('🙂🙏🏽', '👍', '❤️‍🔥🔥', '<script>alert(1)</script>', '[x](javascript:alert(1))', '\u0000\u202e', ''),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 6000 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const values = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record({
      action: fc.constantFrom('menu', 'find', 'learn', 'answer:who=self', 'group:aa', 'topic:sponsor', 'nonsense:::', 'x'.repeat(300)),
    }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const locales = fc.oneof(
  fc.constantFrom('en-US', 'en', 'es-ES', 'es', 'fr-FR', 'zz', '', 'x'.repeat(100)),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
);

const activities = fc.record({
  type: types,
  channelId: channels,
  conversation: fc.integer({ min: 1, max: 25 }).map((n) => ({ id: `property-${n}` })),
  from: fc.constantFrom('user-a', 'user-b', '+15550009999').map((id) => ({ id, name: '' })),
  text: texts,
  value: values,
  locale: locales,
  name: fc.option(fc.constantFrom('some/event', 'adaptiveCard/action', 'task/fetch', 'webchat/join'), { nil: undefined }),
  membersAdded: fc.option(fc.constant([{ id: 'user-a', name: '' }]), { nil: undefined }),
});

describe('property: random well-formed activities over HTTP', function () {
  this.timeout(120_000);
  const bot = new HttpBot({ env: { RATE_LIMIT_MESSAGES: '10000' } });
  before(async () => {
    await bot.start();
  });
  after(async () => {
    await bot.stop();
  });

  it(`${RUNS} activities: never a 5xx, every message answered, the process alive`, async () => {
    let messages = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(activities, async (activity) => {
        const { status, body, replies } = await bot.post(activity as Partial<Activity>);
        expect(status, body).to.be.below(500);
        expect(status).to.be.within(200, 299);
        if (activity.type === 'message') {
          messages++;
          expect(replies.length, 'a message gets at least one reply').to.be.greaterThan(0);
        }
      }),
      { numRuns: RUNS, seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined, endOnFailure: true },
    );
    const health = await fetch(`${bot.baseUrl}/healthz`);
    expect(health.status).to.equal(200);
    expect(messages).to.be.greaterThan(RUNS / 2);
    // Printed for the record (the figure the issue asks for), not asserted.
    console.log(`      property test: ${RUNS} activities (${messages} messages) in ${Math.round(performance.now() - started)} ms`);
  });
});
