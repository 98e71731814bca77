// Request bodies: JSON only, never compressed, never written to disk. restify's bodyParser would
// inflate a gzip body with no limit on the inflated size (MAX_BODY_BYTES counts compressed bytes)
// and stream multipart uploads to the temporary folder, both before authentication. Every route
// this server offers takes JSON or nothing, so anything else is refused with 415 before a byte
// of the body is read.
import type { RequestHandler } from 'restify';
import restify from '../restify';
import { setApiHeaders } from './securityHeaders';

/** application/json, or a JSON subtype such as application/activity+json. */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Refuses compressed and non-JSON bodies (415); lets requests without a body through. */
export const refuseUnreadableBodies: RequestHandler = (req, res, next) => {
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding !== 'identity' && encoding !== '') {
    setApiHeaders(res);
    res.send(415, { error: 'Compressed request bodies are not accepted.' });
    return next(false);
  }
  // restify's reader refuses any encoding it does not inflate, "identity" included.
  delete req.headers['content-encoding'];
  if (hasBody(req.headers) && !JSON_TYPE.test(String(req.headers['content-type'] ?? ''))) {
    setApiHeaders(res);
    res.send(415, { error: 'Only application/json request bodies are accepted.' });
    return next(false);
  }
  return next();
};

/** The check above, then restify's JSON reader limited to `maxBodySize` bytes (413 beyond). */
export function jsonBodies(maxBodySize: number): RequestHandler[] {
  return [refuseUnreadableBodies, ...restify.plugins.jsonBodyParser({ maxBodySize, mapParams: false })];
}
