// The training set: every intent file's examples (content/data/intents), with group names
// turned into the placeholder the model reads, per language.
import type { IntentFile } from '../../../content/intentSchema';
import type { Command, Lexicon } from '../../../content/lexiconSchema';
import { type Topic, LOCALES } from '../../../content/schema';
import { guessLanguage } from '../language';
import type { GuessedLanguage } from '../language';
import type { TextLookup } from '../lookup';
import type { Example } from './classifier';
import { featuresOf, GROUP_TOKEN } from './features';

export const LANGUAGES: readonly GuessedLanguage[] = LOCALES;

export interface LabelledText {
  text: string;
  intent: string;
}

export function labelledTexts(
  intents: readonly IntentFile[],
  language: GuessedLanguage,
  extra: readonly LabelledText[] = [],
): LabelledText[] {
  return [...intents.flatMap((file) => file.examples[language].map((text) => ({ text, intent: file.id }))), ...extra];
}

/** The lexicon's command words that are other ways of asking for an intent ("find a group"). */
const INTENT_OF_COMMAND: Partial<Record<Command, string>> = {
  find: 'find.self',
  'start-over': 'command.start-over',
  back: 'command.back',
  help: 'command.help',
  'forget-me': 'command.forget-me',
  'urgent-help': 'command.urgent-help',
  more: 'command.more',
};

/**
 * More labelled texts the content already holds: the lexicon's command phrases and each topic's
 * example questions (written for the lookup), in their language.
 */
export function contentTexts(lexicon: Lexicon, topics: readonly Topic[], language: GuessedLanguage): LabelledText[] {
  const commands = Object.entries(INTENT_OF_COMMAND).flatMap(([command, intent]) =>
    (lexicon.commands[command as Command][language] ?? []).map((text) => ({ text, intent: intent! })),
  );
  const examples = topics.flatMap((t) =>
    t.examples.filter((e) => (guessLanguage(e) ?? 'en') === language).map((text) => ({ text, intent: `topic.${t.id}` })),
  );
  return [...commands, ...examples];
}

/** A message as the model reads it: its features, and the groups it names. */
export function readMessage(lookup: TextLookup, text: string, language: GuessedLanguage): { features: string[]; groups: string[] } {
  const { marked, groups } = lookup.markGroups(text, GROUP_TOKEN);
  // A group named twice ("alcoholics anonymous (AA)") is one group: not two to compare.
  return { features: featuresOf(marked, language), groups: [...new Set(groups.map((g) => g.id))] };
}

export function trainingExamples(lookup: TextLookup, texts: readonly LabelledText[], language: GuessedLanguage): Example[] {
  return texts.map((t) => ({ features: readMessage(lookup, t.text, language).features, intent: t.intent }));
}
