// The shape of content/data/crisis-examples/*.yaml: the messages the learned crisis check is
// trained from (src/safety/learned/). One file per kind of crisis, and `none` files for messages
// that share words with a crisis but are not one (a question about naloxone, an idiom, a past
// event, a clinician's "pt denies SI"). Every file holds English and Spanish.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, displayPath } from './load';
import { parseYamlFast } from './parseYaml';
import { type Locale, LOCALES } from './schema';

export const CRISIS_EXAMPLE_KINDS = ['overdose', 'suicide', 'self-harm', 'violence', 'none'] as const;
export type CrisisExampleKind = (typeof CRISIS_EXAMPLE_KINDS)[number];

/** Longer than this is not what a person sends in one message, and slows training for nothing. */
const MAX_EXAMPLE_CHARS = 400;
const Example = z.string().trim().min(2).max(MAX_EXAMPLE_CHARS);

export const CrisisExampleFileSchema = z
  .object({
    kind: z.enum(CRISIS_EXAMPLE_KINDS),
    /**
     * Ordinary messages that share no words with a crisis ("what time is the meeting"): taught as
     * not a crisis, but left out of the false-alarm limit that chooses the threshold, which is a
     * limit on messages that do share words with one (src/safety/learned/devSplit.ts).
     */
    everyday: z.boolean().optional(),
    /** Why these messages are here (what they teach), for the person editing the file. */
    about: z.string().trim().min(1),
    en: z.array(Example).min(1),
    es: z.array(Example).min(1),
  })
  .strict();
export type CrisisExampleFile = z.infer<typeof CrisisExampleFileSchema>;

export interface CrisisExample {
  text: string;
  kind: CrisisExampleKind;
  lang: Locale;
  /** From a file marked `everyday` (see the schema). */
  everyday?: boolean;
}

export function defaultCrisisExamplesDir(dataDir: string): string {
  return path.join(dataDir, 'crisis-examples');
}

/**
 * Every example, validated: each file against the schema, and no message under two kinds (the
 * model would be taught both). Throws a ContentError listing every problem.
 */
export function loadCrisisExamples(dataDir: string): CrisisExample[] {
  const dir = defaultCrisisExamplesDir(dataDir);
  const problems: string[] = [];
  const out: CrisisExample[] = [];
  const seen = new Map<string, string>();
  if (!fs.existsSync(dir)) throw new ContentError([`${displayPath(dir)}: missing (the learned crisis check is trained from it)`]);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const shown = displayPath(file);
    let parsed: unknown;
    try {
      parsed = parseYamlFast(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${shown}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const result = CrisisExampleFileSchema.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${shown}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    for (const lang of LOCALES) {
      for (const text of result.data[lang]) {
        const key = text.toLowerCase();
        const before = seen.get(key);
        if (before && before !== `${result.data.kind}`) problems.push(`${shown}: "${text}" is also a ${before} example`);
        seen.set(key, result.data.kind);
        out.push({ text, kind: result.data.kind, lang, ...(result.data.everyday ? { everyday: true } : {}) });
      }
    }
  }
  if (!files.length) problems.push(`${displayPath(dir)}: no example files`);
  if (problems.length) throw new ContentError(problems);
  return out;
}
