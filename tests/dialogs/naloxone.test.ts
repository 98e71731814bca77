// Questions about naloxone, withdrawal and the like get their topic in words, with no emergency
// number (a reply with 911 or 988 reads as an emergency answer), and a pointer to URGENT, which
// brings the numbers at once. Someone overdosing now still gets the crisis reply with 911 first.
// Through the real dialog path, on every channel; on SMS every page MORE brings counts.
import { expect } from 'chai';
import { CHANNELS, personSpeaking as person } from '../helpers/botHarness';
import { visibleText } from '../helpers/replies';
import { readAllOf as readAll } from '../helpers/smsPages';

const EMERGENCY_NUMBER = /\b(911|988)\b/;

describe('topics without emergency numbers: naloxone, withdrawal, and URGENT for the numbers', () => {
  for (const channel of CHANNELS) {
    describe(channel, () => {
      it('"where can I get narcan without a prescription" gets the naloxone topic, no 911 or 988, no crisis reply', async () => {
        const read = await readAll(person(channel, 'en'), 'where can I get narcan without a prescription', 'en');
        expect(read).to.include('Naloxone (Narcan)');
        expect(read).to.match(/Since 2023 it is sold without a\s+prescription/);
        expect(read).to.include('type URGENT');
        expect(read).not.to.match(EMERGENCY_NUMBER);
        expect(read).not.to.include('Please act now');
      });

      it('"¿dónde puedo conseguir narcan sin receta?" gets the topic in Spanish, no 911 or 988, no crisis reply', async () => {
        const read = await readAll(person(channel, 'es'), '¿dónde puedo conseguir narcan sin receta?', 'es');
        expect(read).to.include('Naloxona (Narcan)');
        expect(read).to.match(/se\s+vende sin receta/);
        expect(read).to.include('escribe URGENTE');
        expect(read).not.to.match(EMERGENCY_NUMBER);
        expect(read).not.to.match(/Act[uú]a ahora/);
      });

      it('"what are the signs of an overdose" is answered with the signs, in words, no 911 or 988, no crisis reply', async () => {
        const read = await readAll(person(channel, 'en'), 'what are the signs of an overdose', 'en');
        expect(read).to.match(/Signs of an opioid overdose: the person cannot be woken/);
        expect(read).to.include('type URGENT');
        expect(read).not.to.match(EMERGENCY_NUMBER);
        expect(read).not.to.include('Please act now');
      });

      it('"how do I use narcan, my friend is not breathing" still gets the crisis reply, 911 first', async () => {
        const read = visibleText(await person(channel, 'en').send('how do I use narcan, my friend is not breathing'));
        expect(read).to.include("I'm glad you reached out. Please act now:");
        expect(read).to.include('Call 911 now');
        expect(read).to.include('give rescue breaths');
      });

      it('"cómo uso el narcan, mi amigo no respira" still gets the crisis reply in Spanish, 911 first', async () => {
        const read = visibleText(await person(channel, 'es').send('cómo uso el narcan, mi amigo no respira'));
        expect(read).to.match(/Act[uú]a ahora/);
        expect(read).to.include('Llama al 911 ahora');
      });

      it('a withdrawal question gets "stopping safely" with no 911, and URGENT then brings the numbers', async () => {
        const chat = person(channel, 'en');
        const read = await readAll(chat, 'is it dangerous to quit alcohol cold turkey', 'en');
        expect(read).to.include('Stopping safely');
        expect(read).to.match(/are an\s+emergency: get medical help right away \(type URGENT here for emergency numbers\)/);
        expect(read).not.to.match(EMERGENCY_NUMBER);
        // The crisis reply, or where the reply offered "Crisis and urgent help" the word picks that
        // topic: either way 911 comes first, then 988.
        const urgent = await readAll(chat, 'URGENT', 'en');
        expect(urgent).to.match(/call 911/i);
        expect(urgent.indexOf('911')).to.be.lessThan(urgent.indexOf('988'));
      });

      it('la misma pregunta en español: sin 911, y URGENTE trae los números', async () => {
        const chat = person(channel, 'es');
        const read = await readAll(chat, '¿es peligroso dejar el alcohol de golpe?', 'es');
        expect(read).to.include('Dejarlo de forma segura');
        expect(read).to.include('escribe URGENTE');
        expect(read).not.to.match(EMERGENCY_NUMBER);
        const urgent = await readAll(chat, 'URGENTE', 'es');
        expect(urgent).to.match(/llama al 911/i);
        expect(urgent.indexOf('911')).to.be.lessThan(urgent.indexOf('988'));
      });
    });
  }
});
