// A few turns worked out in idle time after start-up, on throw-away conversations, so that the
// first person to search for a meeting does not pay for the first run of each step: the crisis
// detector's expressions compiled, the search and the reply code run once and optimized, time
// zone formatters built. Nothing is stored, sent, logged or counted: the turns run on fresh state
// with no telemetry, and their replies are rendered and dropped.
import type { SmsOptions } from '../../render/sms';
import { handleMessage } from '../../../dialogs/root';
import { freshConversation } from '../../../dialogs/state';
import { Turn, type DialogKit } from '../../../dialogs/turn';
import type { Locale } from '../../../content/schema';
import { renderReply } from '../../render';
import { mergeReplies } from '../../render/reply';

/** Meeting searches as people write them, by ZIP, city and online, with and without a time. */
export const REHEARSED: Record<Locale, string[]> = {
  en: [
    'find an AA meeting tonight near 10001',
    'NA meetings in Denver, CO tomorrow',
    'online AA meetings on Saturday morning',
    'meetings near 60614 after 7pm',
    'any online meeting now',
  ],
  es: ['reunión de AA en español cerca de 78207', 'busco una reunión en línea esta noche'],
};

const CHANNELS = ['webchat', 'sms', 'msteams'];
const SMS: SmsOptions = { choicesLead: '', moreHint: '', moreNext: '', choicesAbove: '' };

/**
 * The first round runs each step for the first time; the next ones let the engine optimize what
 * runs on every search (a round costs a few milliseconds once the first is done).
 */
const ROUNDS = 3;

/** Works out each rehearsed message as a first message, rendered for each channel; returns how many were read as meeting searches. */
export function rehearseTurns(kit: DialogKit, locales: readonly Locale[], now = Date.now(), rounds = ROUNDS): number {
  let searches = 0;
  for (let round = 0; round < rounds; round++) {
    for (const locale of locales) {
      for (const text of REHEARSED[locale]) searches += rehearse(kit, locale, text, now) ? 1 : 0;
    }
  }
  return searches;
}

/** One message in a new conversation; true when it was read as a meeting search. */
function rehearse(kit: DialogKit, locale: Locale, text: string, now: number): boolean {
  const turn = new Turn(kit, freshConversation(), locale, now);
  handleMessage(turn, { text });
  const reply = mergeReplies(turn.replies);
  if (reply) for (const channel of CHANNELS) renderReply(reply, channel, SMS);
  return Boolean(turn.state.meetings);
}
