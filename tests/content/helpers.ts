// Shared helpers for the content tests: where the shared reference files are, and the text a
// person reads for each group or topic.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { defaultContentDir, repoRoot, type Group, type Topic } from '../../content';

/** `../shared/<rel>` from the repository root (the shared folder sits beside the clone). */
export function sharedFile(rel: string): string {
  const file = path.resolve(repoRoot(), '..', 'shared', rel);
  if (!fs.existsSync(file)) throw new Error(`missing shared reference file: ${file}`);
  return file;
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
