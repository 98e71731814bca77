// Global commands that work at any point: menu, start over, back, help, forget me, urgent
// help, the language, and "more".
import { showCrisisHelp } from './crisis';
import { goBack, showResults, startFinder } from './finder';
import { switchLanguage } from './language';
import { encodeAction } from './action';
import { runMeetingAction } from './meetings';

const MEETINGS_MORE = encodeAction({ type: 'meet', step: 'more' });
import { menuChoices, showHelp, showMenu, showWelcome } from './menu';
import { freshConversation } from './state';
import type { Turn } from './turn';
import type { Command } from '../content/lexiconSchema';
import { text } from '../src/render/reply';

export function runCommand(turn: Turn, command: Command, firstContact: boolean): void {
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
      if (turn.state.offered.some((c) => c.action === MEETINGS_MORE) && runMeetingAction(turn, { type: 'meet', step: 'more' })) return;
      if (turn.state.finder && !turn.state.finder.asking) return showResults(turn, true);
      return showMenu(turn);
  }
}

/** The next page an earlier reply held back (SMS), with the same choices as before. */
function showHeldBack(turn: Turn): void {
  const [next, ...rest] = turn.state.more;
  // Whatever is still held back stays available for another MORE.
  turn.reply([text(next)], turn.state.offered, { details: rest.map((r) => text(r)), continued: true });
}

/** On SMS the greeting line was already sent; the menu follows with the privacy line. */
export function showWelcomeAfterGreeting(turn: Turn): void {
  turn.replies.length = 0;
  showWelcome(turn);
}
