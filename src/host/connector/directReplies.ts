// Replies (sendToConversation, replyToActivity) posted straight to the connector, on a client
// that is otherwise botbuilder's own.
//
// Under load, @azure/core-client's pipeline is the largest part of a turn that is not the bot's
// own work: for every reply it walks the Activity model to serialize it (twice as costly for a
// reply with cards and suggested actions as for an echo), then runs a dozen policies (tracing,
// logging, redirects, request ids, a compat layer for the credentials) before the HTTP request.
// Here a reply is one JSON.stringify and one request on a kept-alive socket, signed by the
// client's own credentials (so tokens come and refresh exactly as before). Both produce the
// same request: the same URL (serviceUrl path kept, ids encoded), the same JSON and the same
// Authorization; tests/connector/directReplies.test.ts compares them on real replies.
//
// Every other operation (members, updates, deletes, attachments) stays on the core client.
// Behind an HTTP proxy (HTTPS_PROXY and the like, which the core pipeline honours) nothing is
// changed.
import type { ConnectorClient } from 'botframework-connector';
import type { Activity, ResourceResponse } from 'botbuilder';
import { postJson, type RequestSigner } from './replyPoster';

/** A reply that gets no answer within this long fails (and OutboundRetry may try again). */
export const REPLY_TIMEOUT_MS = 30_000;

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'ALL_PROXY', 'https_proxy', 'http_proxy', 'all_proxy'];

function userAgent(): string {
  return `Microsoft-BotFramework/3.1 support-group-navigator (Node.js,Version=${process.version})`;
}

/** The activities path under a serviceUrl, which may have a path of its own (Teams: /amer/). */
function activitiesUrl(serviceUrl: string, conversationId: string, replyToId?: string): URL {
  const url = new URL(serviceUrl);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.pathname = `${base}v3/conversations/${encodeURIComponent(conversationId)}/activities${replyToId ? `/${encodeURIComponent(replyToId)}` : ''}`;
  return url;
}

type Conversations = ConnectorClient['conversations'];

/**
 * Posts `client`'s replies itself; the client keeps everything else. `serviceUrl` is the one the
 * client was made for (its base URI). Returns the same client.
 */
export function withDirectReplies(client: ConnectorClient, serviceUrl: string, env: NodeJS.ProcessEnv = process.env): ConnectorClient {
  if (PROXY_VARIABLES.some((name) => env[name])) return client;
  const signer = client.credentials as unknown as RequestSigner;
  if (!serviceUrl || typeof signer?.signRequest !== 'function') return client;
  const options = { timeoutMs: REPLY_TIMEOUT_MS, userAgent: userAgent() };
  const original = client.conversations;

  const post = async (conversationId: string, activity: Partial<Activity>, replyToId?: string): Promise<ResourceResponse> => {
    if (!conversationId) throw new Error('conversationId is required to send a reply');
    if (!activity || typeof activity !== 'object') throw new Error('activity is required to send a reply');
    const url = activitiesUrl(serviceUrl, conversationId, replyToId);
    // botbuilder's replyToActivity names the conversation in a header too; sendToConversation does not.
    const headers: Record<string, string> = replyToId ? { 'x-ms-conversation-id': conversationId } : {};
    const answer = await postJson(url, JSON.stringify(activity), signer, options, headers);
    const id = (answer as { id?: unknown }).id;
    return typeof id === 'string' ? { id } : ({} as ResourceResponse);
  };

  // The callback forms (legacy) go to the original implementation; promise forms are posted here.
  const conversations = Object.create(original, {
    sendToConversation: {
      value: (conversationId: string, activity: Partial<Activity>, ...rest: unknown[]) =>
        rest.some((arg) => typeof arg === 'function')
          ? (original.sendToConversation as (...args: unknown[]) => unknown).call(original, conversationId, activity, ...rest)
          : post(conversationId, activity),
    },
    replyToActivity: {
      value: (conversationId: string, activityId: string, activity: Partial<Activity>, ...rest: unknown[]) =>
        rest.some((arg) => typeof arg === 'function')
          ? (original.replyToActivity as (...args: unknown[]) => unknown).call(original, conversationId, activityId, activity, ...rest)
          : post(conversationId, activity, activityId),
    },
  }) as Conversations;
  client.conversations = conversations;
  return client;
}
