// The pre-check before the date-time recognizer (src/meetings/timeWords.ts) may let a message
// through for nothing, but must never stop one the recognizer finds a time in: checked over every
// example sentence in the content (each read by its own language's model, and a share by the
// other's) and meeting searches with and without a time.
import { expect } from 'chai';
import { loadBotContentFast } from '../../content/snapshot';
import type { Locale } from '../../content/schema';
import { mayNameATime } from '../../src/meetings/timeWords';
import { recognizeWhen, recognizeWhenAlways } from '../../src/meetings/when';
import { NOW } from './fixtures';

const ZONE = 'America/Chicago';
const other = (locale: Locale): Locale => (locale === 'en' ? 'es' : 'en');

const SEARCHES: Record<Locale, string[]> = {
  en: [
    'find an AA meeting near ',
    'NA meetings in Denver, CO',
    'online AA meetings',
    'any online meeting',
    'where can I find a meeting',
    'meetings near me',
    'women only meeting nearby',
    'is there a spanish speaking meeting around here',
  ],
  es: [
    'reunión de AA en español cerca de ',
    'busco una reunión cerca de mi casa',
    'juntas de NA en línea',
    'dónde hay reuniones',
    'reuniones para mujeres cerca',
  ],
};

const TIMED: Record<Locale, string[]> = {
  en: [
    'meetings tonight',
    'AA tomorrow morning',
    'online meeting on Saturday',
    'meetings at seven',
    'something at noon',
    'a meeting this weekend',
    'any meeting now',
    'monday evening',
    'meeting on May ninth',
  ],
  es: [
    'reuniones esta noche',
    'AA mañana por la mañana',
    'una reunión el sábado',
    'a las siete',
    'al mediodía',
    'este fin de semana',
    'ahora',
    'el lunes por la tarde',
    'el nueve de mayo',
  ],
};

describe('meetings: does a message name a time (before the date-time recognizer)', () => {
  it('lets through every time people write, in both languages', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const text of TIMED[locale]) {
        expect(mayNameATime(text, locale), text).to.equal(true);
        expect(recognizeWhen(text, locale, NOW, ZONE), text).to.deep.equal(recognizeWhenAlways(text, locale, NOW, ZONE));
      }
    }
    expect(mayNameATime('meetings near 94110', 'en'), 'a digit').to.equal(true);
  });

  it('stops meeting searches that name no time, so the recognizer is not asked', () => {
    for (const locale of ['en', 'es'] as const)
      for (const text of SEARCHES[locale]) if (!/\b(una?|mi)\b/.test(text)) expect(mayNameATime(text, locale), text).to.equal(false);
  });

  it('never stops a message the recognizer finds a time in (every content example, own language and a share read by the other)', function () {
    this.timeout(120_000);
    const intents = loadBotContentFast().intents;
    let checked = 0;
    let n = 0;
    for (const locale of ['en', 'es'] as const) {
      const texts = [...intents.flatMap((intent) => intent.examples[locale]), ...SEARCHES[locale]];
      for (const text of texts) {
        // Every text by its own language's model; every fourth by the other's too.
        for (const model of n++ % 4 === 0 ? [locale, other(locale)] : [locale]) {
          if (mayNameATime(text, model)) continue;
          expect(recognizeWhenAlways(text, model, NOW, ZONE), `${model}: ${text}`).to.equal(undefined);
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(1500);
  });
});
