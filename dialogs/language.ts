// The conversation's language: Spanish when the person writes Spanish (SMS sends no locale),
// and ESPAÑOL / ENGLISH at any point, keeping the person's place.
import type { Locale } from '../content/schema';
import { text } from '../src/render/reply';
import { guessLanguage } from '../src/understand/language';
import { normalize } from '../src/understand/normalize';
import { repeatQuestion } from './finder';
import { showMenu } from './menu';
import type { Turn } from './turn';

/**
 * Switches to Spanish when the message is clearly Spanish and no language was chosen yet in
 * this conversation. Only ever towards Spanish: English is the default, and a short English
 * word inside Spanish text ("SMART Recovery") must not flip the conversation back.
 */
export function followWrittenLanguage(turn: Turn, typed: string, crisisLanguage?: Locale): void {
  if (turn.state.locale || turn.locale === 'es') return;
  const byWords = guessLanguage(typed);
  const spanish =
    crisisLanguage === 'es' ||
    byWords === 'es' ||
    turn.kit.phrases.isSpanishPhrase(normalize(typed)) ||
    // Undecided by the word lists: the language whose training examples hold more of its words.
    (byWords === undefined && turn.kit.understanding.languageByExamples(typed) === 'es');
  if (spanish) turn.switchLocale('es');
}

/** ESPAÑOL / ENGLISH: says so in the new language, then the same question again, or the menu. */
export function switchLanguage(turn: Turn, locale: Locale): void {
  turn.switchLocale(locale);
  turn.reply([text(turn.say('languageSwitched'))], []);
  if (!repeatQuestion(turn)) showMenu(turn);
}
