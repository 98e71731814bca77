// Plain-text forms of a reply, shared by the SMS renderer and the fallback for unknown channels.
import { phoneLineText, readPhoneLine } from './phoneLine';
import type { Choice, Comparison, GroupDetails, MeetingItem, ReplyPart } from './reply';

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
      return listLines(part.items, '-').join('\n');
    case 'links':
      return part.links.map((link) => `${link.label}: ${link.url}`).join('\n');
    case 'group':
      return groupAsText(part.group);
    case 'comparison':
      return comparisonAsText(part.comparison);
    case 'meetings':
      return part.meetings.map((m) => meetingAsLine(m)).join('\n');
  }
}

/**
 * A reply's parts as text blocks; a list of meetings is one block per meeting, so SMS can pack
 * them. A list of points longer than `limit` is cut between points, never inside one: a crisis
 * step ("give a second dose... stay until help arrives") must reach the person in one piece.
 */
export function partAsBlocks(part: ReplyPart, limit = Infinity): string[] {
  if (part.kind === 'meetings') return part.meetings.map((m) => meetingAsLine(m));
  if (part.kind !== 'points' || partAsText(part).length <= limit) return [partAsText(part)];
  const blocks: string[] = [];
  for (const line of part.items.map((item) => `- ${item}`)) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.length + 1 + line.length <= limit) blocks[blocks.length - 1] = `${last}\n${line}`;
    else blocks.push(line);
  }
  return blocks;
}

/** One meeting on one line: when, what, how far, where or how to join, what kind. */
export function meetingAsLine(m: MeetingItem, max = 300): string {
  const title = clip(m.fellowship ? `${m.fellowship} ${m.title}` : m.title, 60);
  const access = [m.where ? clip(m.where, 80) : '', m.join ? m.join.url : '', !m.join && m.phone ? readablePhone(m.phone) : '']
    .filter(Boolean)
    .join(' ');
  const fields = [m.when, title, m.distance ?? '', access, m.labels.join(', ')].filter(Boolean);
  return clip(fields.join(' - '), max);
}

function readablePhone(dial: string): string {
  const line = readPhoneLine(dial);
  return line ? phoneLineText(line) : dial;
}

function clip(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 3).trimEnd()}...`;
}

export function numberedChoices(choices: Choice[]): string {
  return choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n');
}

const NUMBERED = /^\s*(\d+)[.)]\s+/;

/**
 * A list as lines: items that carry their own numbers ("1. Building motivation", a program's
 * steps in order) stay a numbered list, never "- 1."; any other items get the bullet.
 */
export function listLines(items: string[], bullet: string): string[] {
  if (items.length && items.every((item) => NUMBERED.test(item)))
    return items.map((item) => item.replace(NUMBERED, (_m, n: string) => `${n}. `));
  return items.map((item) => `${bullet} ${item}`);
}
