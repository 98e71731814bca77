// Answers about a topic or a group, each with the next natural steps.
import { lowerFirst } from '../content/text';
import type { Group, Topic } from '../content/schema';
import { text, type Choice, type Fact, type GroupDetails, type LinkItem, type ReplyPart } from '../src/render/reply';
import type { GroupFacet } from '../src/understand/groupFacets';
import { hasMeetingList } from './meetings';
import type { Turn } from './turn';

export function showLearnMenu(turn: Turn): void {
  const menu = turn.kit.content.menus.learn;
  const intro = turn.kit.content.content.topicsById.get(menu.intro);
  const parts: ReplyPart[] = intro ? topicParts(turn, intro) : [];
  turn.reply(
    parts,
    [
      ...topicChoices(turn, menu.topics),
      turn.choice('allTopics', { type: 'topics', page: 0 }),
      turn.choice('allGroups', { type: 'groups', page: 0 }),
      turn.choice('backToMenu', 'menu'),
    ],
    {
      prompt: turn.say('learnPrompt'),
    },
  );
}

export function topicChoices(turn: Turn, ids: readonly string[]): Choice[] {
  return ids
    .map((id) => turn.kit.content.content.topicsById.get(id))
    .filter((t): t is Topic => Boolean(t))
    .map((t) => turn.labelled(turn.pick(t.title), { type: 'topic', topic: t.id }));
}

function topicParts(turn: Turn, topic: Topic): ReplyPart[] {
  const parts: ReplyPart[] = [text(`${turn.pick(topic.title)}\n${turn.pick(topic.body)}`)];
  if (topic.points.length) parts.push({ kind: 'points', items: topic.points.map((p) => turn.pick(p)) });
  if (topic.links.length)
    parts.push({ kind: 'links', links: topic.links.map((l) => ({ label: turn.pick(l.label), url: turn.url(l.url, l.urlEs) })) });
  return parts;
}

export function showTopic(turn: Turn, topic: Topic): void {
  const next: Choice[] = [
    ...topic.relatedGroups.slice(0, 3).map((id) => turn.labelled(turn.groupName(id), { type: 'group', group: id })),
    ...topicChoices(turn, topic.relatedTopics.slice(0, 2)),
    turn.choice('menu.find', 'find'),
    turn.choice('backToMenu', 'menu'),
  ];
  turn.reply(topicParts(turn, topic), next);
}

export function groupChoices(turn: Turn, group: Group): Choice[] {
  return [
    turn.choice('groupMeeting', { type: 'group-meeting', group: group.id }),
    turn.choice('groupFind', { type: 'group-find', group: group.id }),
    turn.choice('groupCompare', { type: 'compare-with', group: group.id }),
    turn.choice('backToMenu', 'menu'),
  ];
}

export function groupDetails(turn: Turn, group: Group): GroupDetails {
  const facts: Fact[] = [
    { label: turn.say('facet.for'), value: turn.say(`value.audience.${group.audience}`) },
    {
      label: turn.say('facet.model'),
      value: `${turn.say(group.model.twelveStep ? 'value.twelveStep' : 'value.notTwelveStep')}: ${turn.pick(group.model.name)}`,
    },
    { label: turn.say('facet.spiritual'), value: turn.pick(group.spiritualNote) },
    { label: turn.say('facet.goal'), value: turn.say(`value.goal.${group.goal}`) },
    { label: turn.say('facet.formats'), value: formatList(turn, group) },
    { label: turn.say('facet.founded'), value: String(group.founded.year) },
  ];
  if (group.size) facts.push({ label: turn.say('facet.size'), value: turn.pick(group.size.text) });
  if (group.phone) facts.push({ label: turn.say('facet.phone'), value: phoneText(turn, group.phone) });
  if (group.status) facts.push({ label: turn.say('facet.status'), value: turn.pick(group.status) });
  return {
    title: turn.pick(group.name),
    subtitle: group.shortName,
    text: turn.pick(group.about),
    facts,
    links: groupLinks(turn, group),
  };
}

/** A group's phone line as every reply shows it: "1-800-811-4142 (LifeRing Service Center)". */
export function phoneText(turn: Turn, phone: NonNullable<Group['phone']>): string {
  return `${phone.number} (${turn.pick(phone.label)})`;
}

export function groupLinks(turn: Turn, group: Group): LinkItem[] {
  const links: LinkItem[] = [{ label: turn.say('facet.website'), url: turn.url(group.website, group.websiteEs) }];
  if (group.meetingFinder && group.meetingFinder !== group.website)
    links.push({ label: turn.say('facet.finder'), url: group.meetingFinder });
  return links;
}

export function formatList(turn: Turn, group: Group): string {
  return group.formats.map((f) => turn.say(`value.format.${f}`)).join(', ');
}

export function showGroup(turn: Turn, group: Group): void {
  const principles = group.model.principles.map((p) => turn.pick(p));
  const details: ReplyPart[] = principles.length ? [{ kind: 'points', items: principles }] : [];
  details.push({ kind: 'group', group: groupDetails(turn, group) });
  turn.reply([text(turn.pick(group.summary))], groupChoices(turn, group), { details });
}

export function showGroupMeeting(turn: Turn, group: Group): void {
  turn.reply(
    [text(`${turn.say('groupMeetingIntro', { name: turn.pick(group.name) })} ${turn.pick(group.meeting)}`)],
    [
      turn.choice('groupFind', { type: 'group-find', group: group.id }),
      turn.choice('finderFirstMeeting', { type: 'topic', topic: turn.kit.content.menus.firstMeetingTopic }),
      turn.choice('groupCompare', { type: 'compare-with', group: group.id }),
      turn.choice('backToMenu', 'menu'),
    ],
  );
}

export function showGroupFind(turn: Turn, group: Group): void {
  const parts: ReplyPart[] = [text(`${turn.say('groupFindIntro', { name: turn.pick(group.name) })} ${formatList(turn, group)}.`)];
  parts.push({ kind: 'links', links: groupLinks(turn, group) });
  if (group.phone) parts.push(text(`${turn.say('facet.phone')}: ${phoneText(turn, group.phone)}`));
  parts.push(text(turn.say('groupFindGeneric')));
  turn.reply(parts, [
    ...(hasMeetingList(turn, group.id) ? [turn.choice('meetings.findNear', { type: 'meet', step: 'for', groups: [group.id] })] : []),
    turn.choice('groupMeeting', { type: 'group-meeting', group: group.id }),
    turn.choice('finderFirstMeeting', { type: 'topic', topic: turn.kit.content.menus.firstMeetingTopic }),
    turn.choice('backToMenu', 'menu'),
  ]);
}

/** All groups, a page at a time (long lists are hard to read on a phone). */
export function showGroupList(turn: Turn, page = 0, pageSize = 8): void {
  const groups = [...turn.kit.content.content.groups].sort((a, b) => turn.pick(a.name).localeCompare(turn.pick(b.name)));
  const slice = groups.slice(page * pageSize, (page + 1) * pageSize);
  const choices: Choice[] = slice.map((g) => turn.labelled(turn.pick(g.name), { type: 'group', group: g.id }));
  if ((page + 1) * pageSize < groups.length) choices.push(turn.choice('moreGroups', { type: 'groups', page: page + 1 }));
  choices.push(turn.choice('backToMenu', 'menu'));
  turn.reply([], choices, { prompt: turn.say('groupsPrompt') });
}

/** Every topic, a page at a time. */
export function showTopicList(turn: Turn, page = 0, pageSize = 8): void {
  const topics = turn.kit.content.content.topics;
  const slice = topics.slice(page * pageSize, (page + 1) * pageSize);
  const choices: Choice[] = slice.map((t) => turn.labelled(turn.pick(t.title), { type: 'topic', topic: t.id }));
  if ((page + 1) * pageSize < topics.length) choices.push(turn.choice('moreTopics', { type: 'topics', page: page + 1 }));
  choices.push(turn.choice('backToMenu', 'menu'));
  turn.reply([], choices, { prompt: turn.say('learnPrompt') });
}

/** "How meetings work": the meeting format, open vs closed, and the first meeting. */
export function showMeetings(turn: Turn): void {
  const menu = turn.kit.content.menus.meetings;
  const topic = turn.kit.content.content.topicsById.get(menu.intro);
  if (!topic) return showGroupList(turn);
  turn.reply(topicParts(turn, topic), [...topicChoices(turn, menu.topics), turn.choice('backToMenu', 'menu')]);
}

/** The facts a question asked for ("when was AA founded"), after the group's summary. */
export function answerGroupFacets(turn: Turn, group: Group, facets: readonly GroupFacet[]): void {
  if (facets.includes('find') && facets.length <= 2) return showGroupFind(turn, group);
  const parts: ReplyPart[] = [text(turn.pick(group.summary))];
  for (const facet of facets) parts.push(...facetParts(turn, group, facet));
  turn.reply(parts, groupChoices(turn, group), { details: [{ kind: 'group', group: groupDetails(turn, group) }] });
}

/** One fact asked of a named group ("is LifeRing free"): that fact first, then what the group is. */
export function answerGroupFact(turn: Turn, group: Group, facet: GroupFacet): void {
  if (facet === 'find') return showGroupFind(turn, group);
  if (facet === 'about') return showGroup(turn, group);
  const parts: ReplyPart[] = [...facetParts(turn, group, facet), text(turn.pick(group.summary))];
  turn.reply(parts, groupChoices(turn, group), { details: [{ kind: 'group', group: groupDetails(turn, group) }] });
}

/** Sentences of a group's description that speak of something ("no dues or fees"). */
function sentencesOn(turn: Turn, group: Group, words: RegExp): string[] {
  return turn
    .pick(group.about)
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => words.test(sentence));
}

// A "cost-benefit analysis" is a tool, not a price; "text chat" is a way to meet, not a book.
const COST_WORDS =
  /\b(free|dues|fees?|donations?|contributions?|cost(?![- ]benefit)|pay|gratis|gratuit[oa]s?|cuotas?|donativos?|donaciones?|aportaciones?|contribuciones?|pagar|costo)\b/i;
const BOOK_WORDS = /\b(books?|literature|text(?! chat)|workbooks?|handbook|guide|libros?|literatura|(?<!chat de )texto|manual|gu[ií]a)\b/i;
const COST_TOPIC = 'cost';
const SPONSOR_TOPIC = 'sponsor';

/** Who a group is for, and that it is for women only when it is ("Who it is for" of Women for Sobriety). */
export function whoFor(turn: Turn, group: Group): string {
  const audience = turn.say(`value.audience.${group.audience}`);
  return group.gender === 'women' ? `${audience} (${lowerFirst(turn.say('value.gender.women'))})` : audience;
}

/** What going costs: the group's own words on money, else what holds for mutual support groups in general. */
export function costOf(turn: Turn, group: Group): string {
  const said = sentencesOn(turn, group, COST_WORDS);
  if (said.length) return said.join(' ');
  const topic = turn.kit.content.content.topicsById.get(COST_TOPIC);
  return topic ? turn.pick(topic.body).split(/\n\s*\n/)[0] : turn.pick(group.about);
}

function costParts(turn: Turn, group: Group): ReplyPart[] {
  return [text(`${turn.say('facet.cost')}: ${costOf(turn, group)}`)];
}
function facetParts(turn: Turn, group: Group, facet: GroupFacet): ReplyPart[] {
  const line = (label: string, value: string): ReplyPart[] => [text(`${label}: ${value}`)];
  switch (facet) {
    case 'founded':
      return line(
        turn.say('facet.founded'),
        [String(group.founded.year), group.founded.note && turn.pick(group.founded.note)].filter(Boolean).join('. '),
      );
    case 'size':
      // No figure for this group: its description says how it stands ("is Heroin Anonymous big").
      return group.size ? line(turn.say('facet.size'), turn.pick(group.size.text)) : [text(turn.pick(group.about))];
    case 'formats':
      return [...line(turn.say('facet.formats'), formatList(turn, group)), { kind: 'links', links: groupLinks(turn, group) }];
    case 'spiritual':
      return [text(turn.pick(group.spiritualNote))];
    case 'principles':
      return [text(`${turn.pick(group.model.name)}:`), { kind: 'points', items: group.model.principles.map((p) => turn.pick(p)) }];
    case 'sponsors': {
      // "what's a sponsor in NA": what a sponsor is, where the group has them.
      const topic = group.sponsors === 'yes' ? turn.kit.content.content.topicsById.get(SPONSOR_TOPIC) : undefined;
      return [
        ...line(turn.say('facet.sponsors'), turn.say(`value.sponsors.${group.sponsors}`)),
        ...(topic ? [text(turn.pick(topic.body).split(/\n\s*\n/)[0])] : []),
      ];
    }
    case 'phone':
      return group.phone
        ? line(turn.say('facet.phone'), phoneText(turn, group.phone))
        : [{ kind: 'links', links: groupLinks(turn, group), asked: true }];
    case 'website':
      return [{ kind: 'links', links: groupLinks(turn, group), asked: true }];
    case 'goal':
      return line(turn.say('facet.goal'), turn.say(`value.goal.${group.goal}`));
    case 'medication':
      return group.medication ? [text(turn.pick(group.medication.note))] : [];
    case 'meeting':
      return [text(`${turn.say('groupMeetingIntro', { name: turn.pick(group.name) })} ${turn.pick(group.meeting)}`)];
    case 'about':
      return [text(turn.pick(group.about))];
    case 'find':
      return [{ kind: 'links', links: groupLinks(turn, group), asked: true }];
    case 'cost':
      return costParts(turn, group);
    case 'audience':
      return [text(`${turn.say('facet.audience')}: ${whoFor(turn, group)}.`)];
    case 'books': {
      const said = sentencesOn(turn, group, BOOK_WORDS);
      return said.length ? [text(`${turn.say('facet.books')}: ${said.join(' ')}`)] : [text(turn.pick(group.about))];
    }
  }
}
