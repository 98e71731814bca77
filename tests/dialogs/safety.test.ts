// Crisis help on every channel and in the middle of the finder; "forget me"; hashed keys.
import { expect } from 'chai';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';

describe('crisis help in the conversation', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a crisis message mid-finder gets 988 first, then a way back to the question`, async () => {
      const chat = new TestChat(channel);
      if (channel !== 'sms') await chat.join();
      await chat.send('find a group');
      await chat.send(channel === 'sms' ? '1' : 'Myself');
      const replies = await chat.send('honestly i just want to end it all');
      const text = visibleText(replies);
      expect(text).to.match(/988/);
      const back = offeredChoices(replies).find((c) => /continue/i.test(c.label));
      expect(back, 'continue choice').to.not.equal(undefined);
      const resumed = await chat.send(back!.pick);
      expect(visibleText(resumed)).to.match(/main substance/i);
    });

    it(`${channel}: someone not breathing gets 911 first`, async () => {
      const chat = new TestChat(channel);
      const text = visibleText(await chat.send("my brother took something and he's not breathing"));
      expect(text).to.match(/911/);
      expect(text.indexOf('911')).to.be.lessThan(text.search(/988|$/));
    });
  }

  it('"I\'m fine" after crisis help does not hide the resources: "urgent" brings them back', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    await chat.send('i want to die');
    const fine = await chat.send("no i'm fine");
    expect(offeredChoices(fine).length).to.be.greaterThan(0);
    const urgent = visibleText(await chat.send('urgent'));
    expect(urgent).to.match(/988/);
    expect(urgent).to.match(/1-800-662-4357/);
  });

  it('ordinary idioms do not trigger crisis replies', async () => {
    for (const message of ['the speaker was killing it last night', "I'm dying to know what a meeting is like"]) {
      const chat = new TestChat('webchat');
      await chat.join();
      expect(visibleText(await chat.send(message)), message).to.not.match(/988|911/);
    }
  });
});

describe('privacy', () => {
  it('"forget me" deletes the conversation and user state from storage and says so', async () => {
    const chat = new TestChat('sms');
    await chat.send('find a group');
    await chat.send('1');
    const before = JSON.stringify((chat.storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(before).to.contain('answers');
    const replies = await chat.send('forget me');
    expect(visibleText(replies)).to.match(/deleted/i);
    // MemoryStorage leaves a deleted key with an undefined value.
    const memory = (chat.storage as unknown as { memory: Record<string, unknown> }).memory;
    expect(Object.values(memory).filter((v) => v !== undefined)).to.have.length(0);
    const next = await chat.send('back');
    expect(visibleText(next)).to.not.match(/Who are you looking for support for|main substance/);
  });

  it('sms storage keys contain no phone number', async () => {
    const chat = new TestChat('sms', { userId: '+15557654321', conversationId: '+15557654321' });
    await chat.send('hi');
    await chat.send('2');
    const keys = Object.keys((chat.storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(keys.length).to.be.greaterThan(0);
    for (const key of keys) {
      expect(key).to.not.contain('5557654321');
      expect(key).to.match(/^sms\/conversations\/[0-9a-f]{40}$/);
    }
  });

  it('state expires after the configured inactivity', async () => {
    let now = 1_000_000;
    const chat = new TestChat('webchat', { now: () => now, ttlMs: 60_000 });
    await chat.join();
    await chat.send('find a group');
    await chat.send('Myself');
    now += 61_000;
    const text = visibleText(await chat.send('back'));
    expect(text).to.not.match(/Who are you looking for support for/);
  });
});
