// Helpers for the content tests: the checked facts (tests/fixtures/facts.yaml), the evaluation
// cases, the maintainers' reference beside the clone when there is one, and the text a person
// reads for each group or topic.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultContentDir, repoRoot, type Group, type Topic } from '../../content';

const FactSchema = z
  .object({
    claim: z.string().min(1),
    value: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    sources: z.array(z.string().url()).min(1),
    uncertain: z.boolean().default(false),
    in: z.array(z.string().regex(/^(group|topic|resource):[a-z0-9-]+$/)).default([]),
  })
  .strict()
  .refine((f) => (f.value === undefined) !== (f.pattern === undefined), 'a fact has either a value or a pattern');
export type CheckedFact = z.infer<typeof FactSchema>;

const FactsSchema = z.object({ phones: z.array(FactSchema), crisis: z.array(FactSchema) }).strict();
export type CheckedFacts = z.infer<typeof FactsSchema>;

/** The facts checked against public sources (tests/fixtures/facts.yaml), validated. */
export function checkedFacts(): CheckedFacts {
  const file = path.join(repoRoot(), 'tests', 'fixtures', 'facts.yaml');
  return FactsSchema.parse(parse(fs.readFileSync(file, 'utf8')));
}

/** Whether `text` states the fact: its exact value, or its pattern (case-insensitive). */
export function states(fact: CheckedFact, text: string): boolean {
  return fact.value !== undefined ? text.includes(fact.value) : new RegExp(fact.pattern ?? '', 'i').test(text);
}

/** A URL without its scheme and `www.`, for comparing sources. */
export function bareUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/** One evaluation file (eval/<rel>, JSON lines) as objects. */
export function evalCases<T>(rel: string): T[] {
  return fs
    .readFileSync(path.join(repoRoot(), 'eval', rel), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * A file of the maintainers' reference material beside the clone, or undefined (the caller skips, saying so)
 * and not part of the project; undefined when it is not there, as in a fresh clone.
 */
export function maintainersReference(name: string): string | undefined {
  const file = path.resolve(repoRoot(), '..', 'shared', 'reference', name);
  return fs.existsSync(file) ? file : undefined;
}

/** Everything a person may read about a group, as one string. */
export function groupText(g: Group): string {
  return [
    g.name.en,
    g.shortName,
    g.summary.en,
    g.about.en,
    g.meeting.en,
    g.spiritualNote.en,
    g.model.name.en,
    ...g.model.principles.map((p) => p.en),
    g.medication?.note.en ?? '',
    g.founded.note?.en ?? '',
    g.size?.text.en ?? '',
    g.status?.en ?? '',
  ].join('\n');
}

/** Everything a person may read about a topic, as one string. */
export function topicText(t: Topic): string {
  return [t.title.en, t.body.en, ...t.points.map((p) => p.en), ...t.links.map((l) => l.label.en)].join('\n');
}

/** Lowercase, punctuation turned into spaces, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a text (split at . ! ? and at line breaks), normalized. */
export function sentences(text: string): string[] {
  return text
    .split(/[.!?]+(?:\s|$)|\n+/)
    .map(normalize)
    .filter((s) => s.length > 0);
}

/** Sentences of `source` longer than `minWords` words that appear verbatim in `text`. */
export function copiedSentences(source: string, text: string, minWords = 8): string[] {
  const haystack = ` ${normalize(text)} `;
  return sentences(source).filter((s) => s.split(' ').length > minWords && haystack.includes(` ${s} `));
}

/** A fresh copy of the content data in a temporary folder, for tests that break files. */
export function copyOfContent(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(defaultContentDir(), dir, { recursive: true });
  return dir;
}
