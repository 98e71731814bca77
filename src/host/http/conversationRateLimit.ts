// A rate limit per conversation on /api/messages. All channel traffic comes from Bot Service's
// addresses, so a limit per client address would throttle everyone at once; a conversation is
// the unit a person (or a runaway client) controls. The buckets are http/tokenBuckets.ts, keyed
// by a hash of the channel and conversation ids.
import { createHash } from 'node:crypto';
import { TokenBuckets } from './tokenBuckets';

export interface RateLimitOptions {
  /** Activities allowed per window (the bucket's size). */
  limit: number;
  windowMs: number;
  /** Most conversations tracked at once. */
  maxConversations?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class ConversationRateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(options: RateLimitOptions) {
    this.buckets = new TokenBuckets({
      capacity: options.limit,
      refillPerMs: options.limit / options.windowMs,
      maxKeys: options.maxConversations ?? 50_000,
      now: options.now,
    });
  }

  /** Takes one activity's worth from the conversation's bucket, or says how long to wait. */
  take(channelId: string, conversationId: string): RateDecision {
    const wait = this.buckets.take(keyOf(channelId, conversationId));
    return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
  }

  /** Gives back what `take` took, for a request that turned out not to be the conversation's (a forged token). */
  refund(channelId: string, conversationId: string): void {
    this.buckets.refund(keyOf(channelId, conversationId));
  }

  get trackedConversations(): number {
    return this.buckets.size;
  }
}

/** Fixed-size keys whatever the id's length; conversation ids (phone numbers on SMS) are not kept in clear. */
function keyOf(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}\n${conversationId}`).digest('base64url').slice(0, 22);
}
