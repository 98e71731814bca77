// Security headers. Every response gets the ones that are right for any content; the JSON
// endpoints also get a deny-all Content-Security-Policy and no caching. The website widget's page
// sets its own CSP (restify appends a second value to a header instead of replacing it, and
// browsers enforce every CSP they receive, so a global CSP here would break the widget).
import type { RequestHandler, Response } from 'restify';

const EVERY_RESPONSE: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Production runs behind HTTPS only (App Service / Bot Service); browsers ignore this over http.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

const API_RESPONSE: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function setAll(res: Response, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** Server-wide middleware: headers every response carries. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  setAll(res, EVERY_RESPONSE);
  next();
};

/** For a JSON endpoint's handler (no page to frame, nothing to cache). */
export function setApiHeaders(res: Response): void {
  setAll(res, API_RESPONSE);
}
