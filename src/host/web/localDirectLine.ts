// Development without Azure: the part of the Direct Line 3.0 REST API that Web Chat uses when it
// polls (webSocket: false), served by the bot itself. A user's activity is stored (Web Chat waits
// for its echo) and handed to the real CloudAdapter in-process; the bot's replies travel the usual
// Bot Connector way, to a serviceUrl that points back at this server under a random path, and are
// stored for the next poll. The adapter awaits those posts, which this same server answers, so
// nothing waits on itself. Never on when a Direct Line secret or a MicrosoftAppId is configured.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity, ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { setApiHeaders } from '../http/securityHeaders';
import { describeError, type Logger } from '../log';
import { LOCAL_TOKEN_SECONDS, type LocalConversation, type LocalConversations } from './localConversations';
import { clientAddress, sendTooManyRequests, type RateLimiter } from './rateLimit';

export const DIRECT_LINE_PATH = '/v3/directline';
const BOT = { id: 'support-group-navigator', name: 'Support Group Navigator', role: 'bot' };
/** A post answers after its turn, or after this long, so a slow turn cannot stall the client. */
const TURN_WAIT_MS = 5000;

const localeSchema = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/);

/** What a client may set on an activity; the rest (ids, from, recipient, serviceUrl) is ours. */
const UserActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: localeSchema.optional().catch(undefined),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.unknown()).optional(),
  entities: z
    .array(z.object({ type: z.string() }).passthrough())
    .max(20)
    .optional(),
});

const StartSchema = z
  .object({ locale: localeSchema.optional().catch(undefined) })
  .passthrough()
  .optional()
  .catch(undefined);

export interface LocalDirectLineDeps {
  server: Server;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  conversations: LocalConversations;
  /** Polls and posts, per client address. */
  requests: RateLimiter;
  /** New conversations, per client address. */
  starts: RateLimiter;
  trustProxyHops: number;
}

export function registerLocalDirectLine(deps: LocalDirectLineDeps): void {
  const { server, conversations, logger } = deps;
  // The bot posts its replies here; the random segment keeps anyone else from posting as the bot.
  const connectorPath = `/local-connector/${randomBytes(16).toString('hex')}`;

  /** Every Direct Line answer is JSON for a script: API headers, then the client's rate limit. */
  const limited = (limiter: RateLimiter, req: Request, res: Response): boolean => {
    setApiHeaders(res);
    const wait = limiter.take(clientAddress(req, deps.trustProxyHops));
    if (wait) sendTooManyRequests(res, wait);
    return wait > 0;
  };

  /** The conversation named in the URL, when the bearer token is its token; else answers 404/403. */
  const authorize = (req: Request, res: Response): LocalConversation | undefined => {
    const found = conversations.authorized(String(req.params?.conversationId ?? ''), bearer(req));
    if (found === 'unknown') res.send(404, { error: { code: 'BadArgument', message: 'Conversation not found.' } });
    else if (found === 'forbidden') res.send(403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } });
    else return found;
    return undefined;
  };

  /** This server on the loopback interface when it listens on all of them. */
  const serviceUrl = (): string => {
    const { address, family, port } = server.address() as AddressInfo;
    let host = address;
    if (address === '::' || address === '0.0.0.0') host = '127.0.0.1';
    else if (family === 'IPv6') host = `[${address}]`;
    return `http://${host}:${port}${connectorPath}`;
  };

  const runTurn = (conversation: LocalConversation, activity: Partial<Activity>): Promise<void> => {
    const turn = conversation.turns.then(() =>
      deps.adapter
        .processActivityDirect('', { ...activity, serviceUrl: serviceUrl() } as Activity, (context) => deps.bot.run(context))
        .catch((err) =>
          logger.warn('local_directline_turn_failed', { activityType: activity.type, errorName: describeError(err).errorName }),
        ),
    );
    conversation.turns = turn;
    return turn;
  };

  const toBot = (conversation: LocalConversation, activity: Partial<Activity>): Partial<Activity> => ({
    ...activity,
    channelId: 'directline',
    from: { id: conversation.userId, name: '', role: 'user' },
    recipient: BOT as Activity['recipient'],
  });

  const start = (conversation: LocalConversation, locale: string | undefined): void => {
    if (conversation.started) return;
    conversation.started = true;
    // What the Direct Line service sends when a conversation with a known user begins: the bot
    // greets the person before they type anything.
    const update = toBot(conversation, {
      type: 'conversationUpdate',
      locale,
      membersAdded: [{ id: conversation.userId, name: '' }] as Activity['membersAdded'],
    });
    void runTurn(conversation, {
      ...update,
      id: `${conversation.id}|start`,
      timestamp: new Date(),
      conversation: { id: conversation.id } as Activity['conversation'],
    });
  };

  const conversationInfo = (conversation: LocalConversation) => ({
    conversationId: conversation.id,
    token: conversation.token,
    expires_in: LOCAL_TOKEN_SECONDS,
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req, res) => {
    const token = bearer(req);
    let conversation: LocalConversation | undefined;
    if (token) {
      if (limited(deps.requests, req, res)) return;
      conversation = conversations.byToken(token);
      if (!conversation) return void res.send(403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } });
    } else {
      if (limited(deps.starts, req, res)) return;
      conversation = conversations.create();
    }
    start(conversation, StartSchema.parse(req.body)?.locale);
    res.send(201, conversationInfo(conversation));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req, res) => {
    if (limited(deps.requests, req, res)) return;
    const conversation = authorize(req, res);
    if (conversation) res.send(200, conversationInfo(conversation));
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req, res) => {
    if (limited(deps.requests, req, res)) return;
    const conversation = conversations.byToken(bearer(req) ?? '');
    if (!conversation) return void res.send(403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } });
    res.send(200, conversationInfo(conversation));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    if (limited(deps.requests, req, res)) return;
    const conversation = authorize(req, res);
    if (!conversation) return;
    const watermark = new URL(req.url ?? '', 'http://local').searchParams.get('watermark') ?? undefined;
    res.send(200, conversations.since(conversation, watermark));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    if (limited(deps.requests, req, res)) return;
    const conversation = authorize(req, res);
    if (!conversation) return;
    const parsed = UserActivitySchema.safeParse(req.body);
    if (!parsed.success) return void res.send(400, { error: { code: 'BadArgument', message: 'Not a supported activity.' } });
    start(conversation, parsed.data.locale);
    const stored = conversations.append(conversation, toBot(conversation, parsed.data));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([runTurn(conversation, stored), new Promise((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)))]);
    clearTimeout(timer);
    res.send(200, { id: stored.id });
  });

  // The Bot Connector routes the bot's replies arrive on.
  const receiveFromBot = async (req: Request, res: Response) => {
    const conversation = conversations.peek(String(req.params?.conversationId ?? ''));
    if (!conversation) return void res.send(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
    const body = req.body as Partial<Activity> | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string')
      return void res.send(400, { error: { code: 'BadArgument', message: 'Not an activity.' } });
    const { serviceUrl: _serviceUrl, ...activity } = body;
    const stored = conversations.append(conversation, { ...activity, from: activity.from ?? (BOT as Activity['from']) });
    res.send(200, { id: stored.id });
  };
  server.post(`${connectorPath}/v3/conversations/:conversationId/activities`, receiveFromBot);
  server.post(`${connectorPath}/v3/conversations/:conversationId/activities/:activityId`, receiveFromBot);
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
