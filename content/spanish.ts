// Every text a person reads must have its Spanish. The schemas keep `es` optional (the bot
// falls back to English rather than failing at start-up), so this check is what stops an
// untranslated group, topic, message, finder question or crisis line from reaching CI unseen.
// Problems read like the loader's: `content/data/groups/hams.yaml: summary.es: Spanish text is missing`.
import path from 'node:path';
import type { BotContent } from './botContent';
import type { CrisisContent } from './crisisSchema';
import { displayPath } from './load';

type Segment = string | number;

function fieldPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/** A `{ en, es? }` text as the schemas define it. */
function isLocalized(value: unknown): value is { en: string; es?: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as { en?: unknown }).en === 'string' && keys.every((k) => k === 'en' || k === 'es');
}

/** The paths of every localized text under `node` that has no Spanish. */
export function untranslated(node: unknown, at: Segment[] = []): string[] {
  if (isLocalized(node)) return node.es?.trim() ? [] : [fieldPath([...at, 'es'])];
  if (Array.isArray(node)) return node.flatMap((item, i) => untranslated(item, [...at, i]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => untranslated(value, [...at, key]));
  return [];
}

const MISSING = 'Spanish text is missing';

/**
 * One line per missing Spanish text. Crisis steps are the exception: a step about a service
 * that only works in English is meant to be left out of the Spanish reply.
 */
export function missingSpanish(bot: BotContent, crisis: CrisisContent | undefined, dataDir: string): string[] {
  const shown = (...parts: string[]) => displayPath(path.join(dataDir, ...parts));
  const problems: string[] = [];
  const report = (file: string, fields: string[]) => problems.push(...fields.map((f) => `${file}: ${f}: ${MISSING}`));

  for (const group of bot.content.groups) report(shown('groups', `${group.id}.yaml`), untranslated(group));
  for (const topic of bot.content.topics) report(shown('topics', `${topic.id}.yaml`), untranslated(topic));
  report(shown('messages.yaml'), untranslated(bot.messages));
  report(shown('finder.yaml'), untranslated(bot.finder));

  const lexicon = shown('lexicon.yaml');
  const lists = {
    ...Object.fromEntries(Object.entries(bot.lexicon.commands).map(([k, v]) => [`commands.${k}`, v])),
    yes: bot.lexicon.yes,
    no: bot.lexicon.no,
    unsure: bot.lexicon.unsure,
    stopwords: bot.lexicon.stopwords,
  };
  for (const [field, list] of Object.entries(lists))
    if (!list.es?.length) problems.push(`${lexicon}: ${field}.es: Spanish phrases are missing`);

  if (crisis) {
    const spanishServices = new Set(crisis.resources.filter((r) => r.languages.includes('es')).map((r) => r.id));
    for (const [kind, reply] of Object.entries(crisis.replies)) {
      reply.steps.forEach((step, i) => {
        if (!step.text.es && spanishServices.has(step.resources[0])) {
          problems.push(`${shown('crisis.yaml')}: replies.${kind}.steps[${i}].text.es: ${MISSING} (${step.resources[0]} works in Spanish)`);
        }
      });
    }
  }
  return problems;
}
