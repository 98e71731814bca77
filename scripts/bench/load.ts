// Drives a bot over HTTP the way channels do: many conversations at once, each one's turns in
// order, a fixed number of turns in flight, keep-alive connections. A turn's latency is the time
// to the 200 from /api/messages, which CloudAdapter sends only after the whole turn, replies and
// state saved included.
import http from 'node:http';
import type { CountingConnector } from './connector';
import type { Script, Step } from './scenarios';

export interface LoadOptions {
  /** http://127.0.0.1:port of the bot. */
  botUrl: string;
  serviceUrl: string;
  connector: CountingConnector;
  conversations: number;
  /** Turns in flight at once (one per conversation being played). */
  concurrency: number;
  script: (n: number) => Script;
  /** Makes conversation ids unique across rounds and bots. */
  idPrefix: string;
}

export interface LoadResult {
  turns: number;
  /** Non-200 answers, failed requests and turns that sent no reply. */
  errors: number;
  replies: number;
  /** Bytes of the replies the connector received during the run. */
  replyBytes: number;
  elapsedMs: number;
  latenciesMs: number[];
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latenciesMs: number[] = [];
  let errors = 0;
  let replies = 0;
  let next = 0;

  const playConversation = async (n: number) => {
    const script = options.script(n);
    const conversationId = `${options.idPrefix}-${n}`;
    for (const step of script.steps) {
      const body = JSON.stringify(activityFor(step, script.channel, conversationId, n, options.serviceUrl));
      const before = options.connector.repliesTo(conversationId);
      const started = performance.now();
      const status = await postJson(agent, `${options.botUrl}/api/messages`, body).catch(() => 0);
      latenciesMs.push(performance.now() - started);
      const sent = options.connector.repliesTo(conversationId) - before;
      replies += sent;
      if (status !== 200 || sent === 0) errors += 1;
    }
  };

  const worker = async () => {
    while (next < options.conversations) await playConversation(next++);
  };
  const started = performance.now();
  const bytesBefore = options.connector.bytes;
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { turns: latenciesMs.length, errors, replies, replyBytes: options.connector.bytes - bytesBefore, elapsedMs, latenciesMs };
}

/** A Bot Framework activity as a channel would post it. */
export function activityFor(step: Step, channel: string, conversationId: string, n: number, serviceUrl: string): Record<string, unknown> {
  const userId = channel === 'sms' ? `+1555${String(n % 10_000_000).padStart(7, '0')}` : `user-${n}`;
  const common = {
    id: `a-${conversationId}-${Math.random().toString(36).slice(2, 10)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: channel,
    conversation: { id: conversationId },
    from: { id: userId, name: '' },
    recipient: { id: 'bot', name: 'Navigator' },
    locale: 'en-US',
    // Web Chat reports the browser's time zone on every activity.
    ...(channel === 'webchat' ? { localTimezone: 'America/New_York' } : {}),
  };
  if ('join' in step) return { ...common, type: 'conversationUpdate', membersAdded: [{ id: userId, name: '' }] };
  return { ...common, type: 'message', text: step.text, ...(step.value ? { value: step.value } : {}) };
}

/** POSTs a JSON body and resolves with the status once the response has been read. */
export function postJson(agent: http.Agent | undefined, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
