// A small typed query API over loaded content. Pure functions: no I/O, no bot code.
import type { Group, Topic } from './schema';
import type { Content } from './types';

export function getGroup(content: Content, id: string): Group | undefined {
  return content.groupsById.get(id);
}

export function getTopic(content: Content, id: string): Topic | undefined {
  return content.topicsById.get(id);
}

/** What the text lookup needs to recognise a group or topic in what people type. */
export interface LookupEntry {
  kind: 'group' | 'topic';
  id: string;
  /** Names people use: name (en/es), short name, aliases — or a topic's title and aliases. */
  names: string[];
  examples: string[];
  keywords: string[];
}

function unique(values: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v?.trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

export function lookupEntries(content: Content): LookupEntry[] {
  const groups = content.groups.map((g): LookupEntry => ({
    kind: 'group',
    id: g.id,
    names: unique([g.name.en, g.name.es, g.shortName, ...g.aliases]),
    examples: [...g.examples],
    keywords: [...g.keywords],
  }));
  const topics = content.topics.map((t): LookupEntry => ({
    kind: 'topic',
    id: t.id,
    names: unique([t.title.en, t.title.es, ...t.aliases]),
    examples: [...t.examples],
    keywords: [...t.keywords],
  }));
  return [...groups, ...topics];
}
