// What the intent models read: the message normalized, group names replaced by one placeholder
// (so "is LifeRing free" teaches "is @group free" for every group), each word stemmed in the
// message's language. A few marks add what single words miss: two groups named (a comparison),
// a negation before a word ("no religion" is not "religion").
import { normalize, words } from '../normalize';
import type { GuessedLanguage } from '../language';

/** The placeholder a group name becomes; a word no one types. */
export const GROUP_TOKEN = 'zzgroup';
const MANY_GROUPS = 'zzgroups2';
const NUMBER = 'zznumber';

/** A placeholder feature (a group, two groups, a number), not a word someone typed. */
export function isPlaceholder(feature: string): boolean {
  return feature.startsWith('zz');
}
/** The mark of a negated word: `not_religion`. */
export const NEGATED = 'not_';
/** A group named after a negation. */
export const NEGATED_GROUP = `${NEGATED}${GROUP_TOKEN}`;

interface Stemmer {
  stemWord(word: string): string;
}

const stemmers: Partial<Record<GuessedLanguage, Stemmer>> = {};

/** NLP.js's Snowball stemmers; each language's is loaded on first use. */
function stemmer(language: GuessedLanguage): Stemmer {
  let found = stemmers[language];
  if (!found) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const Stemmer = (
      language === 'es' ? require('@nlpjs/lang-es/src/stemmer-es') : require('@nlpjs/lang-en-min/src/stemmer-en')
    ) as new () => Stemmer;
    /* eslint-enable @typescript-eslint/no-require-imports */
    found = new Stemmer();
    stemmers[language] = found;
  }
  return found;
}

const NEGATIONS = new Set([
  'no',
  'not',
  'without',
  'besides',
  'except',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  'nothing',
  'anything',
  'other',
  'sin',
  'nada',
  'ni',
  'aparte',
  'excepto',
  'otro',
  'otra',
  'otros',
  'otras',
]);

/** Stemmed words of a text whose group names are already placeholders (see TextLookup.markGroups). */
export function featuresOf(markedText: string, language: GuessedLanguage): string[] {
  const stem = stemmer(language);
  const tokens = words(normalize(markedText));
  const features = new Set<string>();
  let groups = 0;
  let negated = 0;
  for (const token of tokens) {
    if (token === GROUP_TOKEN) {
      groups += 1;
      features.add(GROUP_TOKEN);
      // "anything but AA", "not the AA way": the group is named to be set aside.
      if (negated > 0) {
        features.add(NEGATED_GROUP);
        negated -= 1;
      }
      continue;
    }
    const stemmed = /^\d+$/.test(token) ? NUMBER : stem.stemWord(token);
    features.add(stemmed);
    // "no religion", "anything besides the steps": the next two words carry a "not" mark.
    if (negated > 0) {
      features.add(`${NEGATED}${stemmed}`);
      negated -= 1;
    }
    if (NEGATIONS.has(token)) negated = 2;
  }
  if (groups >= 2) features.add(MANY_GROUPS);
  return [...features];
}
