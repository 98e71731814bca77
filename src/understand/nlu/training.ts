// The training set: every intent file's examples (content/data/intents), with group names
// turned into the placeholder the model reads, per language.
import type { IntentFile } from '../../../content/intentSchema';
import type { GuessedLanguage } from '../language';
import type { TextLookup } from '../lookup';
import type { Example } from './classifier';
import { featuresOf, GROUP_TOKEN } from './features';

export const LANGUAGES: readonly GuessedLanguage[] = ['en', 'es'];

export interface LabelledText {
  text: string;
  intent: string;
}

export function labelledTexts(intents: readonly IntentFile[], language: GuessedLanguage): LabelledText[] {
  return intents.flatMap((file) => file.examples[language].map((text) => ({ text, intent: file.id })));
}

/** A message as the model reads it: its features, and the groups it names. */
export function readMessage(lookup: TextLookup, text: string, language: GuessedLanguage): { features: string[]; groups: string[] } {
  const { marked, groups } = lookup.markGroups(text, GROUP_TOKEN);
  return { features: featuresOf(marked, language), groups: groups.map((g) => g.id) };
}

export function trainingExamples(lookup: TextLookup, texts: readonly LabelledText[], language: GuessedLanguage): Example[] {
  return texts.map((t) => ({ features: readMessage(lookup, t.text, language).features, intent: t.intent }));
}
