// The ActivityHandler: loads the conversation's memory, lets the root dialog decide what to
// say, renders it for the channel in one activity where possible, and saves once per turn.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Locale } from '../content/schema';
import { handleMessage, welcome, type TurnInput } from '../dialogs/root';
import { reviveConversation, type ConversationData } from '../dialogs/state';
import { Turn, type DialogKit } from '../dialogs/turn';
import { readInput } from './channelInput';
import { renderReply } from './render';
import { mergeReplies } from './render/reply';
import type { SmsOptions } from './render/sms';
import { ConversationStore, type ConversationRef } from './state/conversationStore';

/** Held-back SMS messages kept for "more"; keeps the stored state small. */
const MAX_HELD_BACK = 8;

export interface BotOptions {
  /** Forget a conversation after this much inactivity. */
  stateTtlMs: number;
  now?: () => number;
}

export class NavigatorBot extends ActivityHandler {
  private readonly now: () => number;

  constructor(
    private readonly kit: DialogKit,
    private readonly store: ConversationStore,
    private readonly options: BotOptions,
  ) {
    super();
    this.now = options.now ?? Date.now;

    this.onMembersAdded(async (context, next) => {
      await this.runTurn(context, (turn) => {
        if (!turn.state.welcomed) welcome(turn);
      });
      await next();
    });

    this.onMessage(async (context, next) => {
      const input: TurnInput = readInput(context.activity);
      await this.runTurn(context, (turn) => handleMessage(turn, input));
      await next();
    });
  }

  private async runTurn(context: TurnContext, act: (turn: Turn) => void): Promise<void> {
    const ref = conversationRef(context);
    const state = reviveConversation(await this.store.load(ref), this.now(), this.options.stateTtlMs);
    const turn = new Turn(this.kit, state, localeOf(state, context.activity.locale));
    act(turn);

    const reply = mergeReplies(turn.replies);
    if (reply) {
      state.offered = reply.choices.map((c) => ({ label: c.label.slice(0, 200), action: c.action }));
      const rendering = renderReply(reply, context.activity.channelId, this.smsOptions(turn));
      state.more = rendering.heldBack.slice(0, MAX_HELD_BACK);
      await context.sendActivities(rendering.activities);
    }

    if (turn.forget) {
      await this.store.forget(ref);
      return;
    }
    if (!reply && !state.welcomed) return; // nothing happened worth remembering
    state.lastSeen = this.now();
    await this.store.save(ref, state satisfies ConversationData);
  }

  private smsOptions(turn: Turn): SmsOptions {
    return {
      moreHint: turn.say('moreHint'),
      replyHint: (count) => {
        if (count === 2) return turn.say('replyHint.two');
        if (count <= 4) {
          const list = Array.from({ length: count - 1 }, (_, i) => String(i + 1)).join(', ');
          return turn.say('replyHint.few', { list, last: count });
        }
        return turn.say('replyHint.many', { count });
      },
    };
  }
}

export function conversationRef(context: TurnContext): ConversationRef {
  const activity = context.activity;
  return {
    channelId: activity.channelId || 'unknown',
    conversationId: activity.conversation?.id || 'unknown',
    userId: activity.from?.id,
  };
}

/** The conversation's language once chosen, else the channel's locale. */
export function localeOf(state: ConversationData, activityLocale: string | undefined): Locale {
  if (state.locale) return state.locale;
  return activityLocale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
