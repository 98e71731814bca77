// SMS: segments counted the way carriers bill them (GSM-7 160/153, UCS-2 70/67), the carrier
// keywords STOP and HELP, and a fallback that keeps urgent help within reach.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TestChat } from '../helpers/botHarness';
import { countSegments } from '../../src/render/gsm7';

function cost(replies: Partial<Activity>[]): { messages: number; segments: number } {
  return { messages: replies.length, segments: replies.reduce((sum, r) => sum + countSegments(r.text ?? '').segments, 0) };
}

describe('sms segments', () => {
  it('counts GSM-7 and UCS-2 segments as carriers bill them', () => {
    expect(countSegments('a'.repeat(160))).to.include({ encoding: 'GSM-7', segments: 1 });
    expect(countSegments('a'.repeat(161)).segments).to.equal(2);
    expect(countSegments('a'.repeat(306)).segments).to.equal(2);
    expect(countSegments('a'.repeat(307)).segments).to.equal(3);
    expect(countSegments('€'.repeat(80))).to.include({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('á'.repeat(70))).to.include({ encoding: 'UCS-2', segments: 1 });
    expect(countSegments('á'.repeat(71)).segments).to.equal(2);
    expect(countSegments('á'.repeat(135)).segments).to.equal(3);
  });
});

describe('sms carrier keywords', () => {
  for (const word of ['STOP', 'stop', 'End', 'QUIT', 'cancel', 'UNSUBSCRIBE', 'Stop.', 'PARAR', 'alto']) {
    it(`"${word}" alone opts out in one line and forgets the conversation`, async () => {
      const chat = new TestChat('sms');
      await chat.send('hi');
      await chat.send('find a group');
      const replies = await chat.send(word);
      expect(replies).to.have.length(1);
      const text = replies[0].text ?? '';
      expect(text.split('\n')).to.have.length(1);
      expect(text).to.match(/unsubscribed|no recibir[aá]s/i);
      expect(text).to.not.match(/withdraw|detox|abstinencia/i);
      const after = (await chat.send('hi')).map((r) => r.text).join('\n');
      expect(after, 'a new conversation greets again').to.match(/Support Group Navigator/);
    });
  }

  // Spanish needs UCS-2 (70 characters a segment): one more segment is allowed.
  for (const [word, pattern, segments] of [
    ['HELP', /Support Group Navigator.*988.*STOP/s, 2],
    ['ayuda', /Support Group Navigator.*988.*PARAR/s, 3],
  ] as const) {
    it(`"${word}" alone says what the service is, how to get crisis help and how to stop`, async () => {
      const chat = new TestChat('sms');
      const replies = await chat.send(word);
      const text = replies.map((r) => r.text).join('\n');
      expect(text).to.match(pattern);
      expect(replies).to.have.length(1);
      expect(cost(replies).segments).to.be.at.most(segments);
    });
  }

  it('"I want to stop drinking" stays a conversation', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    const text = (await chat.send('I want to stop drinking')).map((r) => r.text).join('\n');
    expect(text).to.not.match(/unsubscribed/i);
    expect(text).to.match(/^Reply 1 /m);
  });

  it('STOP on the website is an ordinary message', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    const text = (await chat.send('stop')).map((r) => r.text).join('\n');
    expect(text).to.not.match(/unsubscribed/i);
  });
});

describe('fallback', () => {
  for (const channel of ['webchat', 'msteams', 'sms'] as const) {
    it(`keeps "Urgent help" among its choices on ${channel}`, async () => {
      const chat = new TestChat(channel);
      if (channel !== 'sms') await chat.join();
      else await chat.send('hi');
      const replies = await chat.send('zxqv plorb wibble');
      const shown = JSON.stringify(replies);
      expect(shown).to.match(/Urgent help/);
    });
  }
});
