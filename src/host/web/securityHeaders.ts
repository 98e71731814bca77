// Headers for the widget's HTML: a strict Content-Security-Policy whose nonce is new on every
// response (Web Chat gets the same nonce for the styles it injects), and no caching, so a nonce is
// never reused. X-Content-Type-Options and Referrer-Policy are set for every route by the server.
import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'restify';

const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export interface CspSources {
  nonce: string;
  /** Where scripts may connect besides this server (the Direct Line service). */
  connect?: string[];
  /** Who may show this page in a frame; none when empty. */
  frameAncestors: string[];
  /** Which frames this page may show. */
  frames?: string[];
}

export function contentSecurityPolicy({ nonce, connect = [], frameAncestors, frames = [] }: CspSources): string {
  return [
    "default-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; nothing else runs.
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    // The hash is that of an empty <style>: react-scroll-to-bottom (inside Web Chat) adds one
    // without the nonce and fills it through the CSSOM, which needs script, which needs the nonce.
    `style-src 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    // Web Chat turns its inlined images into blob: URLs.
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export function sendHtml(res: Response, html: string, csp: string): void {
  res.header('Content-Security-Policy', csp);
  if (!/frame-ancestors [^;]*'self'/.test(csp)) res.header('X-Frame-Options', 'DENY');
  res.header('Cache-Control', 'no-store');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.sendRaw(200, html);
}
