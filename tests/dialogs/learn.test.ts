// Learning about groups and topics, comparing, and understanding what people type.
import { expect } from 'chai';
import { CHANNELS, TestChat } from '../helpers/botHarness';
import { offeredChoices, visibleText } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';
import { countSegments } from '../../src/render/gsm7';
import { SMS_SEGMENT_BUDGET } from '../../src/render/sms';

async function ask(text: string, channel = 'webchat') {
  const chat = new TestChat(channel);
  if (channel !== 'sms') await chat.join();
  // On SMS the whole answer is the first message and the pages MORE brings.
  return visibleText(await readWhole(chat, text));
}

describe('learn and compare', () => {
  it('answers a group question with a summary first and the next steps', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    const replies = await chat.send('what is SMART recovery');
    expect(replies[0].text).to.match(/^SMART Recovery/);
    expect(offeredChoices(replies).map((c) => c.label)).to.include.members([
      'What a meeting is like',
      'How to find a meeting',
      'Compare with another group',
      'Main menu',
    ]);
  });

  it('tolerates typos in names', async () => {
    expect(await ask('smrt recovry')).to.match(/SMART Recovery/);
    expect(await ask('alchoholics anonymus')).to.match(/Alcoholics Anonymous/);
    expect(await ask('allanon')).to.match(/Al-Anon/);
  });

  it('answers what a group reads, how it stands and who founded it from the group itself, also on SMS', async () => {
    for (const channel of CHANNELS) {
      expect(await ask('what book does NA use', channel), channel).to.match(/Basic Text/);
      expect(await ask('is heroin anonymous big', channel), channel).to.match(/Phoenix/);
    }
    expect(await ask('quién fundó women for sobriety', 'sms')).to.match(/1975|Jean Kirkpatrick/);
  });

  it('answers topic questions from the content', async () => {
    expect(await ask('what is an open meeting')).to.match(/anyone/i);
    expect(await ask('are meetings free')).to.match(/free|contribution/i);
  });

  for (const channel of CHANNELS) {
    it(`${channel}: compares two groups side by side`, async () => {
      const text = await ask('compare SMART and AA', channel);
      expect(text).to.match(/SMART Recovery/);
      expect(text).to.match(/Alcoholics Anonymous/);
      expect(text).to.match(/Spirituality/);
    });
  }

  it('sms: the first message says how the groups differ, by short name, within the budget; the whole table follows on MORE', async () => {
    const chat = new TestChat('sms');
    const [first] = await chat.send('compare SMART and AA');
    expect(first.text).to.match(
      /How SMART and AA differ:\n- Substance: SMART alcohol, any drug; AA alcohol\n- Approach: SMART not 12-step; AA 12-step\n- Spirituality: SMART secular; AA spiritual/,
    );
    expect(first.text).to.not.match(/Who it's for/);
    expect(countSegments(first.text!).segments).to.be.at.most(SMS_SEGMENT_BUDGET);
    const more = visibleText(await chat.send('MORE'));
    expect(more).to.match(/Side by side[\s\S]*Who it's for/);
  });

  it('compares with "vs" and typos', async () => {
    const text = await ask('lifering vs smart');
    expect(text).to.match(/LifeRing/);
    expect(text).to.match(/SMART Recovery/);
    expect(text).to.match(/Side by side/);
  });

  it('the meeting and how-to-find steps of a group answer from its content', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    await chat.send('tell me about women for sobriety');
    const meeting = visibleText(await chat.send('What a meeting is like'));
    expect(meeting).to.match(/13|thirteen/i);
    const find = visibleText(await chat.send('menu'));
    expect(find).to.match(/Learn about support groups/);
  });

  it('offers the menu when it does not understand', async () => {
    const chat = new TestChat('webchat');
    await chat.join();
    const replies = await chat.send('qwerty zxcv');
    expect(visibleText(replies)).to.match(/not sure I understood/i);
    expect(offeredChoices(replies).length).to.be.greaterThan(2);
  });
});

describe('sms: long answers', () => {
  it('keeps a group answer short and sends the details when the person replies MORE', async () => {
    const chat = new TestChat('sms');
    await chat.send('hi');
    const first = await chat.send('what is alcoholics anonymous');
    expect(first, 'one message').to.have.length(1);
    expect(countSegments(first[0].text ?? '').segments).to.be.at.most(SMS_SEGMENT_BUDGET);
    const text = visibleText(first);
    expect(text).to.match(/Alcoholics Anonymous/);
    expect(text).to.match(/Reply MORE for details/);
    expect(text).to.not.match(/Founded: 1935/);
    let details = '';
    for (let i = 0; i < 12 && !/aa\.org/.test(details); i++) details += visibleText(await chat.send('more'));
    expect(details).to.match(/Founded: 1935/);
    expect(details).to.match(/https:\/\/www\.aa\.org/);
  });
});

describe('sponsors where the practice varies', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a group whose sponsor practice varies reads "varies; ask the group", one that uses sponsors reads "Yes"`, async () => {
      const chat = new TestChat(channel);
      if (channel !== 'sms') await chat.join();
      const varies = visibleText(await readWhole(chat, 'does Families Anonymous have sponsors?'));
      expect(varies).to.match(/Sponsors: Varies; ask the group/);
      expect(varies).to.not.match(/Not a set part of the program/);
      expect(visibleText(await readWhole(chat, 'does Nar-Anon have sponsors?'))).to.match(/Sponsors: Yes/);
    });
  }

  it('in Spanish, on SMS: "Depende del grupo; pregunta allí"', async () => {
    const chat = new TestChat('sms');
    // SMS writes Spanish without the accents GSM-7 lacks (allí -> alli).
    expect(visibleText(await readWhole(chat, 'Families Anonymous tiene padrinos?', 'más'))).to.match(
      /Padrinos: Depende del grupo; pregunta alli/,
    );
  });
});
