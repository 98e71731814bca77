// Free text that the first version misread: a meeting search taken for a menu choice, a topic
// lost behind the group named with it, a long question that is no comparison, a medication
// question answered with groups, texting shorthand, and the English "son" lost as a Spanish word.
import { expect } from 'chai';
import { hitAskedAbout, isMeant } from '../../dialogs/freeText';
import type { LookupHit } from '../../src/understand/lookup';
import { CHANNELS, TestChat, type Channel } from '../helpers/botHarness';
import { visibleText } from '../helpers/replies';
import { readWhole } from '../helpers/smsPages';

/** A conversation where the main menu is on offer, as after a greeting. */
async function chatAtMenu(channel: Channel | string, locale?: string): Promise<TestChat> {
  const chat = new TestChat(channel, locale ? { locale } : {});
  if (channel === 'sms') await chat.send(locale?.startsWith('es') ? 'hola' : 'menu');
  else await chat.join();
  return chat;
}

async function ask(text: string, channel: Channel | string = 'webchat', locale?: string): Promise<string> {
  const chat = await chatAtMenu(channel, locale);
  // On SMS the whole answer is the first message and the pages MORE brings.
  return visibleText(await readWhole(chat, text, locale?.startsWith('es') ? 'más' : 'more'));
}

function hit(kind: LookupHit['kind'], id: string, score: number, coverage: number, named = false): LookupHit {
  return { kind, id, score, coverage, named };
}

describe('free text: which lookup hit answers', () => {
  it('takes the topic asked about over a group named in passing', () => {
    const group = hit('group', 'alcoholics-anonymous', 148, 0.5, true);
    const topic = hit('topic', 'first-meeting', 64, 1);
    expect(hitAskedAbout([group, hit('group', 'secular-aa', 90, 0.5), topic])).to.equal(topic);
    // Too weak beside the group, or no wider than it: the group stays.
    expect(hitAskedAbout([group, hit('topic', 'first-meeting', 30, 1)])?.id).to.equal('alcoholics-anonymous');
    expect(hitAskedAbout([group, hit('topic', 'cost', 100, 0.5)])?.id).to.equal('alcoholics-anonymous');
    // Past the first three alternatives a topic is too far down to be what was asked.
    const far = [group, hit('group', 'a', 140, 0.5), hit('group', 'b', 130, 0.5), hit('group', 'c', 120, 0.5), topic];
    expect(hitAskedAbout(far)?.id).to.equal('alcoholics-anonymous');
  });

  it('between close scores, takes the hit that matches more of the words', () => {
    const top = hit('topic', 'is-aa-religious', 57, 0.5);
    const wider = hit('topic', 'cost', 52, 0.75);
    expect(hitAskedAbout([top, wider, hit('group', 'smart-recovery', 33, 0.5)])).to.equal(wider);
    expect(hitAskedAbout([top, hit('topic', 'cost', 40, 0.75)])).to.equal(top);
    // A name typed word for word is never second-guessed.
    const named = hit('topic', 'sponsor', 57, 0.5, true);
    expect(hitAskedAbout([named, wider])).to.equal(named);
  });

  it('answers a hit that stands far above the rest, even when it matches few words', () => {
    const online = hit('topic', 'online-meetings', 93, 0.4);
    expect(isMeant(online, [online, hit('topic', 'relapse', 19, 0.4)])).to.equal(true);
    expect(isMeant(online, [online])).to.equal(true);
    // Not when the next is close, the score is low, or too few of the words match.
    expect(isMeant(online, [online, hit('topic', 'relapse', 50, 0.4)])).to.equal(false);
    const weak = hit('topic', 'moderation-vs-abstinence', 21, 0.33);
    expect(isMeant(weak, [weak])).to.equal(false);
    const narrow = hit('topic', 'mutual-support-groups', 151, 0.17);
    expect(isMeant(narrow, [narrow, hit('topic', 'first-meeting', 30, 0.17)])).to.equal(false);
  });

  it('finds nothing to answer when nothing matched', () => {
    expect(hitAskedAbout([])).to.equal(undefined);
  });
});

describe('free text: understanding what people type', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a meeting search is not taken for "How meetings work" on the menu`, async () => {
      for (const text of ['find me a meeting', 'i need help finding a meeting', 'searching for an NA meeting']) {
        const reply = await ask(text, channel);
        expect(reply, text).to.match(/Where should I look\?/);
        expect(reply, text).to.not.match(/What happens at a 12-step meeting/);
      }
    });

    it(`${channel}: a topic asked about a group is answered by the topic`, async () => {
      expect(await ask("what's a sponsor in NA", channel)).to.match(/What is a sponsor\?/);
      expect(await ask('do i have to introduce myself as an alcoholic at AA', channel)).to.match(/Going to your first meeting/);
      // Whether a group has sponsors is still a question about the group.
      const aa = await ask('does AA have sponsors', channel);
      expect(aa).to.match(/Alcoholics Anonymous/);
      expect(aa).to.not.match(/What is a sponsor\?/);
    });

    it(`${channel}: a question about medication for addiction is answered with how groups see it`, async () => {
      expect(await ask('can I still go to meetings if I take methadone', channel)).to.match(/Medication and support groups/);
      expect(await ask('i take suboxone for my opioid addiction, which group is for me', channel)).to.match(
        /Medication and support groups/,
      );
      expect(await ask('los grupos aceptan a gente en metadona?', channel, 'es')).to.match(/Medicamentos y grupos de apoyo/);
    });

    it(`${channel}: a match request that names a medication gets the groups that accept it, saying groups differ on medication`, async () => {
      // Who (a client), the substance (methadone: opioids) and the medication are all said: the groups at once.
      const english = await ask('client on methadone wants a group that accepts MAT, ideas?', channel);
      expect(english).to.match(/For your client, these groups may fit/);
      expect(english).to.match(/type MEDICATION/);
      expect(english).to.not.match(/Medication and support groups/);
      const spanish = await ask('cliente en metadona busca grupo de apoyo, opciones?', channel, 'es');
      expect(spanish).to.match(/Para tu cliente, estos grupos pueden servir/);
      expect(spanish).to.match(/escribe MEDICAMENTOS/);
      // A relative on a medication who needs a group: what the medication means for groups.
      expect(await ask('mi hermano toma metadona y necesita un grupo para dejar la heroina', channel, 'es')).to.match(
        /Medicamentos y grupos de apoyo/,
      );
    });

    it(`${channel}: a group found only through the substance in its name is not answered about; the groups for the substance are`, async () => {
      for (const [typed, locale, group] of [
        ['whats good for meth', undefined, /Crystal Meth Anonymous \(CMA\) is/],
        ['donde puedo ir para dejar el alcohol', 'es', /Alcoh[oó]licos An[oó]nimos \(AA\) es/],
      ] as const) {
        const reply = await ask(typed, channel, locale);
        expect(reply, typed).to.match(locale ? /pueden servirte/ : /may fit/);
        expect(reply, typed).to.not.match(group);
      }
      // Among the groups that fit the substance, the one for it comes first.
      expect(await ask('is there a group for meth', channel)).to.match(/may fit:[\s\S]*?Crystal Meth Anonymous/);
      // A name said in full, even misspelt, is still the group.
      expect(await ask('what is crystal meth anonymus', channel)).to.match(/Crystal Meth Anonymous \(CMA\) is/);
    });

    it(`${channel}: an address asked for is shown in words, not only behind a button (Teams cards)`, async () => {
      expect(await ask('whats the website for AA', channel)).to.match(/aa\.org/);
      expect(await ask('who founded moderation management', channel)).to.match(/Audrey Kishline/);
    });

    it(`${channel}: a message that only says what kind of group is wanted gets the groups of that kind`, async () => {
      const english = await ask('something without god please', channel);
      expect(english).to.match(/may fit/);
      expect(english).to.match(/LifeRing|SMART Recovery/);
      const spanish = await ask('nada religioso porfa', channel, 'es');
      expect(spanish).to.match(/pueden servirte/);
      expect(spanish).to.not.match(/No estoy seguro/);
    });

    it(`${channel}: a topic read with confidence beats a group found through one everyday word of its name`, async () => {
      const reply = await ask('are there women only meetings', channel);
      expect(reply).to.match(/Meetings for particular groups of people/);
      expect(reply).to.not.match(/Women for Sobriety \(WFS\) is/);
      // Found by its own words, the group is the answer: the 13 statements are Women for Sobriety's.
      expect(await ask('que son las 13 declaraciones', channel, 'es')).to.match(/Women for Sobriety/);
    });

    it(`${channel}: a situation told without saying who it is for is the writer's own: no family group first`, async () => {
      const reply = await ask('been using heroin 3 yrs, want a 12 step group with people who used what i used', channel);
      expect(reply).to.match(/may fit:\s*(?:All of them[^\n]*\n)?- (?:Heroin Anonymous|Narcotics Anonymous)/);
    });

    it(`${channel}: a group set aside ("not NA", "other than AA") is not the group asked about`, async () => {
      const reply = await ask('not NA, what other groups are there for drug addiction', channel);
      expect(reply).to.not.match(/Narcotics Anonymous \(NA\) is a free 12-step/);
      expect(reply).to.match(/SMART Recovery/);
    });

    it(`${channel}: a request for a group that fits, with meetings in passing, is for the finder; a meeting alone is a search`, async () => {
      const group = await ask("I'd like help finding a group that fits me, I get nervous about meetings", channel);
      expect(group).to.match(/I'll ask a few short questions/);
      expect(group).to.not.match(/Where should I look\?/);
      expect(await ask('find me a meeting', channel)).to.match(/Where should I look\?/);
    });
  }

  it('sms: a message the word lists leave undecided is answered in Spanish when its words are Spanish', async () => {
    expect(await ask('lifering acepta gente en metadona?', 'sms')).to.match(/LifeRing acepta/);
    expect(await ask('does lifering accept people on methadone', 'sms')).to.match(/LifeRing accepts/);
  });

  it('keeps asking a group about medication a question about the group', async () => {
    expect(await ask('is methadone ok in NA')).to.match(/Narcotics Anonymous/);
  });

  it('answers a medication question in the middle of the finder, then asks its question again', async () => {
    const chat = await chatAtMenu('webchat');
    await chat.send('find a group');
    await chat.send('someone I care about');
    const reply = visibleText(await chat.send('is it ok if he takes suboxone?'));
    expect(reply).to.match(/Medication and support groups/);
    expect(reply).to.match(/Whose drinking or drug use is affecting you\?/);
  });

  it('compares only when the words ask for it or every part is a group', async () => {
    expect(await ask('is it better to go to meetings alone or bring a friend')).to.not.match(/Side by side/);
    expect(await ask('should i call my sponsor or just go to a meeting')).to.not.match(/Side by side/);
    expect(await ask('is smrt better than lifring')).to.match(/Side by side[\s\S]*SMART Recovery[\s\S]*LifeRing/);
    expect(await ask('which is better, smrt or lifring')).to.match(/Side by side/);
    expect(await ask('es smrt mejor que lifring', 'webchat', 'es')).to.match(/Lado a lado/);
  });

  it('compares when asked whether two groups are the same', async () => {
    expect(await ask('is lifering the same as sos')).to.match(/Side by side[\s\S]*LifeRing/);
    expect(await ask('is lifring similar to smrt')).to.match(/Side by side[\s\S]*SMART Recovery/);
    expect(await ask('lifering y sos son lo mismo?', 'webchat', 'es')).to.match(/Lado a lado/);
    expect(await ask('is it the same meeting every week')).to.not.match(/Side by side/);
    expect(await ask('un grupo de apoyo es lo mismo que un centro de rehabilitacion', 'webchat', 'es')).to.not.match(/Lado a lado/);
  });

  it('reads texting shorthand', async () => {
    expect(await ask('wut r open meetings')).to.match(/Open and closed meetings/);
    expect(await ask('q es un padrino en NA', 'webchat', 'es')).to.match(/Qué es un padrino/);
  });

  it('keeps "son" in English: help for a son is no crisis', async () => {
    const reply = await ask('i need help for my son');
    expect(reply).to.not.match(/\b988\b/);
    expect(reply).to.match(/family/i);
  });

  it('still says it did not understand what is far from any topic', async () => {
    for (const text of ['my car broke down', 'that workout killed me', 'i got a new job']) {
      // Not understood, or understood as something the bot does not do: either way, what it does instead.
      expect(await ask(text), text).to.match(/not sure I understood|outside what I can help with/i);
    }
  });

  it('sms: a Spanish question in texting shorthand is answered in Spanish', async () => {
    const chat = new TestChat('sms', { conversationId: '+15550001111', userId: '+15550001111' });
    // SMS writes Spanish without the accents GSM-7 lacks.
    expect(visibleText(await chat.send('q es AA'))).to.match(/Alcoholicos Anonimos/);
  });
});
