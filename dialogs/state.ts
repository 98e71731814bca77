// What a conversation remembers between turns: only what the next turn needs. Validated on
// read, so a corrupt or outdated record is replaced instead of breaking the conversation.
import { z } from 'zod';
import { LocaleSchema } from '../content/schema';
import { MeetingSearchStateSchema } from './meetingsState';

export const STATE_VERSION = 1;

const ChoiceSchema = z.object({ label: z.string().max(200), action: z.string().max(200) });

export const FinderStateSchema = z.object({
  answers: z.record(z.string().max(40), z.string().max(40)),
  /** Question ids in the order the person answered them, for "back". */
  history: z.array(z.string().max(40)).max(30),
  /** The question waiting for an answer, if any. */
  asking: z.string().max(40).optional(),
  /** Questions allowed beyond the usual few, after "answer a few more questions". */
  extra: z.number().int().min(0).max(20).default(0),
  /** How many results have been shown (for "show more"). */
  shown: z.number().int().min(0).max(100).default(0),
});

export const ConversationDataSchema = z.object({
  v: z.literal(STATE_VERSION),
  locale: LocaleSchema.optional(),
  /** The welcome was given (SMS has no conversationUpdate, so the first message gets it). */
  welcomed: z.boolean().default(false),
  /** The choices last offered, so "2" or "the second one" can be resolved. */
  offered: z.array(ChoiceSchema).max(20).default([]),
  finder: FinderStateSchema.optional(),
  /** The last meeting search, and its pending question (dialogs/meetings.ts). */
  meetings: MeetingSearchStateSchema.optional(),
  /** Details an SMS reply held back, sent when the person replies MORE. */
  more: z.array(z.string().max(1600)).max(16).default([]),
  /** Unix milliseconds of the last turn, for expiry after inactivity. */
  lastSeen: z.number().int().default(0),
});

export type ConversationData = z.infer<typeof ConversationDataSchema>;
export type FinderState = z.infer<typeof FinderStateSchema>;

export function freshConversation(): ConversationData {
  return { v: STATE_VERSION, welcomed: false, offered: [], more: [], lastSeen: 0 };
}

/** The stored record if it is valid and recent; otherwise a fresh conversation. */
export function reviveConversation(stored: unknown, now: number, ttlMs: number): ConversationData {
  // A new conversation has no record: no need to have zod explain why nothing is not a record.
  if (stored === undefined || stored === null) return freshConversation();
  const parsed = ConversationDataSchema.safeParse(stored);
  if (!parsed.success) return freshConversation();
  if (parsed.data.lastSeen && now - parsed.data.lastSeen > ttlMs) return freshConversation();
  return parsed.data;
}
