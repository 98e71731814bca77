// What every dialog works with during one turn: the content, the understanding tools, the
// conversation's memory, its language, and the replies gathered so far.
import type { BotContent } from '../content/botContent';
import type { MessageKey } from '../content/messagesSchema';
import type { Group, Locale, Localized } from '../content/schema';
import { pick, say } from '../content/text';
import type { Choice, Reply, ReplyPart } from '../src/render/reply';
import { encodeAction, type ActionLike } from './action';
import type { MeetingKit } from '../src/meetings';
import type { CrisisContent, CrisisModel } from '../src/safety';
import type { PhraseBook } from '../src/understand/lexicon';
import type { TextLookup } from '../src/understand/lookup';
import type { TurnEvent } from '../src/telemetry/events';
import { noTelemetry, type TurnTelemetry } from '../src/telemetry/telemetry';
import type { UnderstandingModel } from '../src/understand/nlu/model';
import type { ConversationData } from './state';

/** Built once at start-up and shared by every turn. */
export interface DialogKit {
  content: BotContent;
  lookup: TextLookup;
  phrases: PhraseBook;
  /** The trained intent model (src/understand/nlu). */
  understanding: UnderstandingModel;
  crisis: CrisisContent;
  /** The learned crisis check, asked when no crisis rule fired (absent: rules only). */
  crisisModel?: CrisisModel;
  /** Meeting feeds and search (dialogs/meetings.ts); absent = no meeting search offered. */
  meetings?: MeetingKit;
}

export class Turn {
  readonly replies: Reply[] = [];
  /** Set by "forget me": the bot deletes the stored state instead of saving it. */
  forget = false;

  constructor(
    readonly kit: DialogKit,
    readonly state: ConversationData,
    /** The language before the person chooses one: their saved preference, else the channel's locale. */
    private readonly defaultLocale: Locale,
    /** Unix ms at the start of the turn ("tonight" is read against it); injected by tests. */
    readonly now: number = Date.now(),
    /** The person's IANA time zone when their client says it (Web Chat does). */
    readonly timeZone?: string,
    /** Where this turn reports what happened (counts only; see src/telemetry). */
    private readonly telemetry: TurnTelemetry = noTelemetry.startTurn(undefined),
  ) {}

  /** Tells telemetry what happened: an intent, a finder step, a crisis reply... (never words). */
  record(event: TurnEvent): void {
    this.telemetry.record(event);
  }

  /** Runs `work` timed as one stage of the turn (understanding a message, for one). */
  stage<T>(name: 'understand', work: () => T): T {
    return this.telemetry.stage(name, work);
  }

  /** The language chosen in this conversation (ESPAÑOL / ENGLISH, or by writing Spanish), else the default. */
  get locale(): Locale {
    return this.state.locale ?? this.defaultLocale;
  }

  /** From now on, this turn and the rest of the conversation speak `locale`. */
  switchLocale(locale: Locale): void {
    this.state.locale = locale;
  }

  say(key: MessageKey, vars?: Record<string, string | number>): string {
    return say(this.kit.content.messages, key, this.locale, vars);
  }

  pick(text: Localized): string {
    return pick(text, this.locale);
  }

  /** The Spanish page for a Spanish reader when there is one, else the usual page. */
  url(url: string, spanish?: string): string {
    return (this.locale === 'es' && spanish) || url;
  }

  group(id: string): Group | undefined {
    return this.kit.content.content.groupsById.get(id);
  }

  groupName(id: string): string {
    const group = this.group(id);
    return group ? this.pick(group.name) : id;
  }

  reply(parts: ReplyPart[], choices: Choice[], extra: Partial<Reply> = {}): void {
    this.replies.push({ parts, choices, ...extra });
  }

  choice(key: MessageKey, action: ActionLike, vars?: Record<string, string | number>): Choice {
    return { label: this.say(key, vars), action: encodeAction(action) };
  }

  /** A choice whose label is already in words (a group's or a topic's name). */
  labelled(label: string, action: ActionLike): Choice {
    return { label, action: encodeAction(action) };
  }
}
