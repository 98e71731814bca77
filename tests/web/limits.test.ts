// The widget's bounded memory and per-address limits, on a fake clock.
import type { IncomingMessage } from 'node:http';
import { expect } from 'chai';
import { parseConfig } from '../../src/host/config';
import { LocalConversations } from '../../src/host/web/localConversations';
import { clientAddress, RateLimiter } from '../../src/host/web/rateLimit';
import { webSettings } from '../../src/host/web/settings';

describe('website widget: limits', () => {
  describe('RateLimiter', () => {
    it('allows the burst, then one request per refill interval, and says how long to wait', () => {
      let now = 0;
      const limiter = new RateLimiter({ burst: 3, perMinute: 6 }, 100, () => now);
      expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).to.deep.equal([0, 0, 0]);
      expect(limiter.take('a')).to.equal(10);
      expect(limiter.take('b')).to.equal(0); // another address has its own bucket
      now += 10_000;
      expect(limiter.take('a')).to.equal(0);
      expect(limiter.take('a')).to.equal(10);
    });

    it('keeps at most maxClients buckets', () => {
      const limiter = new RateLimiter({ burst: 1, perMinute: 1 }, 2, () => 0);
      limiter.take('a');
      limiter.take('b');
      limiter.take('c'); // drops a, the least recently seen
      expect(limiter.take('c')).to.be.greaterThan(0);
      expect(limiter.take('a')).to.equal(0);
    });
  });

  describe('clientAddress', () => {
    const request = (remoteAddress: string, forwardedFor?: string) =>
      ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

    it('uses the socket address unless proxies are trusted', () => {
      expect(clientAddress(request('10.0.0.5', '203.0.113.9'), 0)).to.equal('10.0.0.5');
    });

    it('takes the entry the trusted proxy added, not what the client wrote', () => {
      expect(clientAddress(request('10.0.0.5', '1.1.1.1, 203.0.113.9:51234'), 1)).to.equal('203.0.113.9');
      expect(clientAddress(request('10.0.0.5', '1.1.1.1, 203.0.113.9, 198.51.100.7'), 2)).to.equal('203.0.113.9');
      expect(clientAddress(request('10.0.0.5', '[2001:db8::1]:443'), 1)).to.equal('2001:db8::1');
      expect(clientAddress(request('10.0.0.5'), 1)).to.equal('10.0.0.5');
    });
  });

  describe('LocalConversations', () => {
    it('forgets idle conversations and caps their number', () => {
      let now = 0;
      const store = new LocalConversations({ maxConversations: 3, idleMs: 1000, maxActivities: 10 }, () => now);
      const first = store.create();
      now += 600;
      const second = store.create();
      now += 600; // first is now idle
      expect(store.authorized(first.id, first.token)).to.equal('unknown');
      expect(store.authorized(second.id, second.token)).to.equal(second);
      store.create();
      store.create();
      store.create();
      expect(store.size).to.equal(3);
      expect(store.authorized(second.id, second.token)).to.equal('unknown'); // least recently active went first
    });

    it('keeps the last activities and a watermark that keeps counting', () => {
      const store = new LocalConversations({ maxConversations: 10, idleMs: 60_000, maxActivities: 3 });
      const conversation = store.create();
      for (let i = 0; i < 5; i++) store.append(conversation, { type: 'message', text: `m${i}` });
      const all = store.since(conversation, undefined);
      expect(all.activities.map((a) => a.text)).to.deep.equal(['m2', 'm3', 'm4']);
      expect(all.watermark).to.equal('5');
      expect(store.since(conversation, '4').activities.map((a) => a.text)).to.deep.equal(['m4']);
      expect(store.since(conversation, '5').activities).to.deep.equal([]);
      expect(store.since(conversation, 'junk').activities).to.have.length(3);
    });

    it('checks the token of the conversation, not of another one', () => {
      const store = new LocalConversations();
      const a = store.create();
      const b = store.create();
      expect(store.authorized(a.id, b.token)).to.equal('forbidden');
      expect(store.authorized(a.id, undefined)).to.equal('forbidden');
      expect(store.byToken(b.token)).to.equal(b);
      expect(a.id).to.not.equal(b.id);
      expect(a.token).to.have.length.greaterThan(40);
    });
  });

  describe('settings', () => {
    it('runs the local Direct Line only in development without a secret', () => {
      expect(webSettings(parseConfig({})).mode).to.equal('local');
      expect(webSettings(parseConfig({ LOCAL_DIRECT_LINE: 'false' })).mode).to.equal('off');
      expect(webSettings(parseConfig({ DIRECT_LINE_SECRET: 's' })).mode).to.equal('directline');
      expect(webSettings(parseConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' })).mode).to.equal('off');
    });

    it('reads WIDGET_ALLOWED_ORIGINS and rejects what is not an origin, naming the variable', () => {
      expect(parseConfig({ WIDGET_ALLOWED_ORIGINS: 'https://a.example.org, https://b.example.org/' }).WIDGET_ALLOWED_ORIGINS).to.deep.equal(
        ['https://a.example.org', 'https://b.example.org'],
      );
      expect(() => parseConfig({ WIDGET_ALLOWED_ORIGINS: 'https://a.example.org/page' })).to.throw(/WIDGET_ALLOWED_ORIGINS/);
      expect(() => parseConfig({ WIDGET_ALLOWED_ORIGINS: '*' })).to.throw(/WIDGET_ALLOWED_ORIGINS/);
    });

    it('sends the secret only over https (or to this machine)', () => {
      expect(parseConfig({ DIRECT_LINE_ENDPOINT: '' }).DIRECT_LINE_ENDPOINT).to.equal('https://directline.botframework.com');
      expect(parseConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).DIRECT_LINE_ENDPOINT).to.equal(
        'https://europe.directline.botframework.com',
      );
      expect(() => parseConfig({ DIRECT_LINE_ENDPOINT: 'http://directline.example.com' })).to.throw(/DIRECT_LINE_ENDPOINT/);
    });
  });
});
