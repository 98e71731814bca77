// Where to look for treatment, and which national number points to it: the "finding treatment"
// topic answers with the SAMHSA National Helpline and FindTreatment.gov, says support groups are
// something else, and carries no emergency number (a reply with 911 or 988 reads as an emergency
// answer). Through the real dialog path, on every channel; on SMS every page MORE brings counts.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { readAllOf as readAll } from '../helpers/smsPages';

const EMERGENCY_NUMBER = /\b(911|988)\b/;
const HELPLINE = '1-800-662-4357';

describe('finding treatment: the national helpline and FindTreatment.gov, no emergency numbers', () => {
  for (const channel of CHANNELS) {
    describe(channel, () => {
      for (const question of [
        'where can I look up licensed treatment programs?',
        'is there a national number that can point me to local groups and treatment',
      ]) {
        it(`"${question}" gets the topic with the helpline and FindTreatment.gov, no 911 or 988`, async () => {
          const read = await readAll(person(channel, 'en'), question, 'en');
          expect(read).to.include('Finding treatment and the national helpline');
          expect(read).to.include(HELPLINE);
          expect(read).to.match(/referrals and\s+information, not counseling/);
          expect(read).to.include('FindTreatment.gov');
          expect(read).to.match(/Listings can be out of date/);
          expect(read).to.include('type URGENT');
          expect(read).not.to.match(EMERGENCY_NUMBER);
          expect(read).not.to.include('Please act now');
        });
      }

      for (const question of ['¿cómo encuentro tratamiento con licencia cerca de mi casa?', 'hay un número nacional que me oriente']) {
        it(`"${question}" gets the topic in Spanish with the helpline and FindTreatment.gov, no 911 or 988`, async () => {
          const read = await readAll(person(channel, 'es'), question, 'es');
          // SMS drops accents: "Como encontrar tratamiento y la linea nacional de ayuda".
          expect(read).to.match(/C[oó]mo encontrar tratamiento y la l[ií]nea nacional de ayuda/);
          expect(read).to.include(HELPLINE);
          expect(read).to.match(/no\s+consejer[ií]a/);
          expect(read).to.include('FindTreatment.gov');
          expect(read).to.include('escribe URGENTE');
          expect(read).not.to.match(EMERGENCY_NUMBER);
          expect(read).not.to.match(/Act[uú]a ahora/);
        });
      }
    });
  }
});
