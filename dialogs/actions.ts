// The actions a choice carries ("group:lifering", "answer:who=self", "compare:aa,smart"), run
// the same way whether the person tapped, typed the number or typed the words.
import { WHO } from '../content/finderSchema';
import { askWhatToCompare, showComparison } from './compare';
import { showCrisisHelp } from './crisis';
import { answerQuestion, goBack, refine, repeatQuestion, showResultOptions, showResults, startFinder } from './finder';
import { showGroup, showGroupFind, showGroupList, showGroupMeeting, showLearnMenu, showMeetings, showTopic, showTopicList } from './learn';
import { runMeetingAction } from './meetings';
import { showMenu } from './menu';
import type { Turn } from './turn';
import { runUnderstoodAction } from './understood';

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
      startFinder(turn, { [WHO.question]: WHO.family });
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
      else if (arg === 'options') showResultOptions(turn);
      else if (arg === 'refine') refine(turn);
      else startFinder(turn, {}, arg !== 'restart');
      return true;
    case 'fact':
    case 'referral':
      return runUnderstoodAction(turn, verb, arg);
    default:
      return false;
  }
}

function splitAction(action: string): [string, string?] {
  const at = action.indexOf(':');
  return at < 0 ? [action] : [action.slice(0, at), action.slice(at + 1)];
}
