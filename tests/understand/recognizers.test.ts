// Positions and yes/no through recognizers-text: the models are built once per culture, and text
// with no digit and no number word skips them. The skip must never hide a position that the
// library itself would have found, which is checked here against the library's own functions.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { EnglishNumeric, SpanishNumeric } from '@microsoft/recognizers-text-number';
import { Culture, recognizeBoolean, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import { repoRoot } from '../../content';
import { loadBotContent } from '../../content/botContent';
import type { Locale } from '../../content/schema';
import { normalize } from '../../src/understand/normalize';
import { mayNameNumber, recognizePosition, recognizeYesNo } from '../../src/understand/recognizers';

const CULTURES: Record<Locale, string> = { en: Culture.English, es: Culture.Spanish };

/** recognizePosition as it was before the skip: the library's functions on every text. */
function positionByLibrary(text: string, locale: Locale): number | undefined {
  const safely = <T>(recognize: () => T[]): T[] => {
    try {
      return recognize();
    } catch {
      return []; // the library throws on a few words ("trillonesimo"); we read those as no number
    }
  };
  const rest = text
    .replace(/\b(the|one|ones|option|number|choice|pick|please|i'?ll take|i want|el|la|lo|opcion|numero|quiero|por favor)\b|[#.)]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const isWhole = (found: { text: string }) => found.text.trim().length >= rest.length - 1;
  const ordinal = safely(() => recognizeOrdinal(text, CULTURES[locale])).find(isWhole);
  if (ordinal) return positiveInt(ordinal.resolution?.value);
  const numbers = safely(() => recognizeNumber(text, CULTURES[locale]));
  if (numbers.length === 1 && isWhole(numbers[0])) return positiveInt(numbers[0].resolution?.value);
  return undefined;
}

function positiveInt(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** What people type: every number word the library knows, phrases, labels and real questions. */
function corpus(): string[] {
  const vocabulary = [EnglishNumeric, SpanishNumeric].flatMap((lang) => [
    ...lang.CardinalNumberMap.keys(),
    ...lang.OrdinalNumberMap.keys(),
    ...lang.RoundNumberMap.keys(),
  ]);
  const phrases = [
    '2',
    '#3',
    'option 2',
    'number two',
    'the second one',
    'the 2nd one',
    'second',
    'la segunda',
    'el dos',
    'opcion tres',
    'la tercera opcion',
    'twenty-one',
    'veintiuno',
    'decimoprimero',
    'a dozen',
    'half',
    'the last one',
    'next',
    'one more',
    'i have 2 kids',
    'going to my first meeting',
    'the first one',
    'option 3 please',
    'uno',
    'una',
    'la una',
    'first one please',
    'ninth',
    'vigesimo',
  ];
  const content = loadBotContent();
  const lexicon = content.lexicon;
  const labels = [
    ...content.finder.questions.flatMap((q) => q.choices.map((c) => c.label.en)),
    ...lexicon.yes.en,
    ...(lexicon.yes.es ?? []),
    ...lexicon.no.en,
    ...(lexicon.no.es ?? []),
    ...lexicon.unsure.en,
  ];
  const evalFile = path.join(repoRoot(), 'eval', 'base', 'faq.jsonl');
  const questions = fs
    .readFileSync(evalFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const digits = Array.from({ length: 30 }, (_, i) => String(i)).concat(['007', '100', '999', ' 3 ']);
  const typed = [
    ...digits,
    'what is smart recovery',
    'is AA religious',
    'compare lifering and smart',
    'my husband drinks',
    'not sure',
    'someone i care about',
    'often',
    'tension',
    'ten steps',
    'seven days',
    'primera vez',
  ];
  return [...vocabulary, ...phrases, ...labels, ...questions, ...typed].map(normalize).filter(Boolean);
}

describe('recognizers: positions and yes/no', () => {
  it('reads positions by number, ordinal and word, in English and Spanish', () => {
    expect(recognizePosition('2', 'en')).to.equal(2);
    expect(recognizePosition('the second one', 'en')).to.equal(2);
    expect(recognizePosition('three', 'en')).to.equal(3);
    expect(recognizePosition('la segunda', 'es')).to.equal(2);
    expect(recognizePosition('i have 2 kids', 'en')).to.equal(undefined);
    expect(recognizePosition('going to my first meeting', 'en')).to.equal(undefined);
    // The library throws inside its ordinal parser on this word: not a position, and no failed turn.
    expect(recognizePosition('trillonesimo', 'es')).to.equal(undefined);
    expect(recognizeYesNo('sure', 'en')).to.equal(true);
    expect(recognizeYesNo('nope', 'en')).to.equal(false);
  });

  it('skips the models for text with no digit and no number word', () => {
    for (const text of [
      'is aa religious',
      'what is smart recovery',
      'compare lifering and smart',
      'my husband drinks',
      'someone i care about',
    ]) {
      expect(mayNameNumber(text), text).to.equal(false);
    }
    for (const text of ['2', 'the second one', 'la segunda', 'decimoprimero', 'twenty-one', 'a dozen']) {
      expect(mayNameNumber(text), text).to.equal(true);
    }
  });

  it('finds exactly the positions the library finds, on every number word it knows and on what people type', function () {
    // Thousands of recognizer calls: a few seconds alone, far more on a machine shared with other work.
    this.timeout(120_000);
    const texts = corpus();
    expect(texts.length).to.be.greaterThan(300);
    const differences: string[] = [];
    for (const locale of ['en', 'es'] as const) {
      for (const text of texts) {
        const ours = recognizePosition(text, locale);
        const library = positionByLibrary(text, locale);
        if (ours !== library) differences.push(`${locale} "${text}": ${ours} vs ${library}`);
      }
    }
    expect(differences).to.deep.equal([]);
  });

  it('finds exactly the yes and no the library finds, emoji included', () => {
    const texts = [
      ...corpus(),
      'yes',
      'yep',
      'y',
      'ok',
      'no',
      'nope',
      'not ok',
      'si',
      's',
      'n',
      'por supuesto',
      'verdad',
      'falso',
      'claro',
      '\u{1F44D}',
      '\u{1F44E}',
      'okay',
      'yeah sure',
    ];
    const differences: string[] = [];
    for (const locale of ['en', 'es'] as const) {
      for (const text of texts) {
        let library: boolean | undefined;
        try {
          const value = recognizeBoolean(text, CULTURES[locale])[0]?.resolution?.value;
          library = typeof value === 'boolean' ? value : undefined;
        } catch {
          library = undefined;
        }
        const ours = recognizeYesNo(text, locale);
        if (ours !== library) differences.push(`${locale} "${text}": ${ours} vs ${library}`);
      }
    }
    expect(differences).to.deep.equal([]);
  });
});
