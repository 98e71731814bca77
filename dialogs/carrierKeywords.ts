// The words carriers treat as commands on text messaging (CTIA): a single STOP-like word opts the
// person out, a single HELP-like word asks what the service is. Twilio answers these itself
// before they reach the bot; other SMS paths deliver them, and the bot must answer the same way.
// Only the whole message counts: "I want to stop drinking" is a conversation.
import type { Locale } from '../content/schema';
import { text } from '../src/render/reply';
import type { Turn } from './turn';

export interface CarrierKeyword {
  kind: 'stop' | 'help';
  /** The language the word is in, when it says (PARAR, AYUDA). */
  locale?: Locale;
}

const KEYWORDS: Record<string, CarrierKeyword> = {
  STOP: { kind: 'stop' },
  STOPALL: { kind: 'stop' },
  END: { kind: 'stop' },
  QUIT: { kind: 'stop' },
  CANCEL: { kind: 'stop' },
  UNSUBSCRIBE: { kind: 'stop' },
  PARAR: { kind: 'stop', locale: 'es' },
  ALTO: { kind: 'stop', locale: 'es' },
  HELP: { kind: 'help' },
  AYUDA: { kind: 'help', locale: 'es' },
};

/** The keyword a whole message is, ignoring case, spaces and end punctuation ("Stop.", "ayuda!"). */
export function carrierKeyword(message: string): CarrierKeyword | undefined {
  const word = message
    .trim()
    .replace(/^[¡¿"'\s]+|[.!?"'\s]+$/g, '')
    .toUpperCase();
  return Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : undefined;
}

/** STOP: one line, and the conversation is forgotten. HELP: what this is, crisis help, how to stop. */
export function answerCarrierKeyword(turn: Turn, keyword: CarrierKeyword): void {
  if (keyword.locale) turn.switchLocale(keyword.locale);
  if (keyword.kind === 'stop') {
    turn.forget = true;
    turn.reply([text(turn.say('sms.optedOut'))], []);
    return;
  }
  turn.state.welcomed = true;
  // The message itself names the next steps (MENU, 988, STOP): a numbered list would double its cost.
  turn.reply([text(turn.say('sms.help'))], []);
}
