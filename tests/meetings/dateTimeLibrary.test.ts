// The date-time library as the bot loads it (its per-call regular-expression building done once,
// src/meetings/dateTimeLibrary.ts) must read every text exactly as the published library does.
import { expect } from 'chai';
import fs from 'node:fs';
import type * as RecognizersText from '@microsoft/recognizers-text-suite';
import { EDITS, edited, editedSource, loadDateTimeLibrary } from '../../src/meetings/dateTimeLibrary';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const published = require('@microsoft/recognizers-text-suite') as typeof RecognizersText;

/** How people ask for a time, alone and inside meeting searches, in both languages. */
const TIMES = {
  en: [
    'tonight',
    'today',
    'tomorrow',
    'tomorrow night',
    'tomorrow morning',
    'this weekend',
    'next weekend',
    'now',
    'right now',
    'on Saturday morning',
    'Saturday',
    'sat',
    'monday at 7',
    'next monday',
    'this friday evening',
    'sunday afternoon',
    'after 7pm',
    'after 6',
    'before 8 am',
    'at 7',
    'at 6:30 pm',
    'between 6 and 8 pm',
    'from 5 to 7',
    'at noon',
    'midnight',
    'in the morning',
    'this evening',
    'later today',
    'on May 9',
    'on 5/12',
    'the day after tomorrow',
    'weekdays at 7am',
    'in two hours',
    'every tuesday',
    'this week',
    'next week',
    'at 12',
    'around 7:30',
    'early morning',
    'lunchtime',
  ],
  es: [
    'esta noche',
    'hoy',
    'mañana',
    'mañana por la noche',
    'mañana por la mañana',
    'este fin de semana',
    'ahora',
    'ahora mismo',
    'el sábado por la mañana',
    'sabado',
    'el lunes a las 7',
    'el próximo lunes',
    'este viernes por la tarde',
    'domingo en la tarde',
    'después de las 7pm',
    'despues de las 6',
    'antes de las 8 de la mañana',
    'a las 7',
    'a las 6:30 pm',
    'entre las 6 y las 8',
    'al mediodía',
    'medianoche',
    'pasado mañana',
    'el 9 de mayo',
    'esta semana',
    'la próxima semana',
    'en dos horas',
  ],
};

const SEARCHES = {
  en: [
    'find an AA meeting {t} near me',
    'NA meetings in Denver, CO {t}',
    'online AA meetings {t}',
    'meetings near {t}',
    'any online meeting {t}',
    '{t}',
  ],
  es: ['reunión de AA en español cerca de {t}', 'busco una reunion {t}', 'reuniones de NA {t} en línea', '{t}'],
};

const REFERENCES = [new Date(2026, 4, 6, 18, 0), new Date(2026, 0, 3, 9, 15), new Date(2026, 11, 31, 23, 30)];
const CULTURE = { en: 'en-us', es: 'es-es' } as const;

describe('meetings: the date-time library as loaded', () => {
  it('applies each of its edits to the pinned library exactly once', () => {
    const source = fs.readFileSync(require.resolve('@microsoft/recognizers-text-suite'), 'utf8');
    expect(EDITS).to.have.length(3);
    expect(editedSource(source), 'the library changed: update src/meetings/dateTimeLibrary.ts').to.be.a('string');
  });

  it('leaves a text without its edits alone (another version loads as published)', () => {
    expect(editedSource('module.exports = {};')).to.equal(undefined);
  });

  it('reads every text as the published library does, in English and Spanish', function () {
    this.timeout(120_000);
    const loaded = loadDateTimeLibrary();
    expect(edited, 'loaded with the edits').to.equal(true);
    expect(loaded).to.not.equal(published);
    let compared = 0;
    for (const locale of ['en', 'es'] as const) {
      for (const time of TIMES[locale]) {
        for (const search of SEARCHES[locale]) {
          const text = search.replace('{t}', time);
          // Each text against one of the reference times in turn (the published library is slow).
          const reference = REFERENCES[compared % REFERENCES.length];
          const ours = loaded.recognizeDateTime(text, CULTURE[locale], loaded.DateTimeOptions.None, reference);
          const theirs = published.recognizeDateTime(text, CULTURE[locale], published.DateTimeOptions.None, reference);
          expect(JSON.stringify(ours), `${locale}: ${text} (${reference.toISOString()})`).to.equal(JSON.stringify(theirs));
          compared++;
        }
      }
    }
    expect(compared).to.be.greaterThan(300);
  });
});
