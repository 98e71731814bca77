// HTTP: POST /api/messages for the Bot Framework, GET /healthz for the platform. Bodies are
// limited in size and checked before the adapter sees them: bad input gets a 4xx, never a 500.
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { ConversationRateLimiter } from './http/conversationRateLimit';
import { securityHeaders, setApiHeaders } from './http/securityHeaders';
import { describeError, type Logger } from './log';

export interface ServerOptions {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  /** Extra health checks (storage, for example) reported by /healthz. */
  health?: () => Promise<Record<string, string>>;
  /** Each meeting feed's state for /healthz; shown, not counted: a feed elsewhere failing is not the bot failing. */
  meetingFeeds?: () => unknown;
  /** Limits activities per conversation on /api/messages (429 + Retry-After beyond it). */
  rateLimiter?: ConversationRateLimiter;
}

export function createServer({ adapter, bot, logger, maxBodyBytes, health, rateLimiter, meetingFeeds }: ServerOptions): restify.Server {
  const server = restify.createServer({ name: 'support-group-navigator', handleUncaughtExceptions: false });
  server.use(...restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false }));
  // pre(): before routing and body parsing, so 404s and rejected bodies carry them too.
  server.pre(securityHeaders);

  server.post('/api/messages', async (req, res) => {
    setApiHeaders(res);
    const body = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      res.send(400, { error: 'The body must be a JSON Bot Framework activity.' });
      return;
    }
    if (typeof (body as { type?: unknown }).type !== 'string' || !(body as { type: string }).type) {
      res.send(400, { error: 'The activity has no type.' });
      return;
    }
    const activity = body as { channelId?: unknown; conversation?: { id?: unknown } };
    const channelId = String(activity.channelId ?? '');
    const conversationId = String(activity.conversation?.id ?? '');
    const decision = rateLimiter?.take(channelId, conversationId);
    if (decision && !decision.allowed) {
      logger.info('rate_limited', { channelId: channelId.slice(0, 40), status: 429 });
      res.header('Retry-After', String(decision.retryAfterSeconds));
      res.send(429, { error: 'Too many messages in this conversation; please slow down.' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
      // A forged request must not use up a real conversation's allowance.
      if (res.statusCode === 401) rateLimiter?.refund(channelId, conversationId);
    } catch (err) {
      logger.error('request_failed', describeError(err));
      if (!res.headersSent) res.send(500, { error: 'Internal error.' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    setApiHeaders(res);
    const checks = health ? await health().catch((err) => ({ health: `failing: ${describeError(err).errorName}` })) : {};
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', ...checks, ...(meetingFeeds ? { meetingFeeds: meetingFeeds() } : {}) });
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
