// Reads and writes a conversation's memory in the configured storage. Keys are hashed: on
// SMS the conversation and user ids are phone numbers, and they must never sit in clear in
// storage (blob names, for example, show up in listings and logs).
import { createHmac } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';

export interface ConversationRef {
  channelId: string;
  conversationId: string;
  userId?: string;
}

export interface StoredConversation {
  data: unknown;
  /** Absent for a conversation never saved. */
  eTag?: string;
}

export class ConversationStore {
  constructor(
    private readonly storage: Storage,
    private readonly salt: string,
  ) {}

  hash(id: string): string {
    return createHmac('sha256', this.salt).update(id).digest('hex').slice(0, 40);
  }

  /** A turn asks for its key three or four times; each HMAC costs more than the rest of a read. */
  private readonly keys = new WeakMap<ConversationRef, { channelId: string; conversationId: string; key: string }>();

  conversationKey(ref: ConversationRef): string {
    const known = this.keys.get(ref);
    if (known && known.channelId === ref.channelId && known.conversationId === ref.conversationId) return known.key;
    const key = `${ref.channelId}/conversations/${this.hash(ref.conversationId)}`;
    this.keys.set(ref, { channelId: ref.channelId, conversationId: ref.conversationId, key });
    return key;
  }

  userKey(ref: ConversationRef): string | undefined {
    return ref.userId ? `${ref.channelId}/users/${this.hash(ref.userId)}` : undefined;
  }

  async load(ref: ConversationRef): Promise<unknown> {
    return (await this.loadForUpdate(ref)).data;
  }

  /** The record and its eTag, to save back only if nobody else saved in between. */
  async loadForUpdate(ref: ConversationRef): Promise<StoredConversation> {
    const key = this.conversationKey(ref);
    const items = await this.storage.read([key]);
    const item = items[key] as (StoreItem & { data?: unknown }) | undefined;
    return { data: item?.data, eTag: item?.eTag };
  }

  /**
   * Saves the conversation. With the eTag from loadForUpdate the write fails with an "eTag
   * conflict" when another turn (another instance) saved first; '*' or none overwrites.
   */
  async save(ref: ConversationRef, data: unknown, eTag = '*'): Promise<void> {
    await this.storage.write({ [this.conversationKey(ref)]: { data, eTag } });
  }

  /** What is kept about the user across conversations (their language), if anything. */
  async loadUser(ref: ConversationRef): Promise<unknown> {
    const key = this.userKey(ref);
    if (!key) return undefined;
    const items = await this.storage.read([key]);
    return (items[key] as (StoreItem & { data?: unknown }) | undefined)?.data;
  }

  async saveUser(ref: ConversationRef, data: unknown): Promise<void> {
    const key = this.userKey(ref);
    if (key) await this.storage.write({ [key]: { data, eTag: '*' } });
  }

  /** Deletes everything kept for this conversation and this user. */
  async forget(ref: ConversationRef): Promise<void> {
    const keys = [this.conversationKey(ref), this.userKey(ref)].filter((k): k is string => Boolean(k));
    await this.storage.delete(keys);
  }
}
