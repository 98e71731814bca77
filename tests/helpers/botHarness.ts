// Talks to the real bot through botbuilder's TestAdapter, as a given channel would.
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { createDialogKit } from '../../src/host/app';
import { NavigatorBot } from '../../src/host/bot';
import { ConversationStore } from '../../src/host/state/conversationStore';
import type { DialogKit } from '../../dialogs/turn';

let sharedKit: DialogKit | undefined;
/** Content and the recognizers are loaded once for the whole test run. */
export function testKit(): DialogKit {
  sharedKit ??= createDialogKit();
  return sharedKit;
}

export const CHANNELS = ['webchat', 'msteams', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ChatOptions {
  conversationId?: string;
  userId?: string;
  locale?: string;
  storage?: MemoryStorage;
  now?: () => number;
  ttlMs?: number;
  /** A kit of the test's own (its own meeting feeds, say); the shared one by default. */
  kit?: DialogKit;
}

/** A person on `channel` speaking `lang`: Web Chat and Teams send a locale, SMS sends none. */
export function personSpeaking(channel: Channel, lang: 'en' | 'es'): TestChat {
  return new TestChat(channel, lang === 'es' && channel !== 'sms' ? { locale: 'es-US' } : {});
}

export class TestChat {
  readonly adapter: TestAdapter;
  readonly storage: MemoryStorage;
  readonly store: ConversationStore;
  readonly userId: string;
  readonly conversationId: string;

  constructor(
    readonly channelId: Channel | string,
    private readonly options: ChatOptions = {},
  ) {
    this.storage = options.storage ?? new MemoryStorage();
    this.store = new ConversationStore(this.storage, 'test-salt');
    this.userId = options.userId ?? (channelId === 'sms' ? '+15551234567' : 'user-1');
    this.conversationId = options.conversationId ?? (channelId === 'sms' ? '+15551234567' : `conv-${Math.random().toString(36).slice(2)}`);
    const bot = new NavigatorBot(options.kit ?? testKit(), this.store, { stateTtlMs: options.ttlMs ?? 60 * 60_000, now: options.now });
    this.adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId,
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: this.userId, name: '' },
      recipient: { id: 'bot', name: 'Navigator' },
    });
  }

  /** Sends one activity and returns every activity the bot sent back in that turn. */
  async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> = typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : input;
    if (this.options.locale && !activity.locale) activity.locale = this.options.locale;
    await this.adapter.processActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }

  /** The conversationUpdate that web chat and Teams send when a person arrives. */
  async join(): Promise<Partial<Activity>[]> {
    return this.send({
      type: ActivityTypes.ConversationUpdate,
      membersAdded: [{ id: this.userId, name: '' }],
      recipient: { id: 'bot', name: 'Navigator' },
    });
  }
}
