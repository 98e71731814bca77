// HTTP: POST /api/messages for the Bot Framework, GET /healthz for the platform. Bodies are
// limited in size and checked before the adapter sees them: bad input gets a 4xx, never a 500.
import type { Server } from 'restify';
import restify from './restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { ConversationRateLimiter } from './http/conversationRateLimit';
import { jsonBodies } from './http/jsonBodies';
import { securityHeaders, setApiHeaders } from './http/securityHeaders';
import { serviceUrlOrigin } from './http/developmentServiceUrls';
import { describeError, type Logger } from './log';

const CHANNEL_ID = /^[A-Za-z0-9._-]{1,64}$/;

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
  /** Development mode (no app id): which serviceUrls the bot may answer; others get 403. */
  allowServiceUrl?: (serviceUrl: unknown) => boolean;
}

export function createServer({
  adapter,
  bot,
  logger,
  maxBodyBytes,
  health,
  rateLimiter,
  allowServiceUrl,
  meetingFeeds,
}: ServerOptions): Server {
  const server = restify.createServer({ name: 'support-group-navigator', handleUncaughtExceptions: false });
  // JSON bodies only: compressed, multipart and other bodies get 415 before they are read.
  server.use(...jsonBodies(maxBodyBytes));
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
    const activity = body as { channelId?: unknown; conversation?: { id?: unknown }; serviceUrl?: unknown };
    // Channel ids are short names (msteams, webchat, sms); this one becomes part of a storage key.
    if (activity.channelId !== undefined && (typeof activity.channelId !== 'string' || !CHANNEL_ID.test(activity.channelId))) {
      res.send(400, { error: 'The activity has an invalid channelId.' });
      return;
    }
    const channelId = String(activity.channelId ?? '');
    if (allowServiceUrl && !allowServiceUrl(activity.serviceUrl)) {
      logger.warn('service_url_refused', {
        channelId,
        status: 403,
        detail: `development mode answers only loopback serviceUrls, not ${serviceUrlOrigin(activity.serviceUrl)}`,
      });
      res.send(403, { error: 'Without a MicrosoftAppId the bot answers only serviceUrls on this machine.' });
      return;
    }
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
