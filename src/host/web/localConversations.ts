// The local Direct Line's memory: conversations with their activities, bounded in number, age and
// length, so a development server left open cannot grow without end. Ids and tokens are random.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { newDirectLineUserId } from './tokenExchange';

export interface LocalLimits {
  maxConversations: number;
  /** A conversation untouched this long is forgotten. */
  idleMs: number;
  /** Activities kept per conversation; older ones drop off (the watermark keeps counting). */
  maxActivities: number;
}

export const DEFAULT_LOCAL_LIMITS: LocalLimits = { maxConversations: 200, idleMs: 30 * 60_000, maxActivities: 500 };

/** Token lifetime announced to clients; the local Direct Line renews it on every refresh. */
export const LOCAL_TOKEN_SECONDS = 1800;

export interface LocalConversation {
  readonly id: string;
  readonly token: string;
  readonly userId: string;
  /** The conversationUpdate has been sent to the bot. */
  started: boolean;
  lastActive: number;
  /** Sequence number of activities[0]. */
  firstSeq: number;
  activities: Partial<Activity>[];
  /** Turns run one after another, like a channel delivers them. */
  turns: Promise<void>;
}

export class LocalConversations {
  private readonly conversations = new Map<string, LocalConversation>();

  constructor(
    private readonly limits: LocalLimits = DEFAULT_LOCAL_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  create(): LocalConversation {
    this.forgetIdle();
    if (this.conversations.size >= this.limits.maxConversations) {
      // Map order is creation order; drop the least recently active.
      const oldest = [...this.conversations.values()].reduce((a, b) => (b.lastActive < a.lastActive ? b : a));
      this.conversations.delete(oldest.id);
    }
    const conversation: LocalConversation = {
      id: randomBytes(18).toString('base64url'),
      token: randomBytes(32).toString('base64url'),
      userId: newDirectLineUserId(),
      started: false,
      lastActive: this.now(),
      firstSeq: 0,
      activities: [],
      turns: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation when it exists and is not idle. */
  peek(id: string): LocalConversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation && this.expired(conversation)) this.conversations.delete(id);
    else return conversation;
    return undefined;
  }

  /** The conversation when it exists, is not idle and `token` is its token. */
  authorized(id: string, token: string | undefined): LocalConversation | 'unknown' | 'forbidden' {
    const conversation = this.peek(id);
    if (!conversation) return 'unknown';
    if (!token || !sameSecret(token, conversation.token)) return 'forbidden';
    conversation.lastActive = this.now();
    return conversation;
  }

  /** The conversation a token was issued for, for clients that start with only the token. */
  byToken(token: string): LocalConversation | undefined {
    for (const conversation of this.conversations.values()) {
      if (!this.expired(conversation) && sameSecret(token, conversation.token)) {
        conversation.lastActive = this.now();
        return conversation;
      }
    }
    return undefined;
  }

  /** Stores an activity under the next id; returns the stored copy. */
  append(conversation: LocalConversation, activity: Partial<Activity>): Partial<Activity> {
    const seq = conversation.firstSeq + conversation.activities.length;
    const stored: Partial<Activity> = {
      ...activity,
      id: `${conversation.id}|${String(seq).padStart(7, '0')}`,
      timestamp: new Date(this.now()),
      conversation: { id: conversation.id } as Activity['conversation'],
    };
    conversation.activities.push(stored);
    if (conversation.activities.length > this.limits.maxActivities) {
      conversation.activities.shift();
      conversation.firstSeq += 1;
    }
    conversation.lastActive = this.now();
    return stored;
  }

  /** Activities from the watermark on, and the watermark to ask with next time. */
  since(conversation: LocalConversation, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const end = conversation.firstSeq + conversation.activities.length;
    const from = /^\d{1,9}$/.test(watermark ?? '') ? Number(watermark) : 0;
    const start = Math.min(Math.max(from - conversation.firstSeq, 0), conversation.activities.length);
    return { activities: conversation.activities.slice(start), watermark: String(end) };
  }

  private expired(conversation: LocalConversation): boolean {
    return this.now() - conversation.lastActive > this.limits.idleMs;
  }

  private forgetIdle(): void {
    for (const conversation of this.conversations.values()) {
      if (this.expired(conversation)) this.conversations.delete(conversation.id);
    }
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
