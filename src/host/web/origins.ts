// Which web origins may embed the widget and call the token endpoint: this server itself, the
// sites in WIDGET_ALLOWED_ORIGINS and, in development, pages served from this machine.
import type { IncomingMessage } from 'node:http';
import type { Response } from 'restify';
import type { WebSettings } from './settings';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isAllowedOrigin(origin: string, req: IncomingMessage, settings: WebSettings): boolean {
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (url.host === req.headers.host) return true; // same origin
  if (settings.allowedOrigins.includes(url.origin)) return true;
  return settings.allowLocalhost && LOCAL_HOSTS.has(url.hostname) && /^https?:$/.test(url.protocol);
}

/** The CSP `frame-ancestors` sources matching isAllowedOrigin. */
export function frameAncestors(settings: WebSettings): string[] {
  const local = settings.allowLocalhost ? ['http://localhost:*', 'http://127.0.0.1:*'] : [];
  return ["'self'", ...settings.allowedOrigins, ...local];
}

/** CORS for an allowed cross-origin caller; no credentials are ever allowed. */
export function allowCors(res: Response, origin: string): void {
  res.header('Access-Control-Allow-Origin', origin);
  res.header('Access-Control-Allow-Methods', 'POST');
  res.header('Access-Control-Allow-Headers', 'Content-Type');
  res.header('Access-Control-Max-Age', '600');
  res.header('Vary', 'Origin');
}
