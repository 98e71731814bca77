// The search index, written by `npm run build` next to the content snapshot, so that start-up
// loads it (~5 ms) instead of building it (~15 ms). It is used only when it was made from the
// same entries, the same stopwords and the same tokenizing code as this process has; otherwise
// the index is built as usual, so neither an edit nor a code change is ever ignored.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../content/load';
import type { LookupEntry } from '../../content/query';
import { TextLookup, type SavedLookupIndex } from './lookup';

interface SavedIndex {
  key: string;
  index: SavedLookupIndex;
}

export function defaultLookupIndexFile(): string {
  return path.join(repoRoot(), 'dist', 'lookup-index.json');
}

/** What the index depends on: its inputs and the code that tokenizes them. */
function indexKey(entries: readonly LookupEntry[], stopwords: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  for (const module of ['./lookup', './normalize']) hash.update(fs.readFileSync(require.resolve(module)));
  hash.update(JSON.stringify(entries));
  hash.update(JSON.stringify([...stopwords].sort()));
  return hash.digest('hex');
}

export function writeLookupIndex(entries: readonly LookupEntry[], stopwords: ReadonlySet<string>, file = defaultLookupIndexFile()): void {
  const saved: SavedIndex = { key: indexKey(entries, stopwords), index: new TextLookup(entries, stopwords).savedIndex() };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(saved));
}

/** The lookup, from the saved index when it matches, else built from the entries. */
export function loadTextLookup(
  entries: readonly LookupEntry[],
  stopwords: ReadonlySet<string>,
  file = defaultLookupIndexFile(),
): TextLookup {
  const saved = readSaved(file);
  const usable = saved && saved.key === indexKey(entries, stopwords);
  return new TextLookup(entries, stopwords, usable ? saved.index : undefined);
}

function readSaved(file: string): SavedIndex | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SavedIndex>;
    return typeof parsed.key === 'string' && parsed.index && typeof parsed.index === 'object' ? (parsed as SavedIndex) : undefined;
  } catch {
    return undefined;
  }
}
