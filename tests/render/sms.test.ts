// SMS: whatever the conversation, plain text only, numbered choices, short messages.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { TestChat } from '../helpers/botHarness';

const CONVERSATION = [
  'hi',
  'what is alcoholics anonymous',
  'more',
  'more',
  '1',
  'compare smart, lifering and aa',
  'find a group',
  '1',
  'alcohol',
  '2',
  'the first one',
  'not sure',
  'back',
  'I want to end it all',
  '1',
  'what is al-anon',
  'is AA religious',
  'find an AA meeting tonight near 94110',
  'español',
  '¿qué es NA?',
  'english',
  'forget me',
  '**bold** <b>html</b> [link](javascript:alert(1))',
  '',
];

describe('sms rendering over a whole conversation', () => {
  it('never sends attachments, suggested actions or markdown, nor a message over 1,600 characters', async () => {
    const chat = new TestChat('sms');
    const all: Partial<Activity>[] = [];
    for (const message of CONVERSATION) {
      const replies = await chat.send(message);
      expect(replies.length, `a reply to "${message}"`).to.be.greaterThan(0);
      all.push(...replies);
    }
    for (const reply of all) {
      const text = reply.text ?? '';
      expect(reply.attachments ?? [], text).to.be.empty;
      expect(reply.suggestedActions, text).to.equal(undefined);
      expect(text.length, text).to.be.at.most(1600);
      expect(text, 'no markdown').to.not.match(/\*\*|__|`|^#+ |\[[^\]]+\]\(/m);
      expect(text, 'user markup never echoed').to.not.match(/<b>|javascript:/);
    }
    const withinSoftLimit = all.filter((r) => (r.text ?? '').length <= 320).length;
    expect(withinSoftLimit / all.length).to.be.at.least(0.95);
  });

  it('numbers every choice on one compact line, also for two or three choices', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    await chat.send('find a group');
    await chat.send('1');
    await chat.send('alcohol');
    const replies = await chat.send('I would prefer secular');
    const text = replies.map((r) => r.text).join('\n');
    expect(text).to.match(/^Reply 1 .+, 2 .+/m);
  });
});
