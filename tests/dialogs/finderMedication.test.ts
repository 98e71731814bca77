// Medication for addiction and the goal in the finder, and whose use a bare request is about.
// Someone using opioids or other drugs is asked whether they take a medication such as
// buprenorphine or methadone; on one, the groups whose own material accepts it come first.
// Someone drinking is asked whether they want to stop or cut back (the moderation programs fit
// only the second). A request that says
// nothing of the situation ("can you recommend a group") asks who the help is for instead of
// assuming the writer's own use. Through the real dialog path, on every channel.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { offeredChoices, visibleText, listedGroups } from '../helpers/replies';
import { readAllOf as readAll } from '../helpers/smsPages';

const MEDICATION_QUESTION = {
  en: /taking a medication for addiction, such as buprenorphine \(Suboxone\), methadone or naltrexone/,
  es: /medicamento para la adicci[oó]n, como buprenorfina \(Suboxone\), metadona o naltrexona/,
};
/** The groups whose medication stance is "supportive" in content/data/groups. */
const ACCEPTS_MEDICATION = /^(LifeRing Secular Recovery|SMART Recovery|Double Trouble in Recovery|Dual Recovery Anonymous)/;

describe('finder: medication for addiction, stopping or cutting back, and who a bare request is for', () => {
  for (const channel of CHANNELS) {
    describe(channel, () => {
      it('asks someone using opioids whether they take a medication for addiction, and "yes" ranks the groups that accept it first', async () => {
        const chat = person(channel, 'en');
        if (channel !== 'sms') await chat.join();
        const pick = async (label: RegExp) => {
          const choices = offeredChoices(last);
          const choice = choices.find((c) => label.test(c.label));
          expect(choice, `${label} among ${choices.map((c) => c.label).join(', ')}`).to.not.equal(undefined);
          last = await chat.send(choice!.pick);
          return visibleText(last);
        };
        let last = await chat.send('help me find a group');
        await pick(/^Myself$/);
        expect(await pick(/^Opioids or heroin$/)).to.match(MEDICATION_QUESTION.en);
        const afterYes = await pick(/^Yes$/);
        expect(afterYes).to.not.match(MEDICATION_QUESTION.en);
        await pick(/prefer secular/);
        let reply = await pick(/^No preference$/);
        for (let i = 0; i < 4 && !/may fit/.test(reply); i += 1) reply = await pick(/^Not sure$/);
        const groups = listedGroups(reply);
        expect(groups.length, reply).to.be.greaterThan(1);
        expect(groups[0]).to.match(ACCEPTS_MEDICATION);
        expect(groups[1]).to.match(ACCEPTS_MEDICATION);
      });

      it('reads the medication from the request itself, for a person or for a client', async () => {
        for (const request of [
          "i'm on suboxone and want a group that accepts that",
          'client on methadone wants a group that accepts MAT, ideas?',
        ]) {
          const reply = await readAll(person(channel, 'en'), request, 'en');
          expect(reply, request).to.not.match(MEDICATION_QUESTION.en);
          expect(listedGroups(reply)[0], reply).to.match(ACCEPTS_MEDICATION);
          expect(listedGroups(reply)[0], reply).to.not.match(/Narcotics Anonymous/);
        }
        const spanish = await readAll(person(channel, 'es'), 'estoy en metadona, ayúdame a encontrar un grupo que me acepte', 'es');
        expect(spanish).to.not.match(MEDICATION_QUESTION.es);
        expect(listedGroups(spanish)[0], spanish).to.match(ACCEPTS_MEDICATION);
      });

      it('asks someone drinking whether they want to stop or cut back, not about medication; "cut back" brings the moderation programs', async () => {
        const chat = person(channel, 'en');
        if (channel !== 'sms') await chat.join();
        await chat.send('help me find a group');
        await chat.send('Myself');
        let last = await chat.send('Alcohol');
        expect(visibleText(last)).to.not.match(MEDICATION_QUESTION.en);
        expect(visibleText(last)).to.match(/Do you want to stop completely, or cut back\?/);
        const cutBack = offeredChoices(last).find((c) => /^Cut back$/.test(c.label));
        expect(cutBack).to.not.equal(undefined);
        last = await chat.send(cutBack!.pick);
        for (let i = 0; i < 6 && !/may fit/.test(visibleText(last)); i += 1) {
          const unsure = offeredChoices(last).find((c) => /^Not sure$/.test(c.label));
          last = await chat.send(unsure!.pick);
        }
        expect(listedGroups(visibleText(last)).slice(0, 2).join(' ')).to.match(/Moderation Management.*HAMS|HAMS.*Moderation Management/);
      });

      it('does not ask family whether they want to stop or cut back', async () => {
        const chat = person(channel, 'en');
        if (channel !== 'sms') await chat.join();
        await chat.send('help me find a group');
        await chat.send('Someone I care about');
        await chat.send('My partner');
        await chat.send("No, I'm an adult");
        expect(visibleText(await chat.send('Alcohol'))).to.not.match(/stop completely, or cut back/);
      });

      it('asks who the help is for when a request says nothing of the situation', async () => {
        for (const request of ['can u recommend a group', 'what should I join']) {
          const reply = await readAll(person(channel, 'en'), request, 'en');
          expect(reply, request).to.match(/Who are you looking for support for\?/);
          expect(reply, request).to.not.match(/What is the main substance\?/);
        }
        // A use said is the writer's own: the fitting groups at once.
        const said = await readAll(person(channel, 'en'), 'i need a group for my drinking', 'en');
        expect(said).to.match(/these groups may fit/);
        expect(said).to.match(/Alcoholics Anonymous/);
      });
    });
  }
});
