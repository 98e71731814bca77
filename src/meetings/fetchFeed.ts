// Reads one feed: over HTTP with a time limit and a size cap (a feed is data from someone else's
// server: a slow or huge answer must not hold the bot), or from a shipped sample file.
// A feed's server must not be able to point the bot elsewhere: redirects are followed only on
// the same host and never from https down to http, and private, loopback and link-local
// addresses (the cloud's metadata service, the bot's own network) are refused - checked on the
// address actually connected to, so a name that resolves to one is refused too - unless the
// configuration allows them (MEETING_FEEDS_ALLOW_PRIVATE, for a feed on the local network).
// The validators of the last good copy (ETag, Last-Modified) are sent back, so an unchanged
// feed is a 304 with no body.
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allow private, loopback and link-local addresses (a feed on the local network, tests). */
  allowPrivate?: boolean;
}

export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

/** What identifies the copy in hand, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchedFeed = { unchanged: true } | { unchanged: false; body: Buffer; validators: Validators };

const MAX_REDIRECTS = 3;
const PRIVATE_REFUSED = 'refused: a private or loopback address';

export async function fetchFeed(url: string, limits: FetchLimits, validators: Validators = {}): Promise<FetchedFeed> {
  const deadline = Date.now() + limits.timeoutMs;
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const answer = await requestOnce(current, limits, validators, deadline);
    if (!('redirect' in answer)) return answer;
    if (hop >= MAX_REDIRECTS) throw new FeedReadError('too many redirects');
    let next: URL;
    try {
      next = new URL(answer.redirect, current);
    } catch {
      throw new FeedReadError('a redirect to an invalid address');
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new FeedReadError('a redirect to a non-web address refused');
    if (current.protocol === 'https:' && next.protocol === 'http:') throw new FeedReadError('a redirect from https to http refused');
    if (next.hostname.toLowerCase() !== current.hostname.toLowerCase()) throw new FeedReadError('a redirect to another host refused');
    current = next;
  }
}

/** The feed as JSON (no conditional request). */
export async function fetchJson(url: string, limits: FetchLimits): Promise<unknown> {
  const fetched = await fetchFeed(url, limits);
  return fetched.unchanged ? undefined : parseJson(fetched.body);
}

type Answer = FetchedFeed | { redirect: string };

function requestOnce(url: URL, limits: FetchLimits, validators: Validators, deadline: number): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!limits.allowPrivate && net.isIP(host) && isPrivateAddress(host)) return reject(new FeedReadError(PRIVATE_REFUSED));
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-encoding': 'identity',
      'user-agent': 'support-group-navigator',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    let answered = false;
    const timeoutMs = Math.max(1, deadline - Date.now());
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'GET',
      headers,
      agent: false,
      lookup: limits.allowPrivate ? undefined : publicLookup,
    });
    const timer = setTimeout(() => {
      request.destroy(new FeedReadError(answered ? 'the answer did not finish in time' : `no answer within ${limits.timeoutMs} ms`));
    }, timeoutMs);
    timer.unref();
    const fail = (err: unknown) => {
      clearTimeout(timer);
      reject(
        err instanceof FeedReadError
          ? err
          : answered
            ? new FeedReadError(`the answer broke off (${(err as Error).name})`)
            : new FeedReadError(`cannot connect (${(err as NodeJS.ErrnoException).code ?? (err as Error).name})`),
      );
    };
    request.on('error', fail);
    request.on('response', (response) => {
      answered = true;
      const status = response.statusCode ?? 0;
      const done = (answer: Answer) => {
        clearTimeout(timer);
        response.resume();
        resolve(answer);
      };
      if (status >= 300 && status < 400 && status !== 304) {
        const location = response.headers.location;
        if (!location) return fail(new FeedReadError(`HTTP ${status} without a location`));
        return done({ redirect: location });
      }
      if (status === 304) return done({ unchanged: true });
      if (status < 200 || status >= 300) {
        request.destroy();
        return fail(new FeedReadError(`HTTP ${status}`));
      }
      if (Number(response.headers['content-length']) > limits.maxBytes) {
        request.destroy();
        return fail(new FeedReadError(`larger than ${limits.maxBytes} bytes`));
      }
      const chunks: Buffer[] = [];
      let total = 0;
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.maxBytes) request.destroy(new FeedReadError(`larger than ${limits.maxBytes} bytes`));
        else chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => {
        clearTimeout(timer);
        const etag = response.headers.etag;
        const lastModified = response.headers['last-modified'];
        resolve({
          unchanged: false,
          body: Buffer.concat(chunks),
          validators: { etag: etag || undefined, lastModified: lastModified || undefined },
        });
      });
    });
    request.end();
  });
}

/** dns.lookup that fails for any private answer, so the connection is never opened to one. */
const publicLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 4);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => isPrivateAddress(a.address))) return callback(new FeedReadError(PRIVATE_REFUSED), '', 4);
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

/**
 * Loopback, private (RFC 1918, unique local), link-local (the cloud metadata service), shared
 * (carrier NAT), unspecified, benchmark, multicast and reserved ranges, IPv4-mapped included.
 */
export function isPrivateAddress(address: string): boolean {
  return PRIVATE.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4') || mappedPrivate(address);
}

const PRIVATE = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  PRIVATE.addSubnet(prefix, bits, 'ipv6');
}

function mappedPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return false;
  const a = parseInt(hex[1], 16);
  const b = parseInt(hex[2], 16);
  return PRIVATE.check(`${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`, 'ipv4');
}

export function readJsonFile(file: string, maxBytes: number): unknown {
  let body: Buffer;
  try {
    if (fs.statSync(file).size > maxBytes) throw new FeedReadError(`larger than ${maxBytes} bytes`);
    body = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof FeedReadError) throw err;
    throw new FeedReadError(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseJson(body);
}

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new FeedReadError('not valid JSON');
  }
}
