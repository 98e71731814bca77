// Numbers, ordinals and yes/no through Microsoft's recognizers-text, in the person's language.
// The library caches its models per culture; warmUp() pays that cost at start-up, not on a turn.
import { Culture, recognizeBoolean, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { Locale } from '../../content/schema';
import { RECOGNIZER_MAX_CHARS } from './normalize';

const CULTURES: Record<Locale, string> = { en: Culture.English, es: Culture.Spanish };

const capped = (text: string) => text.slice(0, RECOGNIZER_MAX_CHARS);

/** The position a person means by "2", "two", "the second one", "la segunda" (1-based). */
export function recognizePosition(text: string, locale: Locale): number | undefined {
  const culture = CULTURES[locale];
  const ordinal = recognizeOrdinal(capped(text), culture)[0];
  if (ordinal) return toPositiveInt(ordinal.resolution?.value);
  const numbers = recognizeNumber(capped(text), culture);
  // "I have 2 kids" is not an answer "2": only take a number that is most of the message.
  if (numbers.length === 1 && numbers[0].text.length >= text.replace(/\b(number|option|choice|opcion|numero|el|la|#)\b|[#.)]/g, '').trim().length - 1) {
    return toPositiveInt(numbers[0].resolution?.value);
  }
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
