// HTTP: POST /api/messages for the Bot Framework, GET /healthz for the platform. Bodies are
// limited in size and checked before the adapter sees them: bad input gets a 4xx, never a 500.
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import { describeError, type Logger } from './log';

export interface ServerOptions {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  /** Extra health checks (storage, for example) reported by /healthz. */
  health?: () => Promise<Record<string, string>>;
}

export function createServer({ adapter, bot, logger, maxBodyBytes, health }: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'support-group-navigator', handleUncaughtExceptions: false });
  server.use(...restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false }));
  server.use((_req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    next();
  });

  server.post('/api/messages', async (req, res) => {
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      res.send(400, { error: 'The body must be a JSON Bot Framework activity.' });
      return;
    }
    if (typeof (body as { type?: unknown }).type !== 'string' || !(body as { type: string }).type) {
      res.send(400, { error: 'The activity has no type.' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.error('request_failed', describeError(err));
      if (!res.headersSent) res.send(500, { error: 'Internal error.' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const checks = health ? await health().catch((err) => ({ health: `failing: ${describeError(err).errorName}` })) : {};
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', ...checks });
  });

  // restify answers body errors (413 too large, 400 invalid JSON) itself; keep their bodies short.
  server.on('restifyError', (_req, res, err, callback) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) logger.error('http_error', { status, ...describeError(err) });
    else logger.debug('http_rejected', { status, errorName: err.name });
    if (!res.headersSent) {
      res.send(status, { error: status === 413 ? 'Request body too large.' : status === 400 ? 'Invalid request body.' : err.name });
    }
    return callback();
  });

  return server;
}
