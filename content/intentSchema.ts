// Training utterances for the understanding model: one file per intent in content/data/intents,
// named after the intent. The ids are fixed (docs: the NLU contract); topics add one intent each.
import path from 'node:path';
import fs from 'node:fs';
import { z } from 'zod';
import { checkYamlFile, displayPath } from './load';
import type { Content } from './types';

/** Every intent that is not a topic; `topic.<id>` is known for every topic file. */
export const FIXED_INTENTS = [
  'find.self',
  'find.other',
  'find.client',
  'group.about',
  'group.cost',
  'group.formats',
  'group.founded',
  'group.phone',
  'group.website',
  'group.meetings',
  'group.find',
  'group.audience',
  'group.spirituality',
  'group.sponsors',
  'group.size',
  'group.books',
  'group.medication',
  'group.goal',
  'group.principles',
  'compare',
  'meeting.search',
  'referral',
  'smalltalk.greeting',
  'smalltalk.thanks',
  'smalltalk.goodbye',
  'smalltalk.bot',
  'command.menu',
  'command.back',
  'command.help',
  'command.start-over',
  'command.forget-me',
  'command.urgent-help',
  'command.more',
  'out_of_scope',
] as const;

/** Fewer examples than this per language cannot teach an intent its many wordings. */
export const MIN_EXAMPLES_PER_LANGUAGE = 6;

const Examples = z.array(z.string().trim().min(2)).min(MIN_EXAMPLES_PER_LANGUAGE);

export const IntentFileSchema = z
  .object({
    id: z.string().min(1),
    examples: z.object({ en: Examples, es: Examples }).strict(),
  })
  .strict();

export type IntentFile = z.infer<typeof IntentFileSchema>;

export function knownIntents(content: Content): Set<string> {
  return new Set<string>([...FIXED_INTENTS, ...content.topics.map((t) => `topic.${t.id}`)]);
}

/**
 * Reads content/data/intents: each file valid, named after a known intent, and no example
 * given to two intents (the model cannot learn an utterance that means both).
 */
export function loadIntentFiles(dataDir: string, content: Content | undefined): { intents: IntentFile[]; problems: string[] } {
  const dir = path.join(dataDir, 'intents');
  if (!fs.existsSync(dir)) return { intents: [], problems: [] };
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const known = content ? knownIntents(content) : undefined;
  const problems: string[] = [];
  const intents: IntentFile[] = [];
  const owner = new Map<string, string>();
  for (const name of files) {
    const file = path.join(dir, name);
    const result = checkYamlFile(file, IntentFileSchema);
    problems.push(...result.problems);
    const intent = result.value;
    if (!intent) continue;
    const shown = displayPath(file);
    if (intent.id !== name.replace(/\.ya?ml$/, ''))
      problems.push(`${shown}: id: must be the file's name ("${name.replace(/\.ya?ml$/, '')}")`);
    if (known && !known.has(intent.id))
      problems.push(`${shown}: id: "${intent.id}" is not a known intent (see content/intentSchema.ts and the topic files)`);
    for (const example of [...intent.examples.en, ...intent.examples.es]) {
      const key = example
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const other = owner.get(key);
      if (other && other !== intent.id) problems.push(`${shown}: examples: "${example}" is also an example of ${other}`);
      else owner.set(key, intent.id);
    }
    intents.push(intent);
  }
  return { intents, problems };
}
