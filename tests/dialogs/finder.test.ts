// The finder through the real bot on each channel: tapping choices, typing numbers and words,
// "back", "not sure", questions in the middle, and one-sentence situations.
import { expect } from 'chai';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { offeredChoices, visibleText, type OfferedChoice } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';
import type { Activity } from 'botbuilder';

function pickByLabel(replies: Partial<Activity>[], label: RegExp): OfferedChoice {
  const choice = offeredChoices(replies).find((c) => label.test(c.label));
  if (!choice)
    throw new Error(
      `no choice like ${label} in: ${offeredChoices(replies)
        .map((c) => c.label)
        .join(' | ')}`,
    );
  return choice;
}

const RESULTS = /may fit|for family and friends like you|For your client/;

describe('finder dialog', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a family member reaches family groups by picking choices`, async () => {
      const chat = new TestChat(channel);
      if (channel !== 'sms') await chat.join();
      let replies = await chat.send('help me find a group');
      const answers = [/someone i care about/i, /partner/i, /adult/i, /alcohol/i, /comfortable/i];
      for (const answer of answers) {
        if (RESULTS.test(visibleText(replies))) break;
        replies = await chat.send(pickByLabel(replies, answer).pick);
      }
      for (let i = 0; i < 3 && !RESULTS.test(visibleText(replies)); i++) replies = await chat.send(pickByLabel(replies, /not sure/i).pick);
      const text = visibleText(replies);
      expect(text).to.match(RESULTS);
      expect(text).to.match(/Al-Anon/);
      expect(text).to.not.match(/- Alcoholics Anonymous/);
      // On SMS the first message shows the first choices; the last page MORE brings shows them all.
      const whole = channel === 'sms' ? await readWhole(chat, 'more') : replies;
      expect(offeredChoices(whole).map((c) => c.label)).to.include.members(['Compare these', 'More options']);
      // The other next steps are behind "More options".
      const options = await chat.send(pickByLabel(whole, /^More options$/).pick);
      expect(offeredChoices(options).map((c) => c.label)).to.include('Start over');
    });
  }

  it('sms: answers by number, ordinal or words', async () => {
    const chat = new TestChat('sms');
    await chat.send('find a group');
    let text = visibleText(await chat.send('1'));
    expect(text).to.match(/main substance/i);
    text = visibleText(await chat.send('back'));
    expect(text).to.match(/Who are you looking for support for/);
    text = visibleText(await chat.send('the first one'));
    expect(text).to.match(/main substance/i);
    text = visibleText(await chat.send('alcohol'));
    expect(text).to.not.match(/main substance/i);
  });

  it('"back" changes the last answer', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    await chat.send('find a group');
    await chat.send('Myself');
    const back = await chat.send('back');
    expect(visibleText(back)).to.match(/Who are you looking for support for/);
    const family = await chat.send('Someone I care about');
    expect(visibleText(family)).to.match(/Whose drinking or drug use/);
  });

  it('accepts "not sure" and moves on', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    await chat.send('find a group');
    await chat.send('Myself');
    const next = await chat.send("i don't know");
    expect(visibleText(next)).to.not.match(/main substance/i);
    expect(offeredChoices(next).length).to.be.greaterThan(1);
  });

  it('answers a question asked in the middle and resumes at the same question', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    await chat.send('find a group');
    await chat.send('Myself');
    const replies = await chat.send('what is a sponsor');
    const text = visibleText(replies);
    expect(text).to.match(/sponsor/i);
    expect(text).to.match(/main substance/i);
    expect(offeredChoices(replies).map((c) => c.label)).to.include('Alcohol');
  });

  it('goes from one sentence straight to fitting groups', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    const text = visibleText(await chat.send("I'm a woman, I want to stop drinking, but I'm not religious"));
    expect(text).to.match(RESULTS);
    expect(text).to.match(/Women for Sobriety/);
    expect(text.indexOf('Women for Sobriety')).to.be.lessThan(text.search(/Alcoholics Anonymous|$/));
  });

  it('a teenager whose mother drinks gets Alateen and not AA', async () => {
    const chat = new TestChat('sms');
    let replies = await chat.send('help me find a group');
    for (const answer of [/someone i care about/i, /parent/i, /teen/i, /alcohol/i]) {
      if (RESULTS.test(visibleText(replies))) break;
      replies = await chat.send(pickByLabel(replies, answer).pick);
    }
    for (let i = 0; i < 3 && !RESULTS.test(visibleText(replies)); i++) replies = await chat.send(pickByLabel(replies, /not sure/i).pick);
    const text = visibleText(replies);
    expect(text).to.match(/Alateen/);
    expect(text).to.not.match(/- Alcoholics Anonymous/);
  });

  it('"show more" lists further groups and "compare these" compares the top ones', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    const first = await chat.send('I want to stop drinking and I am not religious');
    expect(visibleText(first)).to.match(RESULTS);
    const more = await chat.send('Show more');
    expect(visibleText(more)).to.match(/^- /m);
    const compared = await chat.send(pickByLabel(first, /compare these/i).pick);
    expect(visibleText(compared)).to.match(/Side by side/);
  });
});
