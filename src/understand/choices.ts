// Which of the offered choices a person picked: by tapping (the label comes back), by number
// ("2", "two", "the second one"), by yes/no, or by a few words of the label.
import type { Locale } from '../../content/schema';
import type { PhraseBook } from './lexicon';
import { normalize, words } from './normalize';
import { recognizePosition, recognizeYesNo } from './recognizers';

export interface OfferedChoice {
  label: string;
  /** Other ways to say it (normalized regex patterns or plain phrases). */
  patterns?: readonly RegExp[];
  /** For yes/no questions: which answer this choice stands for. */
  yesNo?: boolean;
}

/**
 * Choice labels come from the content ("Myself", "Alcohol", group names), so the same few hundred
 * come back turn after turn: each is normalized once. Bounded in case stored state holds odd ones.
 */
const labelCache = new Map<string, string>();
function normalizedLabel(label: string): string {
  let found = labelCache.get(label);
  if (found === undefined) {
    if (labelCache.size >= 2000) labelCache.clear();
    found = normalize(label);
    labelCache.set(label, found);
  }
  return found;
}

/** The index of the choice the text picks, or undefined. */
export function matchChoice(text: string, choices: readonly OfferedChoice[], locale: Locale, phrases: PhraseBook): number | undefined {
  if (choices.length === 0) return undefined;
  const normalized = normalize(text);
  if (!normalized) return undefined;

  const exact = choices.findIndex((c) => normalizedLabel(c.label) === normalized);
  if (exact >= 0) return exact;

  // A bare number or ordinal picks by position; "I have 2 kids" does not.
  if (words(normalized).length <= 5) {
    const position = recognizePosition(normalized, locale) ?? (locale === 'en' ? undefined : recognizePosition(normalized, 'en'));
    if (position !== undefined && position <= choices.length) return position - 1;
  }

  // "not sure" / "no estoy seguro" is not a no, although recognizers-text reads it as one.
  const unsure = phrases.isUnsure(normalized);
  const yesNo = unsure
    ? undefined
    : (phrases.yesNo(normalized) ?? (words(normalized).length <= 3 ? recognizeYesNo(normalized, locale) : undefined));
  if (yesNo !== undefined) {
    const byYesNo = choices.findIndex((c) => c.yesNo === yesNo);
    if (byYesNo >= 0) return byYesNo;
  }

  const byPattern = choices.findIndex((c) => c.patterns?.some((p) => p.test(normalized)));
  if (byPattern >= 0) return byPattern;

  return bestWordOverlap(normalized, choices, phrases);
}

/** A label that contains every meaningful word the person typed ("women only" -> "Yes, women only"). */
function bestWordOverlap(normalized: string, choices: readonly OfferedChoice[], phrases: PhraseBook): number | undefined {
  const typed = words(normalized).filter((w) => !phrases.stopwords.has(w));
  if (typed.length === 0 || typed.length > 6) return undefined;
  const fits = choices
    .map((choice, index) => ({ index, label: words(normalizedLabel(choice.label)) }))
    .filter(({ label }) =>
      typed.every((t) => label.some((w) => w === t || (t.length >= 4 && w.length >= 4 && (w.startsWith(t) || t.startsWith(w))))),
    );
  return fits.length === 1 ? fits[0].index : undefined;
}
