// The welcome and the menu, as each channel shows them.
import { expect } from 'chai';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';

describe('welcome and menu', () => {
  it('webchat: a conversationUpdate gets the welcome, the privacy line and suggested actions', async () => {
    const chat = new TestChat('webchat');
    const replies = await chat.join();
    expect(replies).to.have.length(1);
    const text = visibleText(replies);
    expect(text).to.match(/anonymous/i);
    expect(text).to.match(/not a substitute for professional or emergency help/i);
    expect(text).to.match(/don't share your name/i);
    expect(replies[0].suggestedActions?.actions.length).to.be.at.least(5);
    expect(offeredChoices(replies).map((c) => c.label)).to.include.members([
      'Find a group that fits me',
      'Help for family and friends',
      'Urgent help',
    ]);
  });

  it('msteams: the welcome is one Adaptive Card 1.5 whose submit actions carry object data', async () => {
    const chat = new TestChat('msteams');
    const replies = await chat.join();
    expect(replies).to.have.length(1);
    const card = replies[0].attachments?.[0];
    expect(card?.contentType).to.equal('application/vnd.microsoft.card.adaptive');
    expect((card?.content as { version: string }).version).to.equal('1.5');
    const choices = offeredChoices(replies);
    expect(choices.length).to.be.at.least(5);
    for (const choice of choices) expect(choice.pick.value).to.be.an('object').with.property('action');
  });

  it('sms: the first message gets a greeting and numbered choices, one per line, in plain text', async () => {
    const chat = new TestChat('sms');
    const replies = await chat.send('hi');
    for (const reply of replies) {
      expect(reply.attachments ?? []).to.be.empty;
      expect(reply.suggestedActions).to.equal(undefined);
      expect((reply.text ?? '').length).to.be.at.most(1600);
      expect(reply.text).to.not.match(/[*_`#]/);
    }
    const text = replies.map((r) => r.text).join('\n');
    expect(replies, 'one message').to.have.length(1);
    expect(text).to.match(/^Reply 1 Learn about support groups, 2 Find a group that fits me, .+, 6 Urgent help$/m);
    expect(text).to.match(/anonymous/i);
    expect(text).to.match(/URGENT/);
  });

  it('sms: a first message that asks something is answered, not replaced by the menu', async () => {
    const chat = new TestChat('sms');
    const replies = await readWhole(chat, 'is there a group for women');
    expect(replies[0].text).to.match(/Support Group Navigator/);
    const text = visibleText(replies);
    expect(text).to.match(/Women for Sobriety/);
  });

  for (const channel of CHANNELS) {
    it(`${channel}: "menu" shows the menu at any point`, async () => {
      const chat = new TestChat(channel);
      if (channel !== 'sms') await chat.join();
      await chat.send('help me find a group');
      const replies = await chat.send('menu');
      expect(offeredChoices(replies).map((c) => c.label)).to.include('Learn about support groups');
    });
  }

  it('never leaves a dead end: every reply in a long conversation offers a next step', async () => {
    const chat = new TestChat('webchat');
    const messages = [
      'hello',
      'what is al-anon',
      'asdkjh qwpoe',
      '',
      'compare smart and aa',
      'help',
      'is AA religious',
      'forget me',
      'back',
    ];
    for (const message of messages) {
      const replies = await chat.send(message);
      expect(replies.length, message).to.be.greaterThan(0);
      expect(offeredChoices(replies).length, `choices after "${message}"`).to.be.greaterThan(0);
    }
  });
});
