// STATE_STORAGE=memory: a stream of new conversations (each a new conversation id, which anyone
// can make up in development) must not grow the process without bound.
import { expect } from 'chai';
import type { Storage } from 'botbuilder';
import { parseConfig } from '../../src/host/config';
import { Logger } from '../../src/host/log';
import { createStateStorage } from '../../src/host/state/createStateStorage';
import { HttpBot } from '../helpers/httpHarness';

/** Entries the store holds: its own count, or MemoryStorage's object of entries. */
function entries(storage: Storage): number {
  const counted = storage as unknown as { size?: number; memory?: Record<string, unknown> };
  return typeof counted.size === 'number' ? counted.size : Object.keys(counted.memory ?? {}).length;
}

const quiet = new Logger('silent');

describe('security: memory state is bounded', () => {
  it('keeps at most MEMORY_STATE_MAX_CONVERSATIONS entries however many conversations arrive', async () => {
    const storage = createStateStorage(parseConfig({ STATE_STORAGE: 'memory', MEMORY_STATE_MAX_CONVERSATIONS: '100' }), quiet);
    for (let i = 0; i < 1000; i++) await storage.write({ [`webchat/conversations/${i}`]: { lastSeen: i, eTag: '*' } });
    expect(entries(storage)).to.be.within(1, 100);
    // The most recent ones are the ones kept.
    const recent = await storage.read(['webchat/conversations/999']);
    expect(recent['webchat/conversations/999']).to.include({ lastSeen: 999 });
  });

  it('sweeps entries untouched for longer than STATE_TTL_MINUTES', async () => {
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      const storage = createStateStorage(parseConfig({ STATE_STORAGE: 'memory', STATE_TTL_MINUTES: '1' }), quiet);
      for (let i = 0; i < 50; i++) await storage.write({ [`webchat/conversations/old-${i}`]: { eTag: '*' } });
      now += 2 * 60_000;
      await storage.write({ 'webchat/conversations/new': { eTag: '*' } });
      expect(entries(storage)).to.equal(1);
      expect(await storage.read(['webchat/conversations/old-1'])).to.deep.equal({});
    } finally {
      Date.now = realNow;
    }
  });

  it('refuses a made-up channelId too long to be one (it would become part of a storage key)', async () => {
    const bot = await new HttpBot().start();
    try {
      const { status, body } = await bot.post({
        type: 'message',
        text: 'hello',
        channelId: 'x'.repeat(200 * 1024),
        conversation: { id: 'c-huge-channel' } as never,
        from: { id: 'u', name: '' },
      });
      expect(status).to.equal(400);
      expect(body.length).to.be.below(300);
      expect(
        (
          await bot.post({
            type: 'message',
            text: 'hello',
            channelId: 'web chat<script>',
            conversation: { id: 'c-odd-channel' } as never,
            from: { id: 'u', name: '' },
          })
        ).status,
      ).to.equal(400);
      expect(
        (
          await bot.post({
            type: 'message',
            text: 'hello',
            channelId: 'msteams',
            conversation: { id: 'c-ok-channel' } as never,
            from: { id: 'u', name: '' },
          })
        ).status,
      ).to.equal(200);
    } finally {
      await bot.stop();
    }
  });
});
