// Numbers, ordinals and yes/no through Microsoft's recognizers-text, in the person's language.
// The library caches its models per culture; warmUp() pays that cost at start-up, not on a turn.
import { Culture, recognizeBoolean, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { Locale } from '../../content/schema';
import { RECOGNIZER_MAX_CHARS } from './normalize';

const CULTURES: Record<Locale, string> = { en: Culture.English, es: Culture.Spanish };

const capped = (text: string) => text.slice(0, RECOGNIZER_MAX_CHARS);

/** Words around a pick that add nothing: "the second ONE", "OPTION 2", "la segunda OPCION". */
const PICK_FILLER = /\b(the|one|ones|option|number|choice|pick|please|i'?ll take|i want|el|la|lo|opcion|numero|quiero|por favor)\b|[#.)]/g;

/**
 * The position a person means by "2", "two", "the second one", "la segunda" (1-based). Only
 * when the number is the whole answer: "I have 2 kids" and "going to my first meeting" are not picks.
 */
export function recognizePosition(text: string, locale: Locale): number | undefined {
  const culture = CULTURES[locale];
  const input = capped(text);
  const rest = input.replace(PICK_FILLER, ' ').replace(/\s+/g, ' ').trim();
  const isWhole = (found: { text: string }) => found.text.trim().length >= rest.length - 1;
  const ordinal = recognizeOrdinal(input, culture).find(isWhole);
  if (ordinal) return toPositiveInt(ordinal.resolution?.value);
  const numbers = recognizeNumber(input, culture);
  if (numbers.length === 1 && isWhole(numbers[0])) return toPositiveInt(numbers[0].resolution?.value);
  return undefined;
}

export function recognizeYesNo(text: string, locale: Locale): boolean | undefined {
  const result = recognizeBoolean(capped(text), CULTURES[locale])[0];
  return typeof result?.resolution?.value === 'boolean' ? result.resolution.value : undefined;
}

function toPositiveInt(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Loads the models for every culture we speak, so the first person does not wait for it. */
export function warmUpRecognizers(): void {
  for (const locale of Object.keys(CULTURES) as Locale[]) {
    recognizePosition('the second one 2', locale);
    recognizeYesNo('yes', locale);
  }
}
