// POST /api/directline/token: what the widget calls before it opens a conversation. With a
// secret, a Direct Line token for a new random user; in development, a local conversation. The
// secret stays in this process: not in the answer, not in a log line, not in an error.
import type { Request, Response, Server } from 'restify';
import { setApiHeaders } from '../http/securityHeaders';
import type { Logger } from '../log';
import type { LocalConversations } from './localConversations';
import { LOCAL_TOKEN_SECONDS } from './localConversations';
import { DIRECT_LINE_PATH } from './localDirectLine';
import { allowCors, isAllowedOrigin } from './origins';
import { clientAddress, sendTooManyRequests, type RateLimiter } from './rateLimit';
import type { WebSettings } from './settings';
import { generateDirectLineToken, newDirectLineUserId, TokenExchangeError } from './tokenExchange';

export const TOKEN_PATH = '/api/directline/token';

/** What the widget gets: enough to open Direct Line, nothing more. */
export interface WidgetSession {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
  directLineUrl: string;
}

export interface TokenRouteDeps {
  server: Server;
  settings: WebSettings;
  logger: Logger;
  limiter: RateLimiter;
  /** Present in local mode. */
  local?: LocalConversations;
}

export function registerTokenRoute({ server, settings, logger, limiter, local }: TokenRouteDeps): void {
  /** Refuses callers from other sites; answers CORS for allowed ones. */
  const checkOrigin = (req: Request, res: Response): boolean => {
    const origin = req.headers.origin;
    if (origin === undefined) return true; // not a browser's cross-site request
    if (!isAllowedOrigin(origin, req, settings)) {
      res.send(403, { error: 'This site may not open the chat.' });
      return false;
    }
    allowCors(res, origin);
    return true;
  };

  server.opts(TOKEN_PATH, async (req, res) => {
    if (checkOrigin(req, res)) res.send(204);
  });

  server.post(TOKEN_PATH, async (req, res) => {
    setApiHeaders(res);
    if (!checkOrigin(req, res)) return;
    const wait = limiter.take(clientAddress(req, settings.trustProxyHops));
    if (wait) return sendTooManyRequests(res, wait);

    if (settings.mode === 'local' && local) {
      const conversation = local.create();
      const session: WidgetSession = {
        token: conversation.token,
        conversationId: conversation.id,
        userId: conversation.userId,
        expires_in: LOCAL_TOKEN_SECONDS,
        directLineUrl: `${ownOrigin(req, settings)}${DIRECT_LINE_PATH}`,
      };
      return void res.send(200, session);
    }
    if (settings.mode !== 'directline') {
      return void res.send(503, { error: 'The chat is not configured on this server.' });
    }

    const userId = newDirectLineUserId();
    const origin = req.headers.origin;
    try {
      const generated = await generateDirectLineToken({
        endpoint: settings.directLineEndpoint,
        secret: settings.directLineSecret,
        userId,
        trustedOrigins: origin ? [new URL(origin).origin] : [],
      });
      const session: WidgetSession = { ...generated, userId, directLineUrl: `${settings.directLineEndpoint}${DIRECT_LINE_PATH}` };
      res.send(200, session);
    } catch (err) {
      const status = err instanceof TokenExchangeError ? err.status : undefined;
      logger.error('directline_token_failed', { status, errorName: err instanceof TokenExchangeError ? err.reason : 'Error' });
      res.send(502, { error: 'The chat could not start. Please try again in a moment.' });
    }
  });
}

/** This server as the browser reaches it (development only: the Host header is the caller's). */
function ownOrigin(req: Request, settings: WebSettings): string {
  const host = req.headers.host && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(req.headers.host) ? req.headers.host : 'localhost';
  const forwardedProto = settings.trustProxyHops > 0 ? req.headers['x-forwarded-proto'] : undefined;
  const secure = forwardedProto === 'https' || ('encrypted' in req.socket && req.socket.encrypted === true);
  return `${secure ? 'https' : 'http'}://${host}`;
}
