// The root of the conversation: routes each message to what the person asked for. Order:
// crisis first, then a tapped or typed choice, global commands, an answer to the question
// being asked, and finally free text (compare, a whole situation, a group or topic).
import { MAX_COMPARED, askWhatToCompare, showComparison } from './compare';
import { showCrisisHelp } from './crisis';
import { answerFromText, answerQuestion, goBack, refine, repeatQuestion, showFitsFor, showResults, situationIn, startFinder } from './finder';
import { answerGroupFacets, showGroup, showGroupFind, showGroupList, showGroupMeeting, showLearnMenu, showMeetings, showTopic, showTopicList, topicChoices } from './learn';
import { greetFirstMessage, menuChoices, showHelp, showMenu, showWelcome } from './menu';
import { meetingSearchFromText, runMeetingAction } from './meetings';
import { followWrittenLanguage, switchLanguage } from './language';
import { freshConversation } from './state';
import type { Turn } from './turn';
import { detectCrisis } from '../src/safety';
import { text } from '../src/render/reply';
import { matchChoice } from '../src/understand/choices';
import type { LookupHit } from '../src/understand/lookup';
import { normalize, words } from '../src/understand/normalize';
import { facetsAsked } from '../src/understand/groupFacets';
import type { Command } from '../content/lexiconSchema';

/** What arrived: the words, and for a card tap the action it carries. */
export interface TurnInput {
  text: string;
  action?: string;
}

/** The person's first contact on a channel that sends a conversationUpdate (web, Teams). */
export function welcome(turn: Turn): void {
  showWelcome(turn);
}

export function handleMessage(turn: Turn, input: TurnInput): void {
  const crisis = detectCrisis(input.text);
  followWrittenLanguage(turn, input.text, crisis?.language);
  if (crisis) return showCrisisHelp(turn, crisis.kind, crisis.language === 'es' ? 'es' : turn.locale);

  const firstContact = !turn.state.welcomed;
  if (firstContact) greetFirstMessage(turn);

  if (input.action && runAction(turn, input.action)) return;

  const typed = input.text.trim();
  const normalized = normalize(typed);
  if (!normalized) {
    if (firstContact) return showMenu(turn);
    return turn.reply([text(turn.say('emptyMessage'))], turn.state.offered.length ? turn.state.offered : menuChoices(turn));
  }

  const offered = matchChoice(typed, turn.state.offered, turn.locale, turn.kit.phrases);
  if (offered !== undefined && runAction(turn, turn.state.offered[offered].action)) return;

  const command = turn.kit.phrases.command(normalized);
  if (command) return runCommand(turn, command, firstContact);

  if (answerFromText(turn, typed)) return;

  understandFreeText(turn, typed, firstContact);
}

function runCommand(turn: Turn, command: Command, firstContact: boolean): void {
  switch (command) {
    case 'find':
      return startFinder(turn);
    case 'menu':
      turn.state.finder = undefined;
      return firstContact ? showWelcomeAfterGreeting(turn) : showMenu(turn);
    case 'start-over':
      if (turn.state.finder) return startFinder(turn, {}, false);
      return showMenu(turn);
    case 'back':
      if (!goBack(turn)) showMenu(turn);
      return;
    case 'help':
      return showHelp(turn);
    case 'forget-me': {
      turn.forget = true;
      Object.assign(turn.state, freshConversation());
      turn.reply([text(turn.say('forgotten'))], menuChoices(turn));
      return;
    }
    case 'urgent-help':
      return showCrisisHelp(turn, 'general');
    case 'spanish':
      return switchLanguage(turn, 'es');
    case 'english':
      return switchLanguage(turn, 'en');
    case 'more':
      if (turn.state.more.length) return showHeldBack(turn);
      // "more" right after meeting results means more meetings.
      if (turn.state.offered.some((c) => c.action === 'meet:more') && runMeetingAction(turn, 'more')) return;
      if (turn.state.finder && !turn.state.finder.asking) return showResults(turn, true);
      return showMenu(turn);
  }
}

/** The details an earlier reply held back (SMS), with the same choices as before. */
function showHeldBack(turn: Turn): void {
  const [next, ...rest] = turn.state.more;
  turn.reply([text(next)], turn.state.offered);
  // Whatever is still held back stays available for another MORE.
  if (rest.length) turn.reply([], turn.state.offered, { details: rest.map((r) => text(r)) });
}

/** On SMS the greeting line was already sent; the menu follows with the privacy line. */
function showWelcomeAfterGreeting(turn: Turn): void {
  turn.replies.length = 0;
  showWelcome(turn);
}

/** Runs an action carried by a choice. False when the action is unknown or stale. */
export function runAction(turn: Turn, action: string): boolean {
  const [verb, arg = ''] = splitAction(action);
  const content = turn.kit.content.content;
  switch (verb) {
    case 'menu':
      turn.state.finder = undefined;
      showMenu(turn);
      return true;
    case 'learn':
      showLearnMenu(turn);
      return true;
    case 'find':
      startFinder(turn);
      return true;
    case 'family':
      startFinder(turn, { who: 'family' });
      return true;
    case 'meetings':
      showMeetings(turn);
      return true;
    case 'meet':
      return runMeetingAction(turn, arg);
    case 'compare':
      if (!arg) askWhatToCompare(turn);
      else showComparison(turn, arg.split(','));
      return true;
    case 'compare-with': {
      const group = content.groupsById.get(arg);
      if (!group) return false;
      askWhatToCompare(turn, group);
      return true;
    }
    case 'urgent':
      showCrisisHelp(turn, 'general');
      return true;
    case 'groups':
      showGroupList(turn, Number(arg) || 0);
      return true;
    case 'topics':
      showTopicList(turn, Number(arg) || 0);
      return true;
    case 'topic': {
      const topic = content.topicsById.get(arg);
      if (!topic) return false;
      showTopic(turn, topic);
      return true;
    }
    case 'group':
    case 'group-meeting':
    case 'group-find': {
      const group = content.groupsById.get(arg);
      if (!group) return false;
      if (verb === 'group') showGroup(turn, group);
      else if (verb === 'group-meeting') showGroupMeeting(turn, group);
      else showGroupFind(turn, group);
      return true;
    }
    case 'answer': {
      const [questionId, choiceId] = arg.split('=');
      if (!questionId || !choiceId) return false;
      answerQuestion(turn, questionId, choiceId);
      return true;
    }
    case 'back':
      if (!goBack(turn)) showMenu(turn);
      return true;
    case 'resume':
      if (!repeatQuestion(turn)) showMenu(turn);
      return true;
    case 'finder':
      if (arg === 'more') showResults(turn, true);
      else if (arg === 'refine') refine(turn);
      else startFinder(turn, {}, arg !== 'restart');
      return true;
    default:
      return false;
  }
}

function splitAction(action: string): [string, string?] {
  const at = action.indexOf(':');
  return at < 0 ? [action] : [action.slice(0, at), action.slice(at + 1)];
}

const COMPARE_WORDS = /\b(compare|comparison|vs|versus|difference|differences|different from|better|or|compar(a|ar|e|acion)|diferencias?|diferente|distint[oa]s?|mejor|o)\b/;

function understandFreeText(turn: Turn, typed: string, firstContact: boolean): void {
  // "find an AA meeting tonight near 94110", or the answer to "Where should I look?"
  if (meetingSearchFromText(turn, typed)) return;
  const normalized = normalize(typed);
  const lookup = turn.kit.lookup;
  const named = lookup.groupsNamed(typed);
  // The typo-tolerant search is the costliest step of a turn: run it at most once.
  let searched: LookupHit[] | undefined;
  const search = () => (searched ??= lookup.search(typed));

  // "compare SMART and AA", "lifering vs smart"
  if (COMPARE_WORDS.test(normalized)) {
    const ids = named.length >= 2 ? named : comparedBySegments(turn, normalized);
    if (ids.length >= 2) return showComparison(turn, ids.slice(0, MAX_COMPARED));
    if (/\b(compare|compar(a|ar|e))\b/.test(normalized)) return askWhatToCompare(turn, ids[0] ? turn.group(ids[0]) : undefined);
  }

  // "when was AA founded", "what happens at a Women for Sobriety meeting", "where can I find an NA meeting"
  if (named.length === 1 && !turn.kit.content.content.topicsById.has(bestTopicNamed(search()) ?? '')) {
    const group = turn.group(named[0])!;
    const facets = facetsAsked(normalized);
    if (facets.length) return answerGroupFacets(turn, group, facets);
  }

  // A whole situation in one sentence goes straight to recommendations.
  const situation = situationIn(turn, typed);
  // Without who it is for, "stop" or "cut back" is a question ("is it safe to stop drinking
  // suddenly?", "¿es seguro dejar el alcohol de golpe?"), not a situation to recommend groups for.
  const situationFacts = Object.keys(situation).filter((fact) => situation.who || fact !== 'goal').length;
  if ((situation.who || situation.substance) && situationFacts >= 2 && (named.length === 0 || situationFacts >= 3)) {
    return showFitsFor(turn, situation);
  }

  const hits = search();
  const best = hits[0];
  const resuming = Boolean(turn.state.finder?.asking);
  if (best && (best.named || best.coverage >= 0.5)) {
    const second = hits[1];
    const close = second && !best.named && second.score >= best.score * 0.95 && second.coverage >= best.coverage && words(normalized).length > 1;
    if (close) {
      turn.reply([text(turn.say('clarify'))], [entryChoice(turn, best), entryChoice(turn, second), turn.choice('backToMenu', 'menu')]);
    } else if (best.kind === 'topic') {
      showTopic(turn, turn.kit.content.content.topicsById.get(best.id)!);
    } else {
      showGroup(turn, turn.group(best.id)!);
    }
    if (resuming) repeatQuestion(turn);
    return;
  }

  if (resuming) {
    turn.reply([text(turn.say('fallback'))], []);
    repeatQuestion(turn);
    return;
  }
  if (firstContact) return showWelcomeAfterGreeting(turn);
  turn.reply([text(turn.say('fallback'))], [...menuChoices(turn).slice(0, 5), ...topicChoices(turn, ['mutual-support-groups'])]);
}

/** A topic the question names outright ("is AA religious" is a topic of its own). */
function bestTopicNamed(hits: readonly LookupHit[]): string | undefined {
  const best = hits[0];
  return best?.kind === 'topic' && best.coverage === 1 && best.score > 50 ? best.id : undefined;
}

function entryChoice(turn: Turn, hit: { kind: 'group' | 'topic'; id: string }) {
  if (hit.kind === 'group') return { label: turn.groupName(hit.id), action: `group:${hit.id}` };
  const topic = turn.kit.content.content.topicsById.get(hit.id);
  return { label: topic ? turn.pick(topic.title) : hit.id, action: `topic:${hit.id}` };
}

/** "smrt vs lifring": each side of the comparison looked up on its own, typos and all. */
function comparedBySegments(turn: Turn, normalized: string): string[] {
  const segments = normalized
    .replace(/\b(compare|comparison|between|the|difference|differences|what'?s|what is|is|how|does|do|differ|compar(a|ar|e|acion)|diferencias?|entre|cual|que|es|hay|la|el|las|los|en|groups?|grupos?|programs?|programas?)\b/g, ' ')
    .split(/\b(?:and|vs|versus|or|with|to|from|y|o|con|contra|de)\b|,/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = segments.map((s) => turn.kit.lookup.bestGroup(s)).filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}
