// Numbers, ordinals and yes/no through Microsoft's recognizers-text, in the person's language.
//
// Cost, measured (bench/RESULTS.md): loading the number and choice recognizers takes ~20 ms, the
// English models ~30 ms more, the Spanish ones ~360 ms. No first turn needs them (they only read
// answers to choices already offered), so they load on first use or, earlier, in idle time after
// the server listens (warmUpRecognizers, scheduled by src/host/startup/idleWarmUp.ts).
// Each culture's models are built once and kept: the library's recognizeNumber() builds a new
// recognizer on every call. And a text with no digit and no number word cannot name a position,
// so it never reaches the models, which cost ~0.1 ms a call even on "is AA religious"; the same
// holds for yes/no and the words the yes/no model looks for.
import type * as ChoiceText from '@microsoft/recognizers-text-choice';
import type * as NumberText from '@microsoft/recognizers-text-number';
import { LOCALES, type Locale } from '../../content/schema';
import { RECOGNIZER_MAX_CHARS, normalize } from './normalize';

type Model = ReturnType<NumberText.NumberRecognizer['getNumberModel']>;
type ModelResult = ReturnType<Model['parse']>[number];

interface CultureModels {
  number: Model;
  ordinal: Model;
  boolean: ReturnType<ChoiceText.ChoiceRecognizer['getBooleanModel']>;
}

interface Library {
  models: (locale: Locale) => CultureModels;
  /** Does the text hold a word the culture's yes/no model looks for? (Its own expressions.) */
  mayBeYesNo: (text: string, locale: Locale) => boolean;
  /** Could this word be (part of) a number or an ordinal in English or Spanish? */
  mayBeNumberWord: (word: string) => boolean;
}

const CULTURES: Record<Locale, string> = { en: 'en-us', es: 'es-es' };

let library: Library | undefined;

/** The recognizers, loaded on first use. */
function recognizers(): Library {
  if (library) return library;
  // Loaded here rather than imported, so that start-up does not pay for them (see above).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const numberText = require('@microsoft/recognizers-text-number') as typeof NumberText;
  const choiceText = require('@microsoft/recognizers-text-choice') as typeof ChoiceText;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const cache = new Map<Locale, CultureModels>();
  const models = (locale: Locale): CultureModels => {
    let found = cache.get(locale);
    if (!found) {
      const culture = CULTURES[locale];
      const numbers = new numberText.NumberRecognizer(culture);
      found = {
        number: numbers.getNumberModel(culture, false),
        ordinal: numbers.getOrdinalModel(culture, false),
        boolean: new choiceText.ChoiceRecognizer(culture).getBooleanModel(culture, false),
      };
      cache.set(locale, found);
    }
    return found;
  };
  // The boolean extractor splits the text into graphemes before it runs these two expressions, and
  // finds nothing when neither matches: testing them first gives the same answers, cheaply.
  const yesNo: Record<Locale, RegExp[]> = {
    en: [choiceText.EnglishChoice.TrueRegex, choiceText.EnglishChoice.FalseRegex].map((source) => new RegExp(source, 'is')),
    es: [choiceText.SpanishChoice.TrueRegex, choiceText.SpanishChoice.FalseRegex].map((source) => new RegExp(source, 'is')),
  };
  const mayBeYesNo = (text: string, locale: Locale) => yesNo[locale].some((regex) => regex.test(text.toLowerCase()));
  library = { models, mayBeYesNo, mayBeNumberWord: numberVocabulary(numberText) };
  return library;
}

/**
 * The library's own number vocabulary (cardinals, ordinals, round numbers and Spanish prefixes),
 * normalized as our input is. English "a" and "an" are left out: alone they are no number, and
 * with "dozen" or "hundred" those words pass anyway.
 */
function numberVocabulary(numberText: typeof NumberText): (word: string) => boolean {
  const en = numberText.EnglishNumeric;
  const es = numberText.SpanishNumeric;
  const maps: ReadonlyMap<string, unknown>[] = [
    en.CardinalNumberMap,
    en.OrdinalNumberMap,
    en.RoundNumberMap,
    es.CardinalNumberMap,
    es.OrdinalNumberMap,
    es.RoundNumberMap,
    es.PrefixCardinalMap,
    es.SuffixOrdinalMap,
  ];
  const vocabulary = new Set<string>();
  for (const map of maps) for (const key of map.keys()) for (const word of normalize(key).split(/[\s-]+/)) if (word) vocabulary.add(word);
  vocabulary.delete('a');
  vocabulary.delete('an');
  // Compounds ("decimoprimero", "twentieth", "veintitres") start with a word of the vocabulary;
  // the stems are filed by their first four letters, so a word is checked against a handful.
  const stems = new Map<string, string[]>();
  for (const word of vocabulary) if (word.length >= 4) stems.set(word.slice(0, 4), [...(stems.get(word.slice(0, 4)) ?? []), word]);
  return (word) => vocabulary.has(word) || (stems.get(word.slice(0, 4))?.some((stem) => word.startsWith(stem)) ?? false);
}

/**
 * The model's results for the text, capped in length. The library throws on a few inputs (Spanish
 * "trillonésimo" fails inside its ordinal parser): such a text names no choice, it is no error.
 */
function parseSafely(model: { parse: (query: string) => ModelResult[] }, text: string): ModelResult[] {
  try {
    return model.parse(text.slice(0, RECOGNIZER_MAX_CHARS));
  } catch {
    return [];
  }
}

/** False when the text has no digit and no number word, so no recognizer could find a number in it. */
export function mayNameNumber(text: string): boolean {
  if (/\d/.test(text)) return true;
  const words = normalize(text).split(/[\s'-]+/);
  const library = recognizers();
  return words.some((w) => w && library.mayBeNumberWord(w));
}

/** Words around a pick that add nothing: "the second ONE", "OPTION 2", "la segunda OPCION". */
const PICK_FILLER = /\b(the|one|ones|option|number|choice|pick|please|i'?ll take|i want|el|la|lo|opcion|numero|quiero|por favor)\b|[#.)]/g;

/**
 * The position a person means by "2", "two", "the second one", "la segunda" (1-based). Only
 * when the number is the whole answer: "I have 2 kids" and "going to my first meeting" are not picks.
 */
export function recognizePosition(text: string, locale: Locale): number | undefined {
  // A bare number ("2", the commonest answer on SMS) is read as the library reads it, without the
  // ~0.25 ms its number model spends on one.
  const bare = /^\s*(\d{1,3})\s*$/.exec(text);
  if (bare) return toPositiveInt(bare[1]);
  if (!mayNameNumber(text)) return undefined;
  const models = recognizers().models(locale);
  const input = text.slice(0, RECOGNIZER_MAX_CHARS);
  const rest = input.replace(PICK_FILLER, ' ').replace(/\s+/g, ' ').trim();
  const isWhole = (found: { text: string }) => found.text.trim().length >= rest.length - 1;
  const ordinal = parseSafely(models.ordinal, input).find(isWhole);
  if (ordinal) return toPositiveInt(ordinal.resolution?.value);
  const numbers = parseSafely(models.number, input);
  if (numbers.length === 1 && isWhole(numbers[0])) return toPositiveInt(numbers[0].resolution?.value);
  return undefined;
}

export function recognizeYesNo(text: string, locale: Locale): boolean | undefined {
  if (!recognizers().mayBeYesNo(text.slice(0, RECOGNIZER_MAX_CHARS), locale)) return undefined;
  const result = parseSafely(recognizers().models(locale).boolean, text)[0];
  return typeof result?.resolution?.value === 'boolean' ? result.resolution.value : undefined;
}

function toPositiveInt(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Loads the recognizers and builds a culture's models (and runs them once, so their code is compiled). */
export function warmUpRecognizers(locales: readonly Locale[] = LOCALES): void {
  for (const locale of locales) {
    recognizePosition('the second one 2', locale);
    recognizeYesNo('yes', locale);
  }
}
