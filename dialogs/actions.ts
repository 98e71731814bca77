// The actions a choice carries (./action.ts), run the same way whether the person tapped, typed
// the number or typed the words.
import { WHO } from '../content/finderSchema';
import { decodeAction, type Action } from './action';
import { askWhatToCompare, showComparison } from './compare';
import { showCrisisHelp } from './crisis';
import { answerQuestion, goBack, refine, repeatQuestion, showResultOptions, showResults, startFinder } from './finder';
import { showGroup, showGroupFind, showGroupList, showGroupMeeting, showLearnMenu, showMeetings, showTopic, showTopicList } from './learn';
import { runMeetingAction } from './meetings';
import { showMenu } from './menu';
import type { Turn } from './turn';
import { runUnderstoodAction } from './understood';

/** Runs the action a choice carries (its wire form, see ./action.ts). False when it is unknown or stale. */
export function runAction(turn: Turn, wire: string): boolean {
  const action = decodeAction(wire);
  return action ? run(turn, action) : false;
}

function run(turn: Turn, action: Action): boolean {
  const content = turn.kit.content.content;
  switch (action.type) {
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
      return runMeetingAction(turn, action);
    case 'compare':
      if (action.groups.length === 0) askWhatToCompare(turn);
      else showComparison(turn, action.groups);
      return true;
    case 'compare-with': {
      const group = content.groupsById.get(action.group);
      if (!group) return false;
      askWhatToCompare(turn, group);
      return true;
    }
    case 'urgent':
      showCrisisHelp(turn, 'general');
      return true;
    case 'groups':
      showGroupList(turn, action.page);
      return true;
    case 'topics':
      showTopicList(turn, action.page);
      return true;
    case 'topic': {
      const topic = content.topicsById.get(action.topic);
      if (!topic) return false;
      showTopic(turn, topic);
      return true;
    }
    case 'group':
    case 'group-meeting':
    case 'group-find': {
      const group = content.groupsById.get(action.group);
      if (!group) return false;
      if (action.type === 'group') showGroup(turn, group);
      else if (action.type === 'group-meeting') showGroupMeeting(turn, group);
      else showGroupFind(turn, group);
      return true;
    }
    case 'answer':
      answerQuestion(turn, action.question, action.choice);
      return true;
    case 'back':
      if (!goBack(turn)) showMenu(turn);
      return true;
    case 'resume':
      if (!repeatQuestion(turn)) showMenu(turn);
      return true;
    case 'finder':
      if (action.step === 'more') showResults(turn, true);
      else if (action.step === 'options') showResultOptions(turn);
      else if (action.step === 'refine') refine(turn);
      else startFinder(turn, {}, action.step !== 'restart');
      return true;
    case 'fact':
    case 'referral':
      return runUnderstoodAction(turn, action);
  }
}
