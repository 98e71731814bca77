// People asking to be matched with a group in their own words start the finder, on every
// channel: wordings of their own (the model's utterances, not a phrase list), a request the model
// reads with all its evidence but in few words it knows.
import { expect } from 'chai';
import type { Reading } from '../../src/understand/nlu/model';
import { UnderstandingModel } from '../../src/understand/nlu/model';
import { CHANNELS, TestChat, testKit, type Channel } from '../helpers/botHarness';
import { visibleText } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';

/** The finder's opening line, or the groups it found when the message already told enough. */
const FINDER_STARTED = {
  en: /few short questions|these groups may fit|groups are for family and friends like you/i,
  es: /preguntas cortas|estos grupos pueden serv|grupos son para familiares y amigos/i,
};

/** A fresh conversation, the way each channel starts one (SMS has no conversationUpdate). */
async function firstReply(channel: Channel, text: string, options: { locale?: string; kit?: ReturnType<typeof testKit> } = {}) {
  const chat = new TestChat(channel, options);
  if (channel !== 'sms') await chat.join();
  return visibleText(await readWhole(chat, text, options.locale?.startsWith('es') ? 'más' : 'more'));
}

/** The real kit, with a model that reads every message the same way: these intents, no group named. */
function kitReading(intents: Reading['intents']) {
  const reading: Reading = { intents, groups: [], negated: false, groupSetAside: false };
  const kit = testKit();
  class FixedReading extends UnderstandingModel {
    override read(): Reading {
      return reading;
    }
    // It has no examples to tell a language by.
    override languageByExamples() {
      return undefined;
    }
  }
  return { ...kit, understanding: new FixedReading({ intents: [] }, kit.lookup, []) };
}

describe('match requests: the finder starts', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: asking to be matched in other words than the examples starts the finder`, async () => {
      for (const text of ['unsure which group suits me', 'my cousin has to find a group, could you help', 'which group would be mine']) {
        const reply = await firstReply(channel, text);
        expect(reply, text).to.match(FINDER_STARTED.en);
        expect(reply, text).to.not.match(/not sure I understood|Did you mean/i);
      }
      const spanish = 'mi tia necesita encontrar un grupo, me ayudas';
      expect(await firstReply(channel, spanish, { locale: channel === 'sms' ? undefined : 'es-US' }), spanish).to.match(FINDER_STARTED.es);
    });

    it(`${channel}: a request that says what kind of group is wanted gets the groups that fit at once`, async () => {
      const english = await firstReply(channel, "i don't believe in god, which group would suit me");
      expect(english).to.match(/these groups may fit/i);
      expect(english).to.match(/SMART Recovery|LifeRing|Secular Organizations for Sobriety/);
      const spanish = await firstReply(channel, 'no creo en dios, qué grupo me conviene', {
        locale: channel === 'sms' ? undefined : 'es-US',
      });
      expect(spanish).to.match(/estos grupos pueden serv/i);
      expect(spanish).to.match(/SMART Recovery|LifeRing|Secular Organizations for Sobriety/);
    });

    it(`${channel}: beside a topic written for staff, a request in a person's own voice starts the finder; in staff voice it asks`, async () => {
      const reading = kitReading([
        { intent: 'topic.making-a-referral', score: 0.51, strength: 0.48 },
        { intent: 'find.self', score: 0.49, strength: 0.46 },
      ]);
      const own = await firstReply(channel, 'which one should i pick, i am lost', { kit: reading });
      expect(own).to.match(FINDER_STARTED.en);
      expect(own).to.not.match(/Did you mean/);
      const staff = await firstReply(channel, 'which one should my client pick', { kit: reading });
      expect(staff).to.match(/Did you mean/);
    });

    it(`${channel}: beside a topic, a request that says what kind of group is wanted gets the groups of that kind`, async () => {
      const reading = kitReading([
        { intent: 'topic.non-twelve-step-alternatives', score: 0.45, strength: 0.98 },
        { intent: 'find.self', score: 0.41, strength: 0.89 },
      ]);
      const reply = await firstReply(channel, 'q grupo me recomiendas, no quiero nada de religion', {
        kit: reading,
        locale: channel === 'sms' ? undefined : 'es-US',
      });
      expect(reply).to.match(FINDER_STARTED.es);
      expect(reply).to.match(/LifeRing|SMART Recovery|Secular AA/);
      expect(reply).to.not.match(/Quisiste decir/);
    });

    it(`${channel}: a group asked for outright, with asking to be matched second to an unsure topic, starts the finder`, async () => {
      const reading = kitReading([
        { intent: 'topic.relapse', score: 0.52, strength: 0.38 },
        { intent: 'find.self', score: 0.37, strength: 0.27 },
      ]);
      expect(await firstReply(channel, 'i keep slipping, is there a group for people like me', { kit: reading })).to.match(
        FINDER_STARTED.en,
      );
      // Without a word asking for a group, the topic leads: "I keep slipping, what now".
      expect(await firstReply(channel, 'i keep slipping, what now', { kit: reading })).to.not.match(FINDER_STARTED.en);
    });

    it(`${channel}: a kind of group asked for gets the groups of that kind, even with a topic named in passing`, async () => {
      for (const text of ['groups w/o the higher power stuff', 'any groups w/o the god stuff']) {
        const reply = await firstReply(channel, text);
        expect(reply, text).to.match(/these groups may fit/);
        expect(reply, text).to.match(/secular: no higher power or prayer/);
      }
    });

    it(`${channel}: a request read with all the evidence but a weak likeness starts the finder; weaker still, it does not`, async () => {
      // The words name a topic (sponsors): only a request read as asking to be matched comes before it.
      const text = 'what is a sponsor, and which group is for me';
      const weak = kitReading([{ intent: 'find.other', score: 1, strength: 0.23 }]);
      expect(await firstReply(channel, text, { kit: weak })).to.match(FINDER_STARTED.en);
      const tooWeak = kitReading([{ intent: 'find.other', score: 1, strength: 0.15 }]);
      expect(await firstReply(channel, text, { kit: tooWeak })).to.not.match(FINDER_STARTED.en);
    });
  }
});
