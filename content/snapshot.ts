// A validated copy of the content, written at build time, so that start-up reads one JSON file
// (~2 ms) instead of parsing and validating every YAML file (~60 ms). The copy carries a
// fingerprint of the YAML files (names, sizes, modification times); when a file changed since
// the build, the YAML is loaded and validated as usual, so an edit is never ignored.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadBotContent, type BotContent } from './botContent';
import { defaultContentDir, repoRoot } from './load';
import type { Group, Topic } from './schema';

const SNAPSHOT_VERSION = 3;

interface Snapshot {
  version: number;
  fingerprint: string;
  content: Omit<BotContent, 'content'> & { content: { groups: Group[]; topics: Topic[] } };
}

export function defaultSnapshotFile(): string {
  return path.join(repoRoot(), 'dist', 'content-snapshot.json');
}

/** Names, sizes and modification times of every content file: cheap to compute, changes on any edit. */
export function contentFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(dataDir, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(dataDir);
  return hash.digest('hex');
}

/** Validates the content (throws a ContentError when it is broken) and writes the snapshot. */
export function writeContentSnapshot(dataDir = defaultContentDir(), file = defaultSnapshotFile()): BotContent {
  const loaded = loadBotContent(dataDir);
  const snapshot: Snapshot = {
    version: SNAPSHOT_VERSION,
    fingerprint: contentFingerprint(dataDir),
    content: { ...loaded, content: { groups: [...loaded.content.groups], topics: [...loaded.content.topics] } },
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(snapshot));
  return loaded;
}

/** The content from the build's snapshot when it matches the files, else loaded and validated from YAML. */
export function loadBotContentFast(dataDir = defaultContentDir(), file = defaultSnapshotFile()): BotContent {
  const snapshot = readSnapshot(file);
  if (!snapshot || snapshot.fingerprint !== contentFingerprint(dataDir)) return loadBotContent(dataDir);
  const { groups, topics } = snapshot.content.content;
  return {
    ...snapshot.content,
    content: { groups, topics, groupsById: new Map(groups.map((g) => [g.id, g])), topicsById: new Map(topics.map((t) => [t.id, t])) },
  };
}

function readSnapshot(file: string): Snapshot | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
    return parsed.version === SNAPSHOT_VERSION ? parsed : undefined;
  } catch {
    return undefined;
  }
}
