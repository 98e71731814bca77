// The matching engine: answers in, groups ranked by fit with the reasons they fit. Pure and
// deterministic: the same answers always give the same list, ties broken by name.
import type { Group, Localized } from '../../content/schema';
import type { Condition, FacetMatch, Finder, FinderRule } from '../../content/finderSchema';

/** What the person said, by question id: `{ who: 'family', substance: 'alcohol' }`. "skip" means not sure. */
export type Answers = Record<string, string>;
export const SKIPPED = 'skip';

export interface RankedGroup {
  group: Group;
  score: number;
  reasons: Localized[];
}

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  return Object.entries(condition).every(([question, expected]) => {
    const given = answers[question];
    if (given === undefined) return false;
    const allowed = (Array.isArray(expected) ? expected : [expected]).map(String);
    return allowed.includes(given);
  });
}

function facetValues(group: Group, facet: string): unknown[] {
  switch (facet) {
    case 'twelveStep':
      return [group.model.twelveStep];
    case 'substances':
      return group.substances;
    case 'formats':
      return group.formats;
    case 'medication':
      return [group.medication?.stance];
    default:
      return [(group as Record<string, unknown>)[facet]];
  }
}

/** Whether a group has, for every facet named, one of the values given. */
export function groupMatches(group: Group, match: FacetMatch): boolean {
  return Object.entries(match).every(([facet, expected]) => {
    const wanted = Array.isArray(expected) ? expected : [expected];
    const values = facetValues(group, facet);
    return wanted.some((w) => values.includes(w));
  });
}

function ruleApplies(rule: FinderRule, answers: Answers): boolean {
  return conditionHolds(rule.when, answers) && !(rule.unless && conditionHolds(rule.unless, answers));
}

/** Groups that fit the answers, best fit first. Groups a hard rule leaves out are not returned. */
export function rankGroups(finder: Finder, groups: readonly Group[], answers: Answers): RankedGroup[] {
  const rules = finder.rules.filter((rule) => ruleApplies(rule, answers));
  const ranked: RankedGroup[] = [];
  for (const group of groups) {
    if (rules.some((r) => (r.require && !groupMatches(group, r.require)) || (r.exclude && groupMatches(group, r.exclude)))) continue;
    let score = 0;
    const reasons: Localized[] = [];
    for (const rule of rules) {
      if (!rule.match || rule.score === undefined || !groupMatches(group, rule.match)) continue;
      score += rule.score;
      if (rule.score > 0 && rule.reason) reasons.push(rule.reason);
    }
    ranked.push({ group, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || a.group.name.en.localeCompare(b.group.name.en));
}

/** The ids of the first `top` groups: what the person would be shown. */
export function topIds(finder: Finder, groups: readonly Group[], answers: Answers, top = finder.top): string[] {
  return rankGroups(finder, groups, answers)
    .slice(0, top)
    .map((r) => r.group.id);
}
