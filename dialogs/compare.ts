// Two to four groups side by side on the same facets. Describes, never ranks.
import type { Group } from '../content/schema';
import { lowerFirst } from '../content/text';
import { text, type Comparison } from '../src/render/reply';
import { formatList } from './learn';
import type { Turn } from './turn';

export const MAX_COMPARED = 4;

export function comparison(turn: Turn, groups: readonly Group[]): Comparison {
  const row = (facet: Parameters<Turn['say']>[0], value: (g: Group) => string) => ({ facet: turn.say(facet), values: groups.map(value) });
  return {
    title: turn.say('compareTitle'),
    columns: groups.map((g) => turn.pick(g.name)),
    rows: [
      row('facet.for', (g) => turn.say(`value.audience.${g.audience}`)),
      // Whose use of what: AA is about drinking, NA about any drug, Al-Anon about someone's drinking.
      row('facet.substances', (g) => g.substances.map((s) => turn.say(`value.substance.${s}`)).join(', ')),
      row('facet.model', (g) => `${turn.say(g.model.twelveStep ? 'value.twelveStep' : 'value.notTwelveStep')}: ${turn.pick(g.model.name)}`),
      row('facet.spiritual', (g) => turn.say(`value.spiritual.${g.spiritual}`)),
      row('facet.sponsors', (g) => turn.say(`value.sponsors.${g.sponsors}`)),
      row('facet.gender', (g) => turn.say(`value.gender.${g.gender}`)),
      row('facet.formats', (g) => formatList(turn, g)),
      row('facet.goal', (g) => turn.say(`value.goal.${g.goal}`)),
    ],
  };
}

export function showComparison(turn: Turn, ids: readonly string[]): void {
  const groups = [...new Set(ids)]
    .map((id) => turn.group(id))
    .filter((g): g is Group => Boolean(g))
    .slice(0, MAX_COMPARED);
  if (groups.length < 2) return askWhatToCompare(turn, groups[0]);
  const table = comparison(turn, groups);
  turn.reply(
    [{ kind: 'comparison', comparison: table }],
    [
      ...groups.map((g) => turn.choice('finderDetails', { type: 'group', group: g.id }, { name: g.shortName })),
      turn.choice('menu.find', 'find'),
      turn.choice('backToMenu', 'menu'),
    ],
    { brief: [text(differences(turn, groups, table))] },
  );
}

/**
 * Where room is short (SMS): only the facets on which the groups differ, one line each, by short
 * name; what they share is named in one line. The whole table follows on MORE.
 */
function differences(turn: Turn, groups: readonly Group[], table: Comparison): string {
  const differ = table.rows.filter((row) => new Set(row.values).size > 1);
  const same = table.rows.filter((row) => new Set(row.values).size === 1);
  const names = groups.map((g) => g.shortName);
  const lines = [turn.say('compareDiffer', { names: `${names.slice(0, -1).join(', ')} ${turn.say('and')} ${names[names.length - 1]}` })];
  for (const row of differ)
    lines.push(`- ${row.facet}: ${row.values.map((value, i) => `${groups[i].shortName} ${inShort(value)}`).join('; ')}`);
  if (same.length) lines.push(turn.say('compareSame', { facets: same.map((row) => lowerFirst(row.facet)).join(', ') }));
  return lines.join('\n');
}

/** A value without its explanation: "Spiritual (a higher power...)" is "spiritual", "12-step: Twelve Steps..." is "12-step". */
const inShort = (value: string) =>
  lowerFirst(
    value
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/:.*$/, '')
      .trim(),
  );

/** Asks for the other group(s): the groups people usually compare this one with come first. */
export function askWhatToCompare(turn: Turn, first?: Group): void {
  if (!first) {
    const common = turn.kit.content.menus.compare.common;
    turn.reply(
      [text(turn.say('comparePick'))],
      [
        ...common.filter((id) => turn.group(id)).map((id) => turn.labelled(turn.groupName(id), { type: 'compare-with', group: id })),
        turn.choice('backToMenu', 'menu'),
      ],
    );
    return;
  }
  const suggestions = [...first.related, ...turn.kit.content.menus.compare.alsoSuggest]
    .filter((id, i, all) => id !== first.id && all.indexOf(id) === i && turn.group(id))
    .slice(0, 5);
  turn.reply(
    [text(turn.say('compareWhich', { name: turn.pick(first.name) }))],
    [
      ...suggestions.map((id) => turn.labelled(turn.groupName(id), { type: 'compare', groups: [first.id, id] })),
      turn.choice('backToMenu', 'menu'),
    ],
  );
}
