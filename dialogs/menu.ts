// The main menu and the welcome. The menu is always one word away ("menu").
import { text, type Choice } from '../src/render/reply';
import type { Turn } from './turn';

export function menuChoices(turn: Turn): Choice[] {
  return [
    turn.choice('menu.learn', 'learn'),
    turn.choice('menu.find', 'find'),
    turn.choice('menu.family', 'family'),
    turn.choice('menu.meetings', 'meetings'),
    turn.choice('menu.compare', { type: 'compare', groups: [] }),
    turn.choice('menu.urgent', 'urgent'),
  ];
}

export function showMenu(turn: Turn): void {
  turn.reply([], menuChoices(turn), { prompt: turn.say('menuPrompt') });
}

/** The full welcome: what the bot does, that it is anonymous, and the menu. */
export function showWelcome(turn: Turn): void {
  turn.state.welcomed = true;
  turn.reply([text(turn.say('welcome')), text(turn.say('privacy'))], menuChoices(turn), {
    prompt: turn.say('menuPrompt'),
    brief: [text(turn.say('welcomeBrief'))],
  });
}

/**
 * The first message of a conversation without a welcome (SMS): a one-line greeting, then the
 * message is answered as usual rather than replaced by a menu.
 */
export function greetFirstMessage(turn: Turn): void {
  turn.state.welcomed = true;
  turn.reply([text(turn.say('firstSmsGreeting'))], []);
}

export function showHelp(turn: Turn): void {
  turn.reply([text(turn.say('help'))], menuChoices(turn));
}
