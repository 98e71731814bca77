// A small typed query API over loaded content. Pure functions: no I/O, no bot code.
import type { Audience, Format, Goal, Group, Spiritual, Substance, Topic } from './schema';
import type { Content } from './types';

export function getGroup(content: Content, id: string): Group | undefined {
  return content.groupsById.get(id);
}

export function getTopic(content: Content, id: string): Topic | undefined {
  return content.topicsById.get(id);
}

type OneOrMany<T> = T | readonly T[];

/** Every field is optional; a group must satisfy all the fields that are given. */
export interface GroupFilter {
  audience?: OneOrMany<Audience>;
  spiritual?: OneOrMany<Spiritual>;
  twelveStep?: boolean;
  /**
   * The substance the person (or their loved one) uses. A group that covers drugs in general
   * (`drugs`) also matches a specific drug such as cocaine or opioids; it does not match alcohol.
   */
  substance?: Substance;
  gender?: Group['gender'];
  /** The group offers this way of meeting. */
  format?: OneOrMany<Format>;
  goal?: OneOrMany<Goal>;
  coOccurring?: boolean;
}

const SPECIFIC_DRUGS: ReadonlySet<Substance> = new Set<Substance>(['cocaine', 'meth', 'opioids', 'marijuana', 'pills']);

function oneOf<T>(wanted: OneOrMany<T> | undefined, value: T): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? (wanted as readonly T[]).includes(value) : wanted === value;
}

export function coversSubstance(group: Group, substance: Substance): boolean {
  if (group.substances.includes(substance)) return true;
  return SPECIFIC_DRUGS.has(substance) && group.substances.includes('drugs');
}

export function matchesFilter(group: Group, filter: GroupFilter): boolean {
  if (!oneOf(filter.audience, group.audience)) return false;
  if (!oneOf(filter.spiritual, group.spiritual)) return false;
  if (filter.twelveStep !== undefined && group.model.twelveStep !== filter.twelveStep) return false;
  if (filter.substance !== undefined && !coversSubstance(group, filter.substance)) return false;
  if (filter.gender !== undefined && group.gender !== filter.gender) return false;
  if (filter.format !== undefined) {
    const formats: readonly Format[] = Array.isArray(filter.format) ? filter.format : [filter.format as Format];
    if (!formats.some((f) => group.formats.includes(f))) return false;
  }
  if (!oneOf(filter.goal, group.goal)) return false;
  if (filter.coOccurring !== undefined && group.coOccurring !== filter.coOccurring) return false;
  return true;
}

/** Groups in content order (alphabetical by file name), optionally filtered. */
export function listGroups(content: Content, filter: GroupFilter = {}): Group[] {
  return content.groups.filter((g) => matchesFilter(g, filter));
}

export function listTopics(content: Content): Topic[] {
  return [...content.topics];
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
  const groups = content.groups.map(
    (g): LookupEntry => ({
      kind: 'group',
      id: g.id,
      names: unique([g.name.en, g.name.es, g.shortName, ...g.aliases]),
      examples: [...g.examples],
      keywords: [...g.keywords],
    }),
  );
  const topics = content.topics.map(
    (t): LookupEntry => ({
      kind: 'topic',
      id: t.id,
      names: unique([t.title.en, t.title.es, ...t.aliases]),
      examples: [...t.examples],
      keywords: [...t.keywords],
    }),
  );
  return [...groups, ...topics];
}
