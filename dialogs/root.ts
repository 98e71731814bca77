// The root of the conversation: routes each message to what the person asked for. Order:
// crisis first, then a tapped or typed choice, global commands, an answer to the question
// being asked, and finally free text (compare, a whole situation, a group or topic).
import { runAction } from './actions';
import { runCommand } from './commands';
import { showCrisisHelp } from './crisis';
import { answerFromText } from './finder';
import { understandFreeText } from './freeText';
import { followWrittenLanguage } from './language';
import { greetFirstMessage, menuChoices, showMenu, showWelcome } from './menu';
import type { Turn } from './turn';
import { text } from '../src/render/reply';
import { looksLikeMeetingSearch } from '../src/meetings/parseQuery';
import { detectCrisis, learnedCrisisCheck } from '../src/safety';
import { matchChoice } from '../src/understand/choices';
import { normalize } from '../src/understand/normalize';

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
  // The rules first (exact on what they were written for), then the learned check.
  const crisis = detectCrisis(input.text) ?? learnedCrisisCheck(turn.kit.crisisModel, input.text);
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

  const offered = pickedChoice(turn, typed, normalized);
  if (offered !== undefined && runAction(turn, turn.state.offered[offered].action)) return;

  const command = turn.kit.phrases.command(normalized);
  if (command) return runCommand(turn, command, firstContact);

  if (answerFromText(turn, typed)) return;

  understandFreeText(turn, typed, firstContact);
}

/**
 * The offered choice the message picks. A meeting search is meant as one: "find me a meeting"
 * shares a word with "How meetings work" on the menu, so against it only a whole label counts.
 */
function pickedChoice(turn: Turn, typed: string, normalized: string): number | undefined {
  if (!looksLikeMeetingSearch(typed)) return matchChoice(typed, turn.state.offered, turn.locale, turn.kit.phrases);
  const exact = turn.state.offered.findIndex((choice) => normalize(choice.label) === normalized);
  return exact >= 0 ? exact : undefined;
}
