// Adaptive Cards (schema 1.5, the highest Teams renders) for group details, comparisons and
// choices. Card text is plain: Teams shows no markdown inside cards.
import { phoneLineText, readPhoneLine } from './phoneLine';
import { listLines } from './plainText';
import type { Choice, Comparison, GroupDetails, LinkItem, MeetingItem, Reply, ReplyPart } from './reply';

export const CARD_VERSION = '1.5';
const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams renders at most a handful of actions per set; longer menus are split into rows. */
const ACTIONS_PER_SET = 5;

type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
}

const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text, wrap: true, ...extra });

function linkActions(links: LinkItem[]): CardElement[] {
  return links.map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }));
}

function groupElements(group: GroupDetails): CardElement[] {
  const elements: CardElement[] = [textBlock(group.title, { size: 'Large', weight: 'Bolder' })];
  if (group.subtitle) elements.push(textBlock(group.subtitle, { isSubtle: true, spacing: 'None' }));
  if (group.text) elements.push(textBlock(group.text));
  elements.push(...group.facts.map(factElement));
  if (group.links.length) elements.push({ type: 'ActionSet', actions: linkActions(group.links) });
  return elements;
}

/**
 * One fact as a bold label above its value. A FactSet gives labels a narrow column that Web Chat
 * breaks mid-word ("Appro/ach", "Fun/daci/ón"), worst on a phone and in Spanish; stacked, a label
 * has the card's whole width.
 */
function factElement(fact: { label: string; value: string }): CardElement {
  return {
    type: 'Container',
    spacing: 'Small',
    items: [textBlock(fact.label, { weight: 'Bolder', size: 'Small' }), textBlock(fact.value, { spacing: 'None' })],
  };
}

function comparisonElements(comparison: Comparison): CardElement[] {
  const columns = comparison.columns.map((title, i) => ({
    type: 'Column',
    width: 'stretch',
    items: [
      textBlock(title, { weight: 'Bolder' }),
      ...comparison.rows.map((row) => textBlock(`${row.facet}: ${row.values[i]}`, { spacing: 'Small' })),
    ],
  }));
  return [textBlock(comparison.title, { size: 'Medium', weight: 'Bolder' }), { type: 'ColumnSet', columns }];
}

export function partElements(part: ReplyPart): CardElement[] {
  switch (part.kind) {
    case 'text':
      return part.text.split(/\n{2,}/).map((paragraph) => textBlock(paragraph));
    case 'points':
      return [textBlock(listLines(part.items, '-').join('\n'))];
    case 'links':
      return [
        ...(part.asked ? [textBlock(part.links.map((link) => `${link.label}: ${link.url}`).join('\n'))] : []),
        { type: 'ActionSet', actions: linkActions(part.links) },
      ];
    case 'group':
      return groupElements(part.group);
    case 'comparison':
      return comparisonElements(part.comparison);
    case 'meetings':
      return part.meetings.map(meetingContainer);
  }
}

/** One meeting in a results card: name, when and how far, where, its types, and the join link. */
function meetingContainer(m: MeetingItem, index: number): CardElement {
  const items: CardElement[] = [
    textBlock(m.fellowship ? `${m.title} (${m.fellowship})` : m.title, { weight: 'Bolder' }),
    textBlock([m.when, m.distance].filter(Boolean).join(' \u00B7 '), { spacing: 'None' }),
  ];
  if (m.where) items.push(textBlock(m.where, { isSubtle: true, spacing: 'None' }));
  if (m.labels.length) items.push(textBlock(m.labels.join(', '), { isSubtle: true, size: 'Small', spacing: 'None' }));
  const phone = m.phone ? readPhoneLine(m.phone) : undefined;
  if (phone) items.push(textBlock(`\u260E ${phoneLineText(phone)}`, { size: 'Small', spacing: 'None' }));
  else if (m.phone) items.push(textBlock(m.phone, { size: 'Small', spacing: 'None' }));
  // Tap to call: the phone dials the number, waits, then enters the meeting id.
  const actions = [
    ...(m.join ? linkActions([m.join]) : []),
    ...(phone ? [{ type: 'Action.OpenUrl', title: `\u260E ${phone.number}`, url: phone.href }] : []),
  ];
  if (actions.length) items.push({ type: 'ActionSet', actions });
  return { type: 'Container', separator: index > 0, spacing: index > 0 ? 'Medium' : 'Default', items };
}

/**
 * A choice as Action.Submit with object data (Teams drops string data): Teams, Web Chat and the
 * Agents Playground post it as a message whose `value` is the data, `action` saying exactly what
 * was picked and `text` its words. No `msteams` key: the Playground's card renderer writes into
 * the frozen card when it finds one ("Cannot add property msTeams, object is not extensible") and
 * sends nothing, and the plain form is one Teams documents too.
 */
export function submitAction(choice: Choice): CardElement {
  return { type: 'Action.Submit', title: choice.label, data: { action: choice.action, text: choice.label } };
}

export function choiceSets(choices: Choice[]): CardElement[] {
  const sets: CardElement[] = [];
  for (let i = 0; i < choices.length; i += ACTIONS_PER_SET) {
    sets.push({ type: 'ActionSet', actions: choices.slice(i, i + ACTIONS_PER_SET).map(submitAction) });
  }
  return sets;
}

export function card(body: CardElement[]): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: CARD_SCHEMA, version: CARD_VERSION, body };
}

/** The whole reply as one card: text, details, then the choices. */
export function replyCard(reply: Reply): AdaptiveCard {
  const body = reply.parts.flatMap(partElements);
  if (reply.prompt) body.push(textBlock(reply.prompt, { weight: 'Bolder' }));
  body.push(...choiceSets(reply.choices));
  return card(body);
}

/**
 * The plain-text version (a referral summary to paste to a client) behind a "show" button: one
 * section per blank-line block, a line per line, in the card's ordinary font so links are links.
 */
export function copyTextToggle(copyText: string): CardElement {
  const [title, ...sections] = copyText.split(/\n{2,}/);
  const body = sections.map((section, i) => ({
    type: 'Container',
    separator: i > 0,
    spacing: i > 0 ? 'Medium' : 'None',
    items: section.split('\n').map((line, j) => textBlock(line, { spacing: j ? 'None' : 'Default' })),
  }));
  return {
    type: 'ActionSet',
    actions: [{ type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', version: CARD_VERSION, body } }],
  };
}
