// "Find a group that fits": a few short questions, then the best fits with the reasons they fit.
// The questions, choices and scoring are content (content/data/finder.yaml); the ranking is
// the pure engine in src/finder.
import { SITUATION_QUESTIONS, WHO, type FinderQuestion } from '../content/finderSchema';
import type { Group, Localized } from '../content/schema';
import { lowerFirst } from '../content/text';
import {
  answersInText,
  choiceInText,
  contrastResults,
  nextQuestion,
  rankGroups,
  SKIPPED,
  type Answers,
  type Distinction,
  type RankedGroup,
} from '../src/finder';
import { text, type Choice, type GroupDetails } from '../src/render/reply';
import { costOf, groupLinks, phoneText, whoFor } from './learn';
import { hasMeetingList } from './meetings';
import { normalize } from '../src/understand/normalize';
import type { FinderState } from './state';
import type { Turn } from './turn';

const PAGE = 3;

function finderOf(turn: Turn): FinderState {
  turn.state.finder ??= { answers: {}, history: [], shown: 0, extra: 0 };
  return turn.state.finder;
}

function question(turn: Turn, id: string | undefined): FinderQuestion | undefined {
  return turn.kit.content.finder.questions.find((q) => q.id === id);
}

/**
 * `aside`: a sentence about what the request said ("groups differ on medication"), in place of the
 * intro's tips on skipping and going back, so that an SMS still fits the question.
 */
export function startFinder(turn: Turn, preset: Answers = {}, intro = true, aside?: string): void {
  turn.state.finder = { answers: { ...preset }, history: Object.keys(preset), shown: 0, extra: 0 };
  turn.record({ type: 'finder', step: 'started' });
  if (intro) turn.reply([text(aside ? `${turn.say('finderIntroShort')} ${aside}` : turn.say('finderIntro'))], []);
  askNextOrShowResults(turn);
}

/**
 * A whole situation told in one sentence: the fitting groups at once, with the offer to
 * answer the questions that are still open to narrow them down.
 */
export function showFitsFor(turn: Turn, answers: Answers, aside?: string): void {
  // "been using heroin 3 yrs, want a 12 step group": told without saying who for, it is the
  // writer's own use unless a relative is named. Without it the ranking has no one to fit, and
  // family groups would come first.
  const told = { ...answers, who: answers.who ?? (answers.relation ? 'family' : 'self') };
  turn.state.finder = { answers: told, history: Object.keys(told), shown: 0, extra: 0 };
  turn.record({ type: 'finder', step: 'started' });
  showResults(turn);
  if (aside) turn.reply([text(aside)], []);
}

export function askNextOrShowResults(turn: Turn): void {
  const finder = finderOf(turn);
  const next = pendingQuestion(turn, finder);
  if (!next) {
    finder.asking = undefined;
    finder.shown = 0;
    return showResults(turn);
  }
  finder.asking = next.id;
  askQuestion(turn, next);
}

function pendingQuestion(turn: Turn, finder: FinderState, extra = finder.extra): FinderQuestion | undefined {
  const rules = turn.kit.content.finder;
  return nextQuestion(rules, turn.kit.content.content.groups, finder.answers, rules.maxQuestions + extra);
}

/** "Answer a few more questions" after the results. */
export function refine(turn: Turn): void {
  const finder = finderOf(turn);
  finder.extra += 3;
  askNextOrShowResults(turn);
}

/** The question again, e.g. after answering a question asked in the middle of the finder. */
export function repeatQuestion(turn: Turn): boolean {
  const asking = question(turn, turn.state.finder?.asking);
  if (!asking) return false;
  askQuestion(turn, asking);
  return true;
}

function askQuestion(turn: Turn, q: FinderQuestion): void {
  const finder = finderOf(turn);
  const staff = finder.answers[WHO.question] === WHO.staff;
  const choices: Choice[] = q.choices.map((c) => turn.labelled(turn.pick(c.label), { type: 'answer', question: q.id, choice: c.id }));
  choices.push(turn.choice('finderNotSure', { type: 'answer', question: q.id, choice: SKIPPED }));
  if (finder.history.length) choices.push(turn.choice('finderBack', 'back'));
  turn.reply([], choices, { prompt: turn.pick(staff && q.askStaff ? q.askStaff : q.ask) });
}

/** Records an answer from a tap or a number and moves on. */
export function answerQuestion(turn: Turn, questionId: string, choiceId: string): void {
  const finder = finderOf(turn);
  const q = question(turn, questionId);
  if (!q || (choiceId !== SKIPPED && !q.choices.some((c) => c.id === choiceId))) return askNextOrShowResults(turn);
  // An answer that changes who the help is for invalidates the answers that depended on it.
  if (questionId === WHO.question && finder.answers[WHO.question] && finder.answers[WHO.question] !== choiceId) {
    finder.answers = {};
    finder.history = [];
  }
  finder.answers[questionId] = choiceId;
  turn.record({ type: 'finder', step: 'answered', question: questionId });
  finder.history = [...finder.history.filter((h) => h !== questionId), questionId];
  askNextOrShowResults(turn);
}

/** Words typed as an answer to the question being asked ("my husband", "not religious"). */
export function answerFromText(turn: Turn, typed: string): boolean {
  const q = question(turn, turn.state.finder?.asking);
  if (!q) return false;
  const normalized = normalize(typed);
  if (turn.kit.phrases.isUnsure(normalized)) {
    answerQuestion(turn, q.id, SKIPPED);
    return true;
  }
  const choice = choiceInText(q, normalized, true);
  if (!choice) return false;
  // The same words may answer later questions too ("my teenage son drinks"): keep those.
  const extra = answersInText(turn.kit.content.finder, normalized);
  const finder = finderOf(turn);
  for (const [id, value] of Object.entries(extra)) if (finder.answers[id] === undefined && id !== q.id) finder.answers[id] = value;
  answerQuestion(turn, q.id, choice.id);
  return true;
}

/** "back": the last answer is taken back and its question asked again. */
export function goBack(turn: Turn): boolean {
  const finder = turn.state.finder;
  if (!finder || finder.history.length === 0) return false;
  const last = finder.history[finder.history.length - 1];
  finder.history = finder.history.slice(0, -1);
  delete finder.answers[last];
  const q = question(turn, last);
  if (!q || !q.askable) return goBack(turn);
  finder.asking = q.id;
  askQuestion(turn, q);
  return true;
}

export function ranked(turn: Turn): RankedGroup[] {
  return rankGroups(turn.kit.content.finder, turn.kit.content.content.groups, finderOf(turn).answers);
}

export function showResults(turn: Turn, more = false): void {
  const finder = finderOf(turn);
  const all = ranked(turn);
  const start = more ? finder.shown : 0;
  const page = all.slice(start, start + (more ? PAGE : turn.kit.content.finder.top));
  finder.shown = start + page.length;
  if (page.length === 0) {
    turn.reply(
      [text(more ? turn.say('finderNoMore') : turn.say('finderNone'))],
      [
        ...(finder.history.length ? [turn.choice('finderChange', 'back')] : []),
        turn.choice('allGroups', { type: 'groups', page: 0 }),
        turn.choice('finderStartOver', { type: 'finder', step: 'restart' }),
        turn.choice('backToMenu', 'menu'),
      ],
    );
    return;
  }
  if (!more) turn.record({ type: 'finder', step: 'completed' });
  turn.record({ type: 'recommended', groups: page.map((r) => r.group.id) });
  const who = finder.answers[WHO.question];
  const intro = turn.say(who === WHO.family ? 'finderResultsFamily' : who === WHO.staff ? 'finderResultsStaff' : 'finderResultsSelf');
  // Each line says what fits that group and what sets it apart; what fits them all is said once.
  const contrast = contrastResults(page);
  const lines = page.map((r, i) => `- ${turn.pick(r.group.name)}: ${contrastLine(turn, contrast.perGroup[i])}`);
  if (contrast.shared.length)
    lines.unshift(turn.say('finderAllFit', { reasons: contrast.shared.map((s) => lowerFirst(turn.pick(s))).join('; ') }));
  const { first, later } = resultChoices(turn, page, all.length);
  // The few next steps that matter most; the rest behind "More options".
  const choices = later.length ? [...first, turn.choice('finderMoreOptions', { type: 'finder', step: 'options' })] : first;
  const staff = who === WHO.staff;
  turn.reply([text(`${intro}\n${lines.join('\n')}`)], choices, {
    // Where room is short (SMS), the names in order first; why each fits follows on "more".
    brief: [text(`${intro}\n${page.map((r) => `- ${turn.pick(r.group.name)}`).join('\n')}`)],
    // Staff get a referral summary per group, and a plain-text version to copy to a client.
    details: staff ? page.map((r) => ({ kind: 'group' as const, group: referralCard(turn, r) })) : undefined,
    copyText: staff ? referralSummary(turn, page) : undefined,
  });
}

/** Most useful first: the top group, all of them side by side, a meeting; then the rest. */
function resultChoices(turn: Turn, page: RankedGroup[], total: number): { first: Choice[]; later: Choice[] } {
  const finder = finderOf(turn);
  const details = page.map((r) => turn.choice('finderDetails', { type: 'group', group: r.group.id }, { name: r.group.shortName }));
  const first: Choice[] = details.slice(0, 1);
  if (page.length >= 2) first.push(turn.choice('finderCompare', { type: 'compare', groups: page.map((r) => r.group.id) }));
  const listed = page.filter((r) => hasMeetingList(turn, r.group.id)).map((r) => r.group.id);
  if (listed.length) first.push(turn.choice('meetings.findOne', { type: 'meet', step: 'for', groups: listed }));
  const later: Choice[] = details.slice(1);
  if (total > finder.shown) later.push(turn.choice('finderShowMore', { type: 'finder', step: 'more' }));
  if (pendingQuestion(turn, finder, finder.extra + 3)) later.push(turn.choice('finderRefine', { type: 'finder', step: 'refine' }));
  else if (finder.history.length) later.push(turn.choice('finderChange', 'back'));
  later.push(turn.choice('finderStartOver', { type: 'finder', step: 'restart' }));
  // Four fit without a "More options" step.
  return first.length + later.length <= MAX_RESULT_CHOICES ? { first: [...first, ...later], later: [] } : { first, later };
}

const MAX_RESULT_CHOICES = 4;

/** "More options" after the results: every next step the results offered, the main ones too. */
export function showResultOptions(turn: Turn): void {
  const finder = finderOf(turn);
  const all = ranked(turn);
  const top = turn.kit.content.finder.top;
  // The page last shown: the first `top`, then pages of PAGE.
  const start = finder.shown > top ? finder.shown - ((finder.shown - top) % PAGE || PAGE) : 0;
  const page = all.slice(start, finder.shown);
  if (!page.length) return showResults(turn);
  const { first, later } = resultChoices(turn, page, all.length);
  turn.reply([], [...later, ...first, turn.choice('backToMenu', 'menu')], { prompt: turn.say('finderMoreOptionsPrompt') });
}

/** "A referral summary for SMART": the named group's card and a copyable summary, for staff. */
export function showReferral(turn: Turn, group: Group): void {
  const entry: RankedGroup = { group, score: 0, reasons: [] };
  const name = turn.pick(group.name);
  turn.reply(
    [text(turn.say('referralIntro', { name }))],
    [
      turn.choice('groupFind', { type: 'group-find', group: group.id }),
      turn.choice('groupCompare', { type: 'compare-with', group: group.id }),
      turn.choice('menu.find', 'find'),
      turn.choice('backToMenu', 'menu'),
    ],
    {
      details: [{ kind: 'group', group: referralCard(turn, entry) }],
      copyText: referralSummary(turn, [entry]),
    },
  );
}

/** "Focused on cocaine and crack; own approach: Twelve Steps and the Basic Text; also by phone." */
function contrastLine(turn: Turn, entry: { reasons: Localized[]; apart: Distinction[] }): string {
  const fits = entry.reasons.slice(0, 1).map((reason) => turn.pick(reason));
  const apart = entry.apart.map((d) => distinctionText(turn, d));
  const said = [...fits, ...apart];
  return said.length ? `${said.join('; ')}.` : `${turn.say('finderNoReason')}.`;
}

function distinctionText(turn: Turn, d: Distinction): string {
  switch (d.kind) {
    case 'approach':
      return turn.say('finderApart.approach', { name: turn.pick(d.name) });
    case 'women':
      return turn.say('finderApart.women');
    case 'formats':
      return turn.say('finderApart.formats', { formats: d.formats.map((f) => turn.say(`value.format.${f}`)).join(', ') });
  }
}

function reasonLine(turn: Turn, r: RankedGroup): string {
  const reasons = r.reasons.slice(0, 2).map((reason) => turn.pick(reason));
  return reasons.length ? `${reasons.join('; ')}.` : `${turn.say('finderNoReason')}.`;
}

/** What a counselor needs to hand a group to a client: what it is, why it fits, what to expect, how to reach it. */
function referralCard(turn: Turn, r: RankedGroup): GroupDetails {
  const g = r.group;
  // A group asked for by name has no reasons: who it is for and what it costs instead.
  const facts = r.reasons.length
    ? [{ label: turn.say('finderWhyPrefix'), value: reasonLine(turn, r) }]
    : [
        { label: turn.say('facet.audience'), value: whoFor(turn, g) },
        { label: turn.say('facet.cost'), value: costOf(turn, g) },
      ];
  facts.push({ label: turn.say('groupMeeting'), value: turn.pick(g.meeting) });
  if (g.phone) facts.push({ label: turn.say('facet.phone'), value: phoneText(turn, g.phone) });
  return { title: turn.pick(g.name), subtitle: g.shortName, text: turn.pick(g.summary), facts, links: groupLinks(turn, g) };
}

/** A plain-text summary a counselor can paste into a message to a client. */
function referralSummary(turn: Turn, page: RankedGroup[]): string {
  // The summary names the group, so each section starts with it, numbered, rather than the name twice.
  const blocks = page.map((r, i) => {
    const g = r.group;
    const lines = [`${i + 1}. ${turn.pick(g.summary)}`];
    if (!r.reasons.length) lines.push(`${turn.say('facet.audience')}: ${whoFor(turn, g)}`, `${turn.say('facet.cost')}: ${costOf(turn, g)}`);
    lines.push(`${turn.say('groupMeeting')}: ${turn.pick(g.meeting)}`, `${turn.say('facet.website')}: ${turn.url(g.website, g.websiteEs)}`);
    if (g.meetingFinder) lines.push(`${turn.say('facet.finder')}: ${g.meetingFinder}`);
    if (g.phone) lines.push(`${turn.say('facet.phone')}: ${phoneText(turn, g.phone)}`);
    return lines.join('\n');
  });
  return `${turn.say('finderShareCopy')}\n\n${blocks.join('\n\n')}`;
}

/** Answers in a whole sentence ("I'm a woman, I want to stop drinking, but I'm not religious"). */
export function situationIn(turn: Turn, typed: string, given?: Answers): Answers {
  return answersInText(turn.kit.content.finder, normalize(typed), given);
}

/** Whether a sentence says who the help is for or which substance: a situation needs one of them. */
export function saysWhoOrSubstance(turn: Turn, typed: string): boolean {
  const normalized = normalize(typed);
  return turn.kit.content.finder.questions.some(
    (q) => SITUATION_QUESTIONS.includes(q.id) && choiceInText(q, normalized, false) !== undefined,
  );
}
