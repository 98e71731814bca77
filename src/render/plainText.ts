// Plain-text forms of a reply, shared by the SMS renderer and the fallback for unknown channels.
import type { Choice, Comparison, GroupDetails, ReplyPart } from './reply';

export function groupAsText(group: GroupDetails): string {
  const lines = [group.subtitle ? `${group.title} (${group.subtitle})` : group.title, group.text];
  for (const fact of group.facts) lines.push(`${fact.label}: ${fact.value}`);
  for (const link of group.links) lines.push(`${link.label}: ${link.url}`);
  return lines.join('\n');
}

export function comparisonAsText(comparison: Comparison): string {
  // One block per group reads better on a phone than a table.
  const blocks = comparison.columns.map((column, i) =>
    [column, ...comparison.rows.map((row) => `- ${row.facet}: ${row.values[i]}`)].join('\n'),
  );
  return [comparison.title, ...blocks].join('\n\n');
}

export function partAsText(part: ReplyPart): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'points':
      return part.items.map((item) => `- ${item}`).join('\n');
    case 'links':
      return part.links.map((link) => `${link.label}: ${link.url}`).join('\n');
    case 'group':
      return groupAsText(part.group);
    case 'comparison':
      return comparisonAsText(part.comparison);
  }
}

export function numberedChoices(choices: Choice[]): string {
  return choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n');
}
