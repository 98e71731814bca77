// GET /metrics: the bot's own counters in Prometheus text format, for deployments without Azure
// (and for `npm run report`). Registered only when METRICS_TOKEN is set, and answered only to
// "Authorization: Bearer <token>": the figures are counts, but they are nobody else's business.
import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import { setApiHeaders } from './securityHeaders';
import { describeError, type Logger } from '../log';

export function registerMetricsRoute(server: restify.Server, token: string, prometheus: () => Promise<string>, logger: Logger): void {
  // Compared as hashes, in constant time, so neither the token nor its length leaks by timing.
  const expected = digest(token);
  server.get('/metrics', async (req, res) => {
    setApiHeaders(res);
    const presented = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1] ?? '';
    if (!presented || !timingSafeEqual(digest(presented), expected)) {
      res.header('WWW-Authenticate', 'Bearer');
      res.send(401, { error: 'Unauthorized.' });
      return;
    }
    try {
      const body = await prometheus();
      res.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
      res.sendRaw(200, body);
    } catch (err) {
      logger.error('metrics_failed', describeError(err));
      res.send(500, { error: 'Metrics unavailable.' });
    }
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
