// Typo-tolerant lookup over the content's names, aliases, example questions and keywords.
// The index is built once at start-up; a search is a few hundred microseconds.
import { LRUCache } from 'lru-cache';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { LookupEntry } from '../../content/query';
import { normalize, words } from './normalize';

export interface LookupHit {
  kind: 'group' | 'topic';
  id: string;
  score: number;
  /** Share of the meaningful words typed that this entry matched (0..1). */
  coverage: number;
  /** The entry's name or an alias appears in the text, word for word. */
  named: boolean;
}

/** A group's name found in a normalized text: where, and which name. */
export interface GroupMention {
  id: string;
  at: number;
  length: number;
  name: string;
}

interface IndexedEntry {
  /** `group:alcoholics-anonymous`: MiniSearch's id. */
  key: string;
  kind: 'group' | 'topic';
  entryId: string;
  names: string;
  examples: string;
  keywords: string;
}

const FIELD_SEPARATOR = ' | ';

/** MiniSearch's index as plain data (it does not export the type by name). */
export type SavedLookupIndex = Parameters<typeof MiniSearch.loadJS>[0];

export class TextLookup {
  private readonly index: MiniSearch<IndexedEntry>;
  /** `name` is the normalized name: a text that does not contain it cannot match `phrase`, a cheaper test. */
  private readonly namePhrases: { key: string; kind: 'group' | 'topic'; id: string; name: string; phrase: RegExp }[];
  /** Short names that are also stopwords ("MA", "PA", "HA"), counted only when written in capitals. */
  private readonly capitalNames: { capitals: RegExp; fullName: string }[];

  /** The last searches by normalized text; the index never changes after start-up, so they stay right. */
  private readonly recent = new LRUCache<string, LookupHit[]>({ max: 1000 });

  /**
   * `savedIndex`: this index as `savedIndex()` gave it for the same entries, stopwords and
   * code (see ./lookupSnapshot.ts); loading it takes about a third of the time of building it.
   */
  constructor(
    entries: readonly LookupEntry[],
    private readonly stopwords: ReadonlySet<string>,
    savedIndex?: SavedLookupIndex,
  ) {
    const processTerm = (term: string) => {
      const t = normalize(term);
      return t && !stopwords.has(t) ? t : null;
    };
    const options: Options<IndexedEntry> = {
      idField: 'key',
      fields: ['names', 'examples', 'keywords'],
      storeFields: ['kind', 'entryId'],
      // Field values join their items with " | "; each item is normalized on its own, as
      // normalize() reads only the first UNDERSTAND_MAX_CHARS of a text.
      tokenize: (text: string) => text.split(FIELD_SEPARATOR).flatMap((item) => words(normalize(item))),
      processTerm,
      searchOptions: {
        boost: { names: 3, keywords: 1.5, examples: 1 },
        fuzzy: (term: string) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 0.2 : false),
        prefix: (term: string) => term.length >= 5,
        combineWith: 'OR',
        processTerm,
      },
    };
    if (savedIndex) {
      this.index = MiniSearch.loadJS<IndexedEntry>(savedIndex, options);
    } else {
      this.index = new MiniSearch<IndexedEntry>(options);
      this.index.addAll(
        entries.map((e) => ({
          key: `${e.kind}:${e.id}`,
          kind: e.kind,
          entryId: e.id,
          names: e.names.join(FIELD_SEPARATOR),
          examples: e.examples.join(FIELD_SEPARATOR),
          keywords: e.keywords.join(FIELD_SEPARATOR),
        })),
      );
    }
    // A name that is also an everyday word ("pa" = para, "ma" = mom, "ha" = has) never names an
    // entry by itself; written in capitals in a mixed-case message ("what is MA") it still does.
    this.namePhrases = entries.flatMap((e) =>
      e.names
        .map(normalize)
        .filter((n) => n.length >= 2 && !stopwords.has(n))
        .map((n) => ({ key: `${e.kind}:${e.id}`, kind: e.kind, id: e.id, name: n, phrase: new RegExp(`(^| )${escapeRegExp(n)}($| )`) })),
    );
    this.capitalNames = entries.flatMap((e) => {
      const fullName = e.names.map(normalize).find((n) => n.length >= 2 && !stopwords.has(n));
      return fullName
        ? e.names
            .filter((n) => /^[A-Z]{2,}$/.test(n) && stopwords.has(normalize(n)))
            .map((n) => ({
              capitals: new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\b(?:in|near|from|around|en|desde) )${n}(?![\\p{L}\\p{N}])`, 'gu'),
              fullName,
            }))
        : [];
    });
  }

  /** "what is MA" reads as "what is marijuana anonymous"; "my ma drinks" and "MY MA DRINKS" stay as they are. */
  private withCapitalNames(text: string): string {
    if (this.capitalNames.length === 0 || !/\p{Ll}/u.test(text)) return text;
    return this.capitalNames.reduce((t, c) => t.replace(c.capitals, c.fullName), text);
  }

  /** The index as plain data, for `new TextLookup(entries, stopwords, savedIndex)`. */
  savedIndex(): SavedLookupIndex {
    return this.index.toJSON();
  }

  /** Entries that match the text, best first. Common questions come back often: answers are kept. */
  search(text: string): LookupHit[] {
    const normalized = withoutPossessives(normalize(this.withCapitalNames(text)));
    const known = this.recent.get(normalized);
    if (known) return known;
    const hits = this.searchNormalized(normalized);
    this.recent.set(normalized, hits);
    return hits;
  }

  private searchNormalized(normalized: string): LookupHit[] {
    const meaningful = words(normalized).filter((w) => !this.stopwords.has(w));
    if (meaningful.length === 0) return [];
    // How much of the text each entry's longest matching name covers.
    const namedShare = new Map<string, number>();
    for (const n of this.namePhrases) {
      if (!normalized.includes(n.name)) continue;
      const match = n.phrase.exec(normalized);
      if (!match) continue;
      // Share of the characters, or of the meaningful words: "what is AA" / "qué es AA" is all name.
      const nameWords = words(match[0]).filter((w) => !this.stopwords.has(w)).length;
      const share = Math.max(match[0].trim().length / normalized.length, nameWords / meaningful.length);
      namedShare.set(n.key, Math.max(namedShare.get(n.key) ?? 0, share));
    }
    const hits = this.index.search(meaningful.join(' ')).map((r: SearchResult) => ({
      kind: r.kind as 'group' | 'topic',
      id: String(r.entryId),
      score: r.score,
      coverage: Math.min(1, r.queryTerms.length / meaningful.length),
      named: namedShare.has(String(r.id)),
      share: namedShare.get(String(r.id)) ?? 0,
    }));
    // A message that is essentially a name ("Support for family and friends") means that entry.
    const exact = hits.reduce<(typeof hits)[number] | undefined>(
      (best, h) => (h.share >= 0.6 && h.share > (best?.share ?? 0) ? h : best),
      undefined,
    );
    const ordered = exact ? [exact, ...hits.filter((h) => h !== exact)] : hits;
    return ordered.map(({ share: _share, ...hit }) => hit);
  }

  /** Groups named in the text, in the order they appear ("compare SMART and AA" -> smart, aa). */
  groupsNamed(text: string): string[] {
    return [...new Set(this.groupMentions(text).mentions.map((m) => m.id))];
  }

  /**
   * The text normalized with every group name replaced by `placeholder` ("is lifering free" ->
   * "is zzgroup free"), and the groups in the order they appear: what the intent model reads.
   */
  markGroups(text: string, placeholder: string): { marked: string; groups: GroupMention[] } {
    const { normalized, mentions } = this.groupMentions(text);
    let marked = normalized;
    // A group named again ("alcoholics anonymous (aa)") is one group: its later names are dropped,
    // or the model would read two groups, as in a comparison.
    const first = new Map<string, GroupMention>();
    for (const m of mentions) if (!first.has(m.id)) first.set(m.id, m);
    for (const m of [...mentions].reverse())
      marked = `${marked.slice(0, m.at)} ${first.get(m.id) === m ? placeholder : ''} ${marked.slice(m.at + m.length)}`;
    return { marked: marked.replace(/\s+/g, ' ').trim(), groups: mentions };
  }

  private groupMentions(text: string): { normalized: string; mentions: GroupMention[] } {
    const normalized = withoutPossessives(normalize(this.withCapitalNames(text)));
    const found: GroupMention[] = [];
    for (const n of this.namePhrases) {
      if (n.kind !== 'group' || !normalized.includes(n.name)) continue;
      const match = n.phrase.exec(normalized);
      if (!match) continue;
      // The phrase may start with the space before the name: the mention is the name itself.
      const at = match.index + (match[0].startsWith(' ') ? 1 : 0);
      if (isStateCode(normalized, at, n.name)) continue;
      found.push({ id: n.id, at, length: n.name.length, name: n.name });
    }
    // Longest name wins where two overlap ("secular aa" over "aa").
    found.sort((a, b) => a.at - b.at || b.length - a.length);
    const mentions: GroupMention[] = [];
    let end = -1;
    for (const f of found) {
      if (f.at < end) continue;
      mentions.push(f);
      end = f.at + f.length;
    }
    return { normalized, mentions };
  }

  /** The best group for a short piece of text such as "smrt recovry", tolerating typos. */
  bestGroup(text: string): string | undefined {
    const named = this.groupsNamed(text);
    if (named.length === 1) return named[0];
    const hit = this.search(text).find((h) => h.kind === 'group');
    return hit && hit.coverage >= 0.5 ? hit.id : undefined;
  }
}

const STATE_CODES = new Set(
  'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc'.split(
    ' ',
  ),
);
/**
 * "I live in CA", "meetings near San Diego, CA", "desde CA": a state after a place word (and up to
 * three words of a city), not Cocaine or Marijuana Anonymous.
 */
const PLACE_BEFORE = /\b(in|near|from|around|en|cerca de|desde)( [a-z]+){0,3},? $/;

function isStateCode(normalized: string, at: number, name: string): boolean {
  return STATE_CODES.has(name) && PLACE_BEFORE.test(normalized.slice(Math.max(0, at - 40), at));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "LifeRing's principles" names LifeRing: names are matched without the possessive 's. */
function withoutPossessives(normalized: string): string {
  return normalized.replace(/([a-z0-9])'s\b/g, '$1');
}
