// The ActivityHandler: loads the conversation's memory, lets the root dialog decide what to
// say, renders it for the channel in one activity where possible, and saves once per turn.
import { ActivityHandler, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { answerCarrierKeyword, carrierKeyword } from '../../dialogs/carrierKeywords';
import { handleMessage, welcome, type TurnInput } from '../../dialogs/root';
import { reviveConversation, type ConversationData } from '../../dialogs/state';
import { Turn, type DialogKit } from '../../dialogs/turn';
import { clientTimeZone, readInput } from './channelInput';
import { renderReply } from '../render';
import { mergeReplies } from '../render/reply';
import type { SmsOptions } from '../render/sms';
import { retryOnWriteConflict } from './state/conflictRetry';
import { ConversationStore, type ConversationRef } from './state/conversationStore';
import { KeyedQueue } from './state/keyedQueue';
import { savedLocale, type UserPreferences } from './state/userPreferences';
import { noTelemetry, type Telemetry, type TurnTelemetry } from '../telemetry/telemetry';
import { localeFromTag } from '../understand/language';

/** Held-back SMS messages kept for "more"; keeps the stored state small. */
const MAX_HELD_BACK = 16;

export interface BotOptions {
  /** Forget a conversation after this much inactivity. */
  stateTtlMs: number;
  now?: () => number;
  /** Told when a save lost to another instance's and the turn is worked out again. */
  onWriteConflict?: (attempt: number) => void;
  /** Counts and timings per turn (src/telemetry); off by default. */
  telemetry?: Telemetry;
}

/** The turn was worked out and saved, but its replies could not be delivered. */
export class ReplyFailedError extends Error {
  override readonly name = 'ReplyFailedError';
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : 'reply failed');
  }
}

export class NavigatorBot extends ActivityHandler {
  private readonly now: () => number;
  private readonly turns = new KeyedQueue();
  private readonly telemetry: Telemetry;

  constructor(
    private readonly kit: DialogKit,
    private readonly store: ConversationStore,
    private readonly options: BotOptions,
  ) {
    super();
    this.now = options.now ?? Date.now;
    this.telemetry = options.telemetry ?? noTelemetry;

    this.onMembersAdded(async (context, next) => {
      await this.runTurn(context, (turn) => {
        if (!turn.state.welcomed) welcome(turn);
      });
      await next();
    });

    this.onMessage(async (context, next) => {
      const input: TurnInput = readInput(context.activity);
      // A lone STOP or HELP on a text message is a carrier command, not a question (see carrierKeywords).
      const keyword = context.activity.channelId === 'sms' && !input.action ? carrierKeyword(input.text) : undefined;
      await this.runTurn(context, (turn) => (keyword ? answerCarrierKeyword(turn, keyword) : handleMessage(turn, input)));
      await next();
    });
  }

  /** The bot offers no invoke features (its cards submit as messages): acknowledge, don't answer 501. */
  protected override async onInvokeActivity(_context: TurnContext): Promise<InvokeResponse> {
    return { status: 200 };
  }

  private async runTurn(context: TurnContext, act: (turn: Turn) => void): Promise<void> {
    const ref = conversationRef(context);
    // One turn at a time per conversation in this instance (a double tap waits for the first tap's
    // turn); between instances, the eTag read with the state decides (see conflictRetry).
    await this.turns.run(this.store.conversationKey(ref), async () => {
      const observed = this.telemetry.startTurn(ref.channelId);
      const { outgoing, locale } = await retryOnWriteConflict(
        (final) => this.decideAndSave(context, ref, act, final, observed),
        this.options.onWriteConflict,
      );
      // Replies go out after the save they belong to: a turn worked out again after a write
      // conflict must not have spoken already.
      if (outgoing.length) {
        await observed
          .stage('send', () => context.sendActivities(outgoing))
          .catch((error: unknown) => {
            throw new ReplyFailedError(error);
          });
      }
      observed.end(locale);
    });
  }

  /** Loads, decides and saves (unless `final`, only if nobody saved meanwhile); returns the replies to send. */
  private async decideAndSave(
    context: TurnContext,
    ref: ConversationRef,
    act: (turn: Turn) => void,
    final: boolean,
    observed: TurnTelemetry,
  ): Promise<{ outgoing: Partial<Activity>[]; locale: string }> {
    const stored = await observed.stage('state.load', () => this.store.loadForUpdate(ref));
    const state = reviveConversation(stored.data, this.now(), this.options.stateTtlMs);
    const finderWasAsking = finderAsking(stored.data);
    // A new conversation starts in the language the person chose last time, if they chose one.
    if (state.lastSeen === 0 && !state.locale) {
      const saved = savedLocale(await this.store.loadUser(ref));
      if (saved) state.locale = saved;
    }
    const chosenBefore = state.locale;
    // A turn worked out again after a write conflict reports only what its last try did.
    const events: Parameters<TurnTelemetry['record']>[0][] = [];
    const sink: TurnTelemetry = {
      record: (e) => void events.push(e),
      stage: (name, work) => observed.stage(name, work),
      end: () => undefined,
    };
    const turn = new Turn(
      this.kit,
      state,
      localeFromTag(context.activity.locale) ?? 'en',
      this.now(),
      clientTimeZone(context.activity),
      sink,
    );
    observed.stage('decide', () => act(turn));
    // Left mid-question (gone to the menu, forgotten, or back after the conversation expired).
    if (finderWasAsking && !state.finder?.asking && !events.some((e) => e.type === 'finder' && e.step !== 'answered')) {
      events.push({ type: 'finder', step: 'abandoned' });
    }

    const reply = mergeReplies(turn.replies);
    let outgoing: Partial<Activity>[] = [];
    if (reply) {
      state.offered = reply.choices.map((c) => ({ label: c.label.slice(0, 200), action: c.action }));
      const rendering = renderReply(reply, context.activity.channelId, this.smsOptions(turn));
      state.more = rendering.heldBack.slice(0, MAX_HELD_BACK);
      // Each reply says its language, so a client can follow it (the widget's send box does).
      const locale = turn.locale === 'es' ? 'es-US' : 'en-US';
      outgoing = rendering.activities.map((activity) => ({ locale, ...activity }));
    }

    if (turn.forget) {
      await this.store.forget(ref);
    } else {
      if (state.locale && state.locale !== chosenBefore) {
        await this.store.saveUser(ref, { locale: state.locale } satisfies UserPreferences);
      }
      // Otherwise nothing happened worth remembering.
      if (reply || state.welcomed) {
        state.lastSeen = this.now();
        await observed.stage('state.save', () => this.store.save(ref, state satisfies ConversationData, final ? '*' : stored.eTag));
      }
    }
    for (const event of events) observed.record(event);
    return { outgoing, locale: turn.locale };
  }

  private smsOptions(turn: Turn): SmsOptions {
    return {
      choicesLead: turn.say('sms.choicesLead'),
      moreHint: turn.say('moreHint'),
      moreNext: turn.say('sms.moreNext'),
      choicesAbove: turn.say('sms.choicesAbove'),
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

/** Whether a stored conversation was waiting for a finder answer (read before expiry is applied). */
function finderAsking(stored: unknown): boolean {
  const finder = (stored as { finder?: { asking?: unknown } } | undefined)?.finder;
  return typeof finder?.asking === 'string';
}
