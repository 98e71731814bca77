// SMS (Twilio through Azure Bot Service): plain text, numbered choices, short messages.
import { ActivityTypes, type Activity } from 'botbuilder';
import { toSmsText } from './gsm7';
import { numberedChoices, partAsBlocks, partAsText } from './plainText';
import type { Reply } from './reply';

/** Twilio recommends at most 320 characters a message; 1,600 is the hard limit. */
export const SMS_SOFT_LIMIT = 320;
export const SMS_HARD_LIMIT = 1600;

export interface SmsOptions {
  /** "Reply 1, 2 or 3" in the person's language. */
  replyHint: (count: number) => string;
  /** "Reply MORE for details" in the person's language. */
  moreHint: string;
}

export interface SmsRendering {
  activities: Partial<Activity>[];
  /** Details held back, as messages to send when the person replies MORE. */
  heldBack: string[];
}

export function renderForSms(reply: Reply, options: SmsOptions): SmsRendering {
  // A meeting list gives one block per meeting, so no meeting is split across two messages.
  const body = reply.parts.flatMap((part) => partAsBlocks(part, SMS_SOFT_LIMIT));
  if (reply.prompt) body.push(reply.prompt);
  const details = (reply.details ?? []).map(partAsText).map(toSmsText).filter(Boolean);
  if (details.length) body.push(options.moreHint);
  const choices = reply.choices.length ? `${numberedChoices(reply.choices)}\n${options.replyHint(reply.choices.length)}` : '';
  const messages = packMessages(body.map(toSmsText).filter(Boolean), toSmsText(choices));
  return {
    activities: messages.map((text) => ({ type: ActivityTypes.Message, text })),
    heldBack: packMessages(details, ''),
  };
}

/** Packs blocks into as few messages of at most SMS_SOFT_LIMIT characters as the content allows. */
export function packMessages(blocks: string[], choices: string): string[] {
  const pieces = blocks.flatMap((block) => splitLong(block, SMS_SOFT_LIMIT));
  if (choices) pieces.push(choices);
  const messages: string[] = [];
  for (const piece of pieces) {
    const last = messages[messages.length - 1];
    if (last !== undefined && last.length + 2 + piece.length <= SMS_SOFT_LIMIT) messages[messages.length - 1] = `${last}\n\n${piece}`;
    else messages.push(piece);
  }
  return messages.map((m) => (m.length > SMS_HARD_LIMIT ? m.slice(0, SMS_HARD_LIMIT) : m));
}

/** Splits text at sentence or line boundaries into pieces of at most `limit` characters. */
export function splitLong(value: string, limit: number): string[] {
  if (value.length <= limit) return [value];
  const sentences = value.match(/[^.!?\n]+(?:[.!?]+|\n|$)\s*/g) ?? [value];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if ((current + sentence).trim().length > limit && current) {
      pieces.push(current.trim());
      current = '';
    }
    if (sentence.length > limit) {
      for (let i = 0; i < sentence.length; i += limit) pieces.push(sentence.slice(i, i + limit).trim());
    } else current += sentence;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}
