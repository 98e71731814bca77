// Where the facts come from. An encyclopedia page is a fine place to start reading, but a fact
// a person may act on needs the group's own pages or a second source, and a group's website
// must be the group's, not an article about it. Problems read like the loader's:
// `content/data/groups/hams.yaml: sources: ...`.
import path from 'node:path';
import type { Content } from './types';
import { displayPath } from './load';
import { type Locale, LOCALES } from './schema';

/** Hosts of encyclopedia and wiki mirror pages. */
const ENCYCLOPEDIA_HOSTS = ['wikipedia.org', 'wikimili.com', 'wikisum.wiki'];

/** True for an encyclopedia article or a wiki page (drugs-forum.com/wiki/...). */
export function isEncyclopedia(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return ENCYCLOPEDIA_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) || /^\/wiki\//.test(parsed.pathname);
}

/** One line per group or topic whose website or sources lean only on an encyclopedia. */
export function sourceProblems(content: Content, dataDir: string): string[] {
  const problems: string[] = [];
  const check = (file: string, sources: readonly string[]) => {
    if (sources.length > 0 && sources.every(isEncyclopedia)) {
      problems.push(`${file}: sources: every source is an encyclopedia page; add the group's own page or a second source`);
    }
  };
  for (const group of content.groups) {
    const file = displayPath(path.join(dataDir, 'groups', `${group.id}.yaml`));
    if (isEncyclopedia(group.website)) {
      problems.push(`${file}: website: ${group.website} is an encyclopedia page, not the group's website`);
    }
    check(file, group.sources);
  }
  for (const topic of content.topics) check(displayPath(path.join(dataDir, 'topics', `${topic.id}.yaml`)), topic.sources);
  problems.push(...statusCaveatProblems(content, dataDir));
  return problems;
}

/** How a topic body says a group's activity is uncertain, per locale. */
const CAVEAT: Readonly<Record<Locale, RegExp>> = { en: /\bunclear\b/i, es: /\bno est[aá] claro\b/i };

/**
 * A group whose activity is uncertain (its `status` says so) keeps that caveat wherever a topic
 * body names it: a person reading a list of options should not be sent to meetings that may be
 * gone.
 */
export function statusCaveatProblems(content: Content, dataDir: string): string[] {
  const problems: string[] = [];
  const uncertain = content.groups.filter((g) => g.status && /\bactivity\b[^.]*\bunclear\b/i.test(g.status.en));
  for (const topic of content.topics) {
    const file = displayPath(path.join(dataDir, 'topics', `${topic.id}.yaml`));
    for (const group of uncertain) {
      const named = new RegExp(`\\b${group.shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
      for (const locale of LOCALES) {
        const body = topic.body[locale];
        if (body && named.test(body) && !CAVEAT[locale].test(body)) {
          problems.push(
            `${file}: body.${locale}: names ${group.shortName} without saying its current activity is unclear (see its status)`,
          );
        }
      }
    }
  }
  return problems;
}
