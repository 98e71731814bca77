// What sets each recommended group apart from the others shown with it, so a person can choose
// between them: its approach, who it is for, and the ways to meet that only it offers. Pure:
// plain facts of the groups in, plain facts out; dialogs put them into words.
import type { Format, Group, Localized } from '../../content/schema';
import type { RankedGroup } from './rank';

export type Distinction =
  /** Its program, when no other group shown follows the same one. */
  | { kind: 'approach'; name: Localized }
  /** Only for women, when the others are for everyone. */
  | { kind: 'women' }
  /** Ways to meet that none of the others shown offers. */
  | { kind: 'formats'; formats: Format[] };

/** What fits every group shown (said once) and, per group, what fits it alone and what sets it apart. */
export interface ResultContrast {
  shared: Localized[];
  perGroup: { reasons: Localized[]; apart: Distinction[] }[];
}

const sameText = (a: Localized, b: Localized) => a.en === b.en;

/** At most `max` distinctions a group, the approach first. */
export function distinctionsOf(group: Group, others: readonly Group[], max = 2): Distinction[] {
  const out: Distinction[] = [];
  if (!others.some((o) => sameText(o.model.name, group.model.name))) out.push({ kind: 'approach', name: group.model.name });
  if (group.gender === 'women' && others.some((o) => o.gender !== 'women')) out.push({ kind: 'women' });
  const only = group.formats.filter((f) => !others.some((o) => o.formats.includes(f)));
  if (only.length) out.push({ kind: 'formats', formats: only });
  return out.slice(0, max);
}

export function contrastResults(page: readonly RankedGroup[]): ResultContrast {
  // A reason every group shown has says nothing about which to choose: it is said once.
  const shared = page.length > 1 ? page[0].reasons.filter((reason) => page.every((r) => r.reasons.some((x) => sameText(x, reason)))) : [];
  return {
    shared,
    perGroup: page.map((r) => {
      const reasons = r.reasons.filter((reason) => !shared.some((s) => sameText(s, reason)));
      const apart = distinctionsOf(
        r.group,
        page.filter((o) => o !== r).map((o) => o.group),
        3,
      );
      // A group that fits for a reason of its own was asked for as women-only if it is one: no need to say it twice.
      return { reasons, apart: (reasons.length ? apart.filter((d) => d.kind !== 'women') : apart).slice(0, 2) };
    }),
  };
}
