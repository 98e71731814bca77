// The one token-bucket mechanism behind both rate limits (per client address on the widget's
// endpoints, per conversation on /api/messages).
import { expect } from 'chai';
import { TokenBuckets } from '../../src/host/http/tokenBuckets';
import { ConversationRateLimiter } from '../../src/host/http/conversationRateLimit';
import { RateLimiter } from '../../src/host/web/rateLimit';

describe('TokenBuckets', () => {
  it('allows a full bucket at once, then says how many whole seconds to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerMs: 1 / 4000, maxKeys: 10, now: () => now });
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).to.deep.equal([0, 0, 0]);
    expect(buckets.take('a')).to.equal(4);
    now += 1000;
    expect(buckets.take('a')).to.equal(3);
    expect(buckets.take('b'), 'another key has its own bucket').to.equal(0);
  });

  it('refills at its rate, never beyond the capacity', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 2, refillPerMs: 1 / 1000, maxKeys: 10, now: () => now });
    buckets.take('a');
    buckets.take('a');
    now += 1000;
    expect(buckets.take('a')).to.equal(0);
    expect(buckets.take('a')).to.equal(1);
    now += 60_000;
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).to.deep.equal([0, 0, 1]);
  });

  it('waits at least one second, even when a token is a moment away', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 1, refillPerMs: 1, maxKeys: 10, now: () => now });
    buckets.take('a');
    expect(buckets.take('a')).to.equal(1);
    now += 1;
    expect(buckets.take('a')).to.equal(0);
  });

  it('gives a token back, but never fills a bucket beyond its capacity', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerMs: 1 / 60_000, maxKeys: 10, now: () => 0 });
    buckets.refund('a');
    buckets.refund('a');
    expect(buckets.take('a')).to.equal(0);
    expect(buckets.take('a')).to.be.greaterThan(0);
  });

  it('keeps at most maxKeys buckets, forgetting the least recently used', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerMs: 1 / 60_000, maxKeys: 3, now: () => 0 });
    buckets.take('busy');
    for (let i = 0; i < 10; i++) {
      buckets.take(`new-${i}`);
      expect(buckets.take('busy'), 'a refused attempt still counts as use').to.be.greaterThan(0);
    }
    expect(buckets.size).to.equal(3);
  });

  it('refuses settings that could never allow a request or never refill', () => {
    expect(() => new TokenBuckets({ capacity: 0, refillPerMs: 1, maxKeys: 1 })).to.throw(RangeError);
    expect(() => new TokenBuckets({ capacity: 1, refillPerMs: 0, maxKeys: 1 })).to.throw(RangeError);
    expect(() => new TokenBuckets({ capacity: 1, refillPerMs: Number.NaN, maxKeys: 1 })).to.throw(RangeError);
  });

  it('is what both limiters use: the same burst and wait for the same settings', () => {
    let now = 0;
    const byAddress = new RateLimiter({ burst: 5, perMinute: 30 }, 100, () => now);
    const byConversation = new ConversationRateLimiter({ limit: 5, windowMs: 10_000, now: () => now });
    const direct = new TokenBuckets({ capacity: 5, refillPerMs: 5 / 10_000, maxKeys: 100, now: () => now });
    for (let i = 0; i < 8; i++) {
      const expected = direct.take('k');
      expect(byAddress.take('10.0.0.1')).to.equal(expected);
      const decision = byConversation.take('webchat', 'c');
      expect(decision).to.deep.equal(expected === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: expected });
      now += 700;
    }
  });
});
