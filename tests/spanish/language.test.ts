// Telling Spanish from English in a few typed words, and reading a channel's locale.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../content';
import { detectCrisis } from '../../src/safety';
import { guessLanguage, localeFromTag } from '../../src/understand/language';
import { normalize } from '../../src/understand/normalize';
import { testKit } from '../helpers/botHarness';

/** Every English question and first message of the evaluation sets (eval/base and eval/). */
function englishEvalTexts(): string[] {
  const dirs = [path.join(repoRoot(), 'eval', 'base'), path.join(repoRoot(), 'eval')];
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const name of ['faq.jsonl', 'crisis.jsonl']) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file)) continue;
      for (const line of fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim()))
        texts.push((JSON.parse(line) as { q: string }).q);
    }
    const personas = path.join(dir, 'personas.json');
    if (fs.existsSync(personas)) texts.push(...(JSON.parse(fs.readFileSync(personas, 'utf8')) as { say: string }[]).map((p) => p.say));
  }
  return texts;
}

describe('spanish: choosing the language', () => {
  it('recognises Spanish in short messages, with or without accents', () => {
    for (const text of [
      'hola',
      'Hola!',
      'necesito ayuda',
      '¿qué es AA?',
      'que es aa',
      'quiero dejar de beber',
      'mi esposo toma mucho',
      'cuéntame de women for sobriety',
      '¿Hay reuniones en español?',
      'sí',
      'no sé',
      'buenas noches',
    ]) {
      expect(guessLanguage(text), text).to.equal('es');
    }
  });

  it('never takes an English evaluation question for Spanish', () => {
    const texts = englishEvalTexts();
    expect(texts.length).to.be.greaterThan(20);
    // The English crisis set holds a Spanish message on purpose ("quiero morir"); the safety
    // layer knows it is Spanish, and so may we.
    const english = texts.filter((t) => detectCrisis(t)?.language !== 'es');
    const phrases = testKit().phrases;
    const switched = english.filter((t) => guessLanguage(t) === 'es' || phrases.isSpanishPhrase(normalize(t)));
    expect(switched).to.deep.equal([]);
  });

  it('leaves words that mean the same in both languages undecided', () => {
    for (const text of ['no', 'ok', '2', 'Al-Anon', 'SMART Recovery', 'menu', 'AA']) expect(guessLanguage(text), text).to.equal(undefined);
    expect(guessLanguage('my fiancé drinks too much')).to.equal('en');
    expect(guessLanguage('is there a meeting in LA for latinos')).to.equal('en');
  });

  it('reads the locale Web Chat and Teams send', () => {
    expect(localeFromTag('es')).to.equal('es');
    expect(localeFromTag('es-US')).to.equal('es');
    expect(localeFromTag('es-MX')).to.equal('es');
    expect(localeFromTag('es_419')).to.equal('es');
    expect(localeFromTag('en-US')).to.equal('en');
    expect(localeFromTag('fr-FR')).to.equal(undefined);
    expect(localeFromTag(undefined)).to.equal(undefined);
  });
});
