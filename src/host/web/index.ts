// The website widget on the bot's own server: the page at `/`, the embed script `/widget.js`, the
// chat panel `/chat` with Web Chat from the pinned npm package, the token endpoint and, in
// development, a local Direct Line. One call from createApp registers all of it.
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../log';
import { panelScript, sendAsset, webChatBundle, widgetScript } from './assets';
import { DEFAULT_LOCAL_LIMITS, LocalConversations, type LocalLimits } from './localConversations';
import { registerLocalDirectLine } from './localDirectLine';
import { frameAncestors } from './origins';
import { landingPage, panelPage, preferredLanguage } from './pages';
import { RateLimiter, type RateLimit } from './rateLimit';
import { contentSecurityPolicy, newNonce, sendHtml } from './securityHeaders';
import { webSettings } from './settings';
import { registerTokenRoute, TOKEN_PATH } from './tokenRoute';

export interface WebDeps {
  config: Config;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
}

export interface WebLimits {
  /** Token requests (and new local conversations) per client address: one per chat opened. */
  tokens: RateLimit;
  /** Local Direct Line polls and posts per client address: Web Chat polls once a second. */
  localRequests: RateLimit;
  local: LocalLimits;
}

export const DEFAULT_WEB_LIMITS: WebLimits = {
  tokens: { burst: 20, perMinute: 20 },
  localRequests: { burst: 120, perMinute: 240 },
  local: DEFAULT_LOCAL_LIMITS,
};

export function registerWebRoutes(server: Server, { config, adapter, bot, logger }: WebDeps, limits: WebLimits = DEFAULT_WEB_LIMITS): void {
  const settings = webSettings(config);
  const webChat = webChatBundle();
  const panel = panelScript();
  const widget = widgetScript();
  const tokens = new RateLimiter(limits.tokens);

  let local: LocalConversations | undefined;
  if (settings.mode === 'local') {
    local = new LocalConversations(limits.local);
    registerLocalDirectLine({
      server,
      adapter,
      bot,
      logger,
      conversations: local,
      requests: new RateLimiter(limits.localRequests),
      starts: tokens,
      trustProxyHops: settings.trustProxyHops,
    });
  }
  registerTokenRoute({ server, settings, logger, limiter: tokens, local });
  logger.info('web_widget', { detail: describeMode(settings.mode) });

  server.get('/', async (_req, res) => {
    const nonce = newNonce();
    sendHtml(res, landingPage(nonce, widget.path), contentSecurityPolicy({ nonce, frameAncestors: [], frames: ["'self'"] }));
  });

  server.get('/chat', async (req, res) => {
    const nonce = newNonce();
    const directLine =
      settings.mode === 'directline' ? [settings.directLineEndpoint, settings.directLineEndpoint.replace(/^http/, 'ws')] : [];
    // The panel's words follow the browser's languages, the ones Web Chat passes to the bot, so
    // they are right whether widget.js frames the panel or someone opens /chat directly.
    const language = preferredLanguage(req.headers['accept-language']);
    const html = panelPage({
      nonce,
      webChatSrc: webChat.path,
      panelSrc: panel.path,
      tokenUrl: TOKEN_PATH,
      webSocket: settings.mode === 'directline',
      language,
    });
    res.header('Vary', 'Accept-Language');
    sendHtml(res, html, contentSecurityPolicy({ nonce, connect: directLine, frameAncestors: frameAncestors(settings) }));
  });

  for (const asset of [webChat, panel, widget]) {
    server.get(asset.path.replace(/\?.*$/, ''), async (req, res) => sendAsset(req, res, asset));
  }
}

function describeMode(mode: string): string {
  if (mode === 'local') return 'Website widget at / with a local Direct Line (development; LOCAL_DIRECT_LINE=false turns it off).';
  if (mode === 'directline') return 'Website widget at / with Direct Line tokens from DIRECT_LINE_SECRET.';
  return 'Website widget at / is not connected: set DIRECT_LINE_SECRET to enable the chat.';
}
