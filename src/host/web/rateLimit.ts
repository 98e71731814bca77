// A token bucket per client address for the widget's public endpoints (token and local Direct
// Line). Chat traffic on /api/messages comes from Bot Service addresses and is limited elsewhere
// (per conversation, http/conversationRateLimit.ts); both use http/tokenBuckets.ts.
import type { IncomingMessage } from 'node:http';
import type { Response } from 'restify';
import { TokenBuckets } from '../http/tokenBuckets';

export interface RateLimit {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client may make per minute after the burst. */
  perMinute: number;
}

export class RateLimiter {
  private readonly buckets: TokenBuckets;

  constructor(limit: RateLimit, maxClients = 10_000, now: () => number = Date.now) {
    this.buckets = new TokenBuckets({ capacity: limit.burst, refillPerMs: limit.perMinute / 60_000, maxKeys: maxClients, now });
  }

  /** Takes one request from the client's bucket: 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    return this.buckets.take(client);
  }
}

/**
 * The client's address. Behind proxies (App Service's front end, Front Door) the socket address
 * is the proxy's, and each trusted proxy appends the address it saw to X-Forwarded-For; entries
 * further left were written by the client and can be forged, so only `hops` from the right count.
 */
export function clientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = chain[chain.length - trustProxyHops];
  return entry ? withoutPort(entry) : socketAddress;
}

function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1];
  const ipv4 = /^([\d.]+):\d+$/.exec(address);
  return ipv4 ? ipv4[1] : address;
}

export function sendTooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.header('Retry-After', String(retryAfterSeconds));
  res.send(429, { error: 'Too many requests. Please wait a moment and try again.' });
}
