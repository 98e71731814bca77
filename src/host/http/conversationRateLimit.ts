// A rate limit per conversation on /api/messages. All channel traffic comes from Bot Service's
// addresses, so a limit per client address would throttle everyone at once; a conversation is
// the unit a person (or a runaway client) controls. A token bucket lets a fast typist burst and
// then refills steadily. Buckets live in a Map kept in order of last use and capped: a bucket
// idle for a window is full again, so forgetting the least recently used loses nothing, and the
// cap bounds memory even under a flood of made-up conversation ids. (A Map rather than
// lru-cache, which allocates its arrays for the whole cap up front: ~4 ms at start-up.)
import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  /** Activities allowed per window (the bucket's size). */
  limit: number;
  windowMs: number;
  /** Most conversations tracked at once. */
  maxConversations?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class ConversationRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxConversations: number;
  private readonly refillPerMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.refillPerMs = options.limit / options.windowMs;
    this.now = options.now ?? Date.now;
    this.maxConversations = options.maxConversations ?? 50_000;
  }

  /** Takes one activity's worth from the conversation's bucket, or says how long to wait. */
  take(channelId: string, conversationId: string): RateDecision {
    const key = keyOf(channelId, conversationId);
    const bucket = this.current(key);
    if (bucket.tokens >= 1) {
      this.store(key, { tokens: bucket.tokens - 1, updatedAt: bucket.updatedAt });
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }

  /** Gives back what `take` took, for a request that turned out not to be the conversation's (a forged token). */
  refund(channelId: string, conversationId: string): void {
    const key = keyOf(channelId, conversationId);
    const bucket = this.current(key);
    this.store(key, { tokens: Math.min(this.options.limit, bucket.tokens + 1), updatedAt: bucket.updatedAt });
  }

  get trackedConversations(): number {
    return this.buckets.size;
  }

  /** Stores the bucket as the most recently used; the least recently used goes beyond the cap. */
  private store(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxConversations) this.buckets.delete(this.buckets.keys().next().value as string);
  }

  private current(key: string): Bucket {
    const now = this.now();
    const stored = this.buckets.get(key);
    if (!stored) return { tokens: this.options.limit, updatedAt: now };
    // Looked at counts as used, refused requests included.
    this.store(key, stored);
    const tokens = Math.min(this.options.limit, stored.tokens + (now - stored.updatedAt) * this.refillPerMs);
    return { tokens, updatedAt: now };
  }
}

/** Fixed-size keys whatever the id's length; conversation ids (phone numbers on SMS) are not kept in clear. */
function keyOf(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\n${conversationId}`).digest('base64url').slice(0, 22);
}
