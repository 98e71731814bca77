// Answers composed from what the trained model read (src/understand/nlu): the intent and the
// entities, not the single best lookup hit. "is LifeRing free" is group.cost of LifeRing: the
// cost first; "compare AA, SMART, LifeRing and WFS" compares the four; "where should someone
// like me go?" starts the finder, prefilled with what the message already says.
import type { Group } from '../content/schema';
import { WHO } from '../content/finderSchema';
import type { Command } from '../content/lexiconSchema';
import { text, type Choice } from '../src/render/reply';
import { GROUP_FACETS, type GroupFacet } from '../src/understand/groupFacets';
import type { IntentScore } from '../src/understand/nlu/classifier';
import type { Reading } from '../src/understand/nlu/model';
import type { Action } from './action';
import { runCommand } from './commands';
import { MAX_COMPARED, showComparison } from './compare';
import { repeatQuestion, showFitsFor, showReferral, situationIn, startFinder } from './finder';
import { answerGroupFact, showTopic, topicChoices } from './learn';
import { findMeetingsFor } from './meetings';
import { menuChoices } from './menu';
import type { Turn } from './turn';

/**
 * When the model's reading is acted on: the top intent holds at least CONFIDENT of the evidence
 * and the message is at least STRONG like that intent's examples (a share alone is high even for
 * words the model never saw). Chosen on the cross-validation split of the content's utterances
 * (`npm run eval` prints the figures): from 0.6 the model is right about nine times in ten on
 * group facts, comparisons, referrals, meeting searches and small talk, and on whether someone
 * asks to be matched with a group. A fact asked of a group named word for word needs 0.5: the
 * name anchors it (right four times in five there), and so does a referral summary of one group.
 */
export const CONFIDENT = 0.6;
export const CONFIDENT_WITH_GROUP = 0.5;
export const STRONG = 0.5;
/** Readings at least this strong are offered as choices when nothing else understood the message. */
export const WORTH_ASKING = 0.5;
/**
 * A reading that clearly leads (at least LEADING of the evidence) is worth asking about from
 * LEADING_WORTH_ASKING: on the cross-validation split, when the top reading holds half the
 * evidence and its likeness is 0.4 to 0.5, it is right only about two times in three (too few to
 * answer with), but the right reading is among the three likeliest 83% of the time in English
 * and 71% in Spanish.
 */
export const LEADING = 0.5;
export const LEADING_WORTH_ASKING = 0.4;
/**
 * Asking to be matched is among the likely readings (the three likeliest) from this share: the
 * clarifying question then offers the finder first, or starts it when it is the only reading a
 * tap could act on, so a match request does not end in "not understood". Everyday chatter the
 * model has never seen ("that workout killed me") can reach a share of about a third: below 0.4.
 */
export const FIND_WORTH_ASKING = 0.4;

/**
 * When the model's reading is acted on, in the order of dialogs/freeText.ts. Topics, commands and
 * out-of-scope are not acted on alone: on the dev split the model is right about them only one
 * time in two (topics overlap; commands are few words), so the lexicon and the typo-tolerant
 * lookup decide them, and the model's readings become the clarifying question's choices.
 *   named: needs what the message names (a group fact, a comparison, a referral), or is
 *     unmistakable (a meeting search, small talk); before anything else.
 *   find: asking to be matched; after a whole situation told in one message.
 *   negated: a topic read from a message with a negated word ("anything besides the 12 steps",
 *     "no religion please"), before the lookup, which reads words and not their negation.
 *   outOfScope: only when the lookup found nothing either.
 */
export type Stage = 'named' | 'find' | 'negated' | 'outOfScope';

function stageOf(intent: string, reading: Reading): Stage | undefined {
  if (intent.startsWith('topic.') && reading.negated) return 'negated';
  if (intent === 'out_of_scope') return 'outOfScope';
  if (intent.startsWith('find.')) return 'find';
  if (
    intent.startsWith('group.') ||
    intent === 'compare' ||
    intent === 'referral' ||
    intent === 'meeting.search' ||
    intent.startsWith('smalltalk.')
  )
    return 'named';
  return undefined;
}

/** group.<fact> intents and the fact of the group they ask for. */
const FACT_OF: Record<string, GroupFacet> = {
  'group.about': 'about',
  'group.cost': 'cost',
  'group.formats': 'formats',
  'group.founded': 'founded',
  'group.phone': 'phone',
  'group.website': 'website',
  'group.meetings': 'meeting',
  'group.find': 'find',
  'group.audience': 'audience',
  'group.spirituality': 'spiritual',
  'group.sponsors': 'sponsors',
  'group.size': 'size',
  'group.books': 'books',
  'group.medication': 'medication',
  'group.goal': 'goal',
  'group.principles': 'principles',
};

/** The fact of a group a `group.<fact>` intent asks for; undefined for other intents. */
export function factOfIntent(intent: string | undefined): GroupFacet | undefined {
  return intent ? FACT_OF[intent] : undefined;
}

const COMMAND_OF: Record<string, Command> = {
  'command.menu': 'menu',
  'command.back': 'back',
  'command.help': 'help',
  'command.start-over': 'start-over',
  'command.forget-me': 'forget-me',
  'command.urgent-help': 'urgent-help',
  'command.more': 'more',
};

/** Who the finder's first question would be answered with, by the kind of request. */
const WHO_OF: Record<string, string> = { 'find.self': 'self', 'find.other': 'family', 'find.client': 'staff' };

/** The model's reading of a message, in the conversation's language. */
export function readingOf(turn: Turn, typed: string): Reading {
  return turn.stage('understand', () => turn.kit.understanding.read(typed, turn.locale));
}

/** The likeliest readings and their scores, for telemetry: intent ids, never the words. */
export function candidatesOfReading(reading: Reading) {
  return reading.intents.slice(0, 3).map((i) => ({ intent: i.intent, score: i.score }));
}

/**
 * Acts on a confident reading whose intent belongs to `stage`. False otherwise, or when the
 * intent needs an entity the message does not give (a fact of no group): the caller goes on.
 */
export function answerByIntent(turn: Turn, typed: string, reading: Reading, firstContact: boolean, stage: Stage): boolean {
  const top = reading.intents[0];
  if (!top || stageOf(top.intent, reading) !== stage) return false;
  if (stage === 'find' ? !asksToBeMatched(reading) : !isConfident(top, reading.groups)) return false;
  const resuming = Boolean(turn.state.finder?.asking);
  const answered = act(turn, typed, top.intent, reading.groups, firstContact, resuming);
  if (answered) turn.record({ type: 'intent', intent: top.intent, confidence: top.score });
  // A question asked in the middle of the finder is answered, then the finder goes on.
  if (answered && resuming && stage !== 'find' && turn.state.finder?.asking) repeatQuestion(turn);
  return answered;
}

export function isConfident(top: IntentScore, groups: readonly string[]): boolean {
  // A referral summary is a fact sheet of the one group named, anchored by the name the same way.
  const ofOneGroup = top.intent.startsWith('group.') || top.intent === 'referral';
  const threshold = ofOneGroup && groups.length === 1 ? CONFIDENT_WITH_GROUP : CONFIDENT;
  return top.score >= threshold && top.strength >= STRONG;
}

/**
 * Asking to be matched, for oneself, someone else or a client: the three find intents together
 * hold CONFIDENT of the evidence and the message is at least FIND_STRONG like their examples.
 * Which of the three matters less (the finder asks who the help is for), so on the dev split the
 * family is right far more often than any one of them, and a weaker likeness suffices. A request
 * in few words the model knows can hold all the evidence with a likeness of only 0.2 to 0.3: on
 * the cross-validation split, 0.2 instead of 0.3 catches three more match requests in a hundred in
 * each language (72% and 64% of them at this stage) and is right as often (91% in English, 93%
 * in Spanish).
 */
export const FIND_STRONG = 0.2;
/**
 * A find intent that is the top reading needs less of the evidence: on the cross-validation
 * split, "the top reading is find with at least 0.4, the three hold 0.45" catches 61% of match
 * requests in English and 52% in Spanish (51% and 43% with 0.6 alone) and is right about nine
 * times in ten (90%, 93%; the misses are mostly family, referral and medication questions, which
 * the finder also serves). Under 0.4 for the top one, a topic close behind is as likely ("soy
 * atea, hay algún grupo para mí" is answered with the groups that are not 12-step).
 */
export const FIND_LEADING = 0.45;
export const FIND_LEADING_TOP = 0.4;

/**
 * Asking to be matched is one of the two likeliest readings, a close second at least: "can u
 * help me pick one" (help or find), "what group would fit my son" (family support or find). The
 * word lookup would answer one word of it ("help", "son"); a clarifying question offers the
 * finder first instead. Not when a group is named: that is a question about the group.
 */
export const FIND_CLOSE = { share: 0.4, strength: 0.25 };

export function mayAskToBeMatched(reading: Reading): boolean {
  if (reading.groups.length > 0) return false;
  const [top, second] = reading.intents;
  // Behind a topic, the lookup decides: "I get shaky when I don't drink, what should I do".
  const candidates = top?.intent.startsWith('topic.') ? [top] : [top, second];
  return candidates.some((i) => i?.intent.startsWith('find.') && i.score >= FIND_CLOSE.share && i.strength >= FIND_CLOSE.strength);
}

export function asksToBeMatched(reading: Reading): boolean {
  const find = reading.intents.filter((i) => i.intent.startsWith('find.'));
  const share = find.reduce((sum, i) => sum + i.score, 0);
  const top = reading.intents[0];
  const leads = Boolean(top?.intent.startsWith('find.') && top.score >= FIND_LEADING_TOP);
  return (share >= CONFIDENT || (leads && share >= FIND_LEADING)) && Math.max(0, ...find.map((i) => i.strength)) >= FIND_STRONG;
}

/** "is lifring similar to smrt": a comparison is among the likely readings. */
export function mayCompare(reading: Reading): boolean {
  return reading.intents.slice(0, 3).some((i) => i.intent === 'compare' && i.strength >= WORTH_ASKING / 2);
}

/** The groups named, side by side (at most MAX_COMPARED). */
function compareGroups(turn: Turn, groups: readonly Group[]): true {
  showComparison(
    turn,
    groups.slice(0, MAX_COMPARED).map((g) => g.id),
  );
  return true;
}

function act(turn: Turn, typed: string, intent: string, groupIds: readonly string[], firstContact: boolean, resuming: boolean): boolean {
  const groups = groupIds.map((id) => turn.group(id)).filter((g): g is Group => Boolean(g));
  const [family] = intent.split('.');
  if (intent === 'compare') {
    // Fewer than two names read word for word: dialogs/freeText.ts looks up each side with typos.
    if (groups.length < 2) return false;
    return compareGroups(turn, groups);
  }
  if (family === 'group') {
    const facet = FACT_OF[intent];
    // Two groups and a fact: the fact side by side ("is AA or SMART free").
    if (groups.length >= 2) return compareGroups(turn, groups);
    // "what is SMART Recovery Family & Friends": the lookup knows every name and its typos.
    if (groups.length !== 1 || !facet || facet === 'about') return false;
    answerGroupFact(turn, groups[0], facet);
    return true;
  }
  if (intent === 'referral') {
    if (groups.length === 0) return false;
    // "a comparison of SMART and LifeRing for a client handout": both groups, side by side.
    if (groups.length >= 2) return compareGroups(turn, groups);
    showReferral(turn, groups[0]);
    return true;
  }
  if (family === 'find') {
    // Mid-finder, "I need a group" asks for what is already happening: the question again.
    if (resuming) return repeatQuestion(turn);
    return startFinderWith(turn, typed, intent);
  }
  if (intent === 'meeting.search') {
    if (!turn.kit.meetings) return false;
    findMeetingsFor(turn, groupIds.slice());
    return true;
  }
  if (family === 'topic') {
    const topic = turn.kit.content.content.topicsById.get(intent.slice('topic.'.length));
    if (!topic) return false;
    showTopic(turn, topic);
    return true;
  }
  if (family === 'command') {
    const command = COMMAND_OF[intent];
    if (!command) return false;
    runCommand(turn, command, firstContact);
    return true;
  }
  if (family === 'smalltalk') {
    const key = intent as 'smalltalk.greeting' | 'smalltalk.thanks' | 'smalltalk.goodbye' | 'smalltalk.bot';
    turn.reply([text(turn.say(key))], menuChoices(turn));
    return true;
  }
  if (intent === 'out_of_scope') {
    showOutOfScope(turn);
    return true;
  }
  return false;
}

/**
 * The finder for a request read as a match request by a looser test than answerByIntent's (the
 * caller has another reason to believe it: a medication named with "where can I go"), for whom
 * the likeliest find intent says.
 */
export function startFinderAsRead(turn: Turn, typed: string, reading: Reading, aside?: string): true {
  const find = reading.intents.find((i) => i.intent.startsWith('find.'));
  turn.record({ type: 'intent', intent: find?.intent ?? 'find.self', confidence: find?.score ?? 0 });
  return startFinderWith(turn, typed, find?.intent ?? '', aside);
}

/** The finder's questions about the kind of group wanted (no religion, women only, structure, online, no sponsor). */
const PREFERENCE_QUESTIONS = ['spiritual', 'women', 'structure', 'format', 'sponsor-steps'];

/** The answers say what kind of group is wanted: no religion, women only, structure, online, no sponsor. */
export function saysWhatKind(answers: Readonly<Record<string, string>>): boolean {
  return PREFERENCE_QUESTIONS.some((question) => answers[question] !== undefined);
}

/**
 * "I need a group, where do I start", "my husband drinks, is there a group for me": the finder,
 * with what the message already answers; a whole situation with enough facts goes straight to
 * the fitting groups, and so does a request that says what kind of group is wanted ("I'm an
 * atheist, which group is for me?"): those groups are the answer, with the offer to narrow down.
 */
function startFinderWith(turn: Turn, typed: string, intent: string, aside?: string): true {
  let situation = situationIn(turn, typed);
  // "Can you recommend a group" says nothing of whose use it is: read as the writer's own, a
  // parent or partner would get groups for the person with the problem. Only a message that says
  // something of the situation (a use, a medication, the kind of group wanted) is taken as the
  // writer's own; else ask. Who it is for, once known, lets the text answer the questions that
  // depend on it ("on methadone" for a client).
  const who = WHO_OF[intent];
  if (!situation.who && who && (intent !== 'find.self' || Object.keys(situation).length > 0)) situation = situationIn(turn, typed, { who });
  const facts = Object.keys(situation).length;
  if (((situation.substance || situation.relation) && facts >= 3) || (situation.who && saysWhatKind(situation)))
    showFitsFor(turn, situation, aside);
  else startFinder(turn, situation, true, aside);
  return true;
}

export function showOutOfScope(turn: Turn): void {
  turn.reply(
    [text(turn.say('outOfScope'))],
    [
      turn.choice('menu.find', 'find'),
      turn.choice('menu.learn', 'learn'),
      turn.choice('menu.family', 'family'),
      turn.choice('menu.urgent', 'urgent'),
    ],
  );
}

/**
 * Not sure: the two or three likeliest readings as choices, when some are likely enough and can
 * be acted on from a tap. False when none is. With `typed`, outside the finder, a request to be
 * matched that is the only reading worth asking about, or the likeliest reading, starts the finder
 * instead of asking.
 */
export function askWhichReading(turn: Turn, reading: Reading, typed?: string): boolean {
  // Readings a tap can act on.
  const readings = readingsWorthAsking(reading).filter((i) => choiceFor(turn, i, reading.groups));
  // Asking to be matched is the only one, or the likeliest of them: no question, the finder. A
  // person who asked to be matched and is asked "did you mean...?" has not been understood; one
  // who asked something else can still ask it (the finder answers questions typed mid-way).
  const top = reading.intents[0];
  const findLeads = Boolean(top?.intent.startsWith('find.') && readings.includes(top));
  const find = findLeads ? top : readings.find((r) => r.intent.startsWith('find.'));
  if (typed !== undefined && !turn.state.finder?.asking && find && (findLeads || findAnswersTheRest(turn, typed, readings))) {
    turn.record({ type: 'intent', intent: find.intent, confidence: find.score });
    return startFinderWith(turn, typed, find.intent);
  }
  const choices = readings
    .map((i) => choiceFor(turn, i, reading.groups))
    .filter((c): c is Choice => Boolean(c))
    .filter((c, i, all) => all.findIndex((o) => o.action === c.action) === i)
    .slice(0, 3);
  if (choices.length === 0) return false;
  turn.record({ type: 'clarify', candidates: candidatesOfReading(reading) });
  turn.reply([text(turn.say('clarify'))], [...choices, turn.choice('menu.urgent', 'urgent'), turn.choice('backToMenu', 'menu')]);
  return true;
}

/**
 * Asking to be matched is among the readings, and the finder answers the others too: they are
 * all find readings; or the message says what kind of group is wanted ("q grupo me recomiendas,
 * no quiero nada de religion": the groups of that kind answer the topic on alternatives as well);
 * or the others are topics written for staff, asked in a person's own voice ("what group should i
 * go to?" is not a question about making referrals).
 */
function findAnswersTheRest(turn: Turn, typed: string, readings: readonly IntentScore[]): boolean {
  const others = readings.filter((r) => !r.intent.startsWith('find.'));
  if (others.length === 0) return true;
  const situation = situationIn(turn, typed);
  if (saysWhatKind(situation)) return true;
  const topics = turn.kit.content.content.topicsById;
  return (
    situation.who !== WHO.staff &&
    others.every((r) => r.intent.startsWith('topic.') && topics.get(r.intent.slice('topic.'.length))?.forStaff)
  );
}

/**
 * The readings a clarifying question offers: any at least WORTH_ASKING like their examples, the
 * top one from LEADING_WORTH_ASKING when it clearly leads, and asking to be matched first
 * whenever it is among the three likeliest.
 */
export function readingsWorthAsking(reading: Reading): IntentScore[] {
  const likely = reading.intents.slice(0, 3);
  const find = likely.filter((i) => i.intent.startsWith('find.') && i.score >= FIND_WORTH_ASKING);
  // A reading as likely as asking to be matched is offered beside it, not left out.
  const rivals = find.length ? likely.filter((i) => i.score >= find[0].score) : [];
  const top = reading.intents[0];
  const leading = top && top.score >= LEADING && top.strength >= LEADING_WORTH_ASKING ? [top] : [];
  const strong = reading.intents.filter((i) => i.strength >= WORTH_ASKING);
  return [...find, ...rivals, ...leading, ...strong].filter((r, i, all) => all.indexOf(r) === i);
}

function choiceFor(turn: Turn, reading: IntentScore, groupIds: readonly string[]): Choice | undefined {
  const { intent } = reading;
  const group = groupIds[0] ? turn.group(groupIds[0]) : undefined;
  if (intent.startsWith('find.')) return turn.choice('menu.find', intent === 'find.other' ? 'family' : 'find');
  if (intent.startsWith('topic.')) return topicChoices(turn, [intent.slice('topic.'.length)])[0];
  if (intent === 'compare')
    return turn.choice('menu.compare', { type: 'compare', groups: groupIds.length >= 2 ? groupIds.slice(0, MAX_COMPARED) : [] });
  if (intent === 'meeting.search') return turn.choice('menu.meetings', 'meetings');
  if (intent.startsWith('group.') && group) {
    const facet = FACT_OF[intent];
    if (facet === 'find') return turn.choice('groupFind', { type: 'group-find', group: group.id });
    if (facet === 'meeting') return turn.choice('groupMeeting', { type: 'group-meeting', group: group.id });
    if (facet && GROUP_FACETS.includes(facet))
      return turn.choice('clarifyFact', { type: 'fact', group: group.id, facet }, { name: group.shortName, fact: factLabel(turn, facet) });
  }
  if (intent === 'referral' && group) return turn.choice('referralFor', { type: 'referral', group: group.id }, { name: group.shortName });
  return undefined;
}

function factLabel(turn: Turn, facet: GroupFacet): string {
  const keys: Partial<Record<GroupFacet, Parameters<Turn['say']>[0]>> = {
    founded: 'facet.founded',
    size: 'facet.size',
    formats: 'facet.formats',
    spiritual: 'facet.spiritual',
    principles: 'facet.model',
    sponsors: 'facet.sponsors',
    phone: 'facet.phone',
    website: 'facet.website',
    goal: 'facet.goal',
    cost: 'facet.cost',
    audience: 'facet.audience',
    books: 'facet.books',
    about: 'facet.model',
    medication: 'facet.model',
  };
  return turn.say(keys[facet] ?? 'facet.for');
}

/** The action of a clarifying choice: a fact of a group, or a referral summary. */
export function runUnderstoodAction(turn: Turn, action: Extract<Action, { type: 'fact' | 'referral' }>): boolean {
  const group = turn.group(action.group);
  if (!group) return false;
  if (action.type === 'referral') {
    showReferral(turn, group);
    return true;
  }
  if (!GROUP_FACETS.includes(action.facet as GroupFacet)) return false;
  answerGroupFact(turn, group, action.facet as GroupFacet);
  return true;
}
