// Token buckets by key: the one rate-limit mechanism, used per client address on the widget's
// public endpoints (web/rateLimit.ts) and per conversation on /api/messages
// (http/conversationRateLimit.ts). A bucket holds up to `capacity` tokens, refills steadily,
// and each request takes one, so a fast typist may burst and then goes at the refill rate.
// Buckets live in a Map kept in order of last use and capped: a bucket idle long enough is
// full again, so forgetting the least recently used loses nothing, and the cap bounds memory
// even under a flood of made-up keys. (A Map rather than lru-cache, which allocates its arrays
// for the whole cap up front.)

export interface TokenBucketOptions {
  /** Tokens a full bucket holds: the requests allowed at once. */
  capacity: number;
  /** Tokens added per millisecond. */
  refillPerMs: number;
  /** Most keys tracked at once; the least recently used is forgotten beyond it. */
  maxKeys: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerMs > 0) || !(options.maxKeys >= 1)) {
      throw new RangeError('a token bucket needs capacity >= 1, refillPerMs > 0 and maxKeys >= 1');
    }
    this.now = options.now ?? Date.now;
  }

  /** Takes one token from the key's bucket: 0 when allowed, else the whole seconds to wait (at least 1). */
  take(key: string): number {
    const bucket = this.current(key);
    if (bucket.tokens >= 1) {
      this.store(key, { tokens: bucket.tokens - 1, updatedAt: bucket.updatedAt });
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerMs / 1000));
  }

  /** Gives back one token that `take` took, never beyond a full bucket. */
  refund(key: string): void {
    const bucket = this.current(key);
    this.store(key, { tokens: Math.min(this.options.capacity, bucket.tokens + 1), updatedAt: bucket.updatedAt });
  }

  /** How many keys have a bucket now. */
  get size(): number {
    return this.buckets.size;
  }

  /** Stores the bucket as the most recently used; the least recently used goes beyond the cap. */
  private store(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.options.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
  }

  /** The bucket refilled up to now. Looking counts as use, refused requests included. */
  private current(key: string): Bucket {
    const now = this.now();
    const stored = this.buckets.get(key);
    if (!stored) return { tokens: this.options.capacity, updatedAt: now };
    this.store(key, stored);
    const tokens = Math.min(this.options.capacity, stored.tokens + (now - stored.updatedAt) * this.options.refillPerMs);
    return { tokens, updatedAt: now };
  }
}
