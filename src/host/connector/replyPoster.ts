// Posts one activity to a Bot Connector endpoint over a kept-alive connection: one
// JSON.stringify, the credentials' own signature, and an error shaped like the one
// @azure/core-client throws (statusCode, response.headers.get) so retry logic reads both alike.
import http from 'node:http';
import https from 'node:https';

/** What a credentials object's signRequest gets: it sets Authorization (and maybe more) on `headers`. */
export interface SignableRequest {
  url: string;
  method: string;
  headers: RequestHeaders;
}

export interface RequestSigner {
  signRequest(request: SignableRequest): Promise<unknown>;
}

/** The small part of core-http's HttpHeaders that credentials use. */
export class RequestHeaders {
  private readonly values = new Map<string, { name: string; value: string }>();

  set(name: string, value: string | number): void {
    this.values.set(name.toLowerCase(), { name, value: String(value) });
  }

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase())?.value;
  }

  toJson(): Record<string, string> {
    return Object.fromEntries([...this.values.values()].map(({ name, value }) => [name, value]));
  }
}

/** A reply the connector refused or that never arrived; `statusCode` is absent for network errors. */
export class ReplyPostError extends Error {
  override readonly name = 'ReplyPostError';

  constructor(
    message: string,
    readonly statusCode?: number,
    readonly response?: { status: number; headers: { get(name: string): string | undefined }; bodyAsText: string },
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface PostOptions {
  /** Gives up on a request that has not been answered in full after this long. */
  timeoutMs: number;
  userAgent: string;
}

/** A connector answers a reply with a small JSON object (its id); anything this large is not one. */
export const MAX_ANSWER_BYTES = 64 * 1024;
/** A kept-alive socket with no request on it for this long is closed. */
export const REPLY_SOCKET_IDLE_MS = 30_000;

// Sockets stay open between turns (most replies go to one or two serviceUrls), but not for ever:
// an endpoint that never closes its side must not collect sockets here.
export const replyAgents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256, timeout: REPLY_SOCKET_IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256, timeout: REPLY_SOCKET_IDLE_MS }),
};

/** A request that failed because the server had closed the kept-alive socket we reused. */
function isStaleSocket(err: NodeJS.ErrnoException, reusedSocket: boolean): boolean {
  return reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE' || err.message === 'socket hang up');
}

/** POSTs `body` (JSON) to `url`; resolves with the parsed JSON answer ({} when empty). */
export async function postJson(
  url: URL,
  body: string,
  signer: RequestSigner,
  options: PostOptions,
  extraHeaders: Record<string, string> = {},
): Promise<unknown> {
  const headers = new RequestHeaders();
  for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
  await signer.signRequest({ url: url.href, method: 'POST', headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Content-Length', Buffer.byteLength(body));
  headers.set('Accept', 'application/json');
  headers.set('User-Agent', options.userAgent);
  try {
    return await send(url, body, headers.toJson(), options);
  } catch (err) {
    // A kept-alive socket can be closed by the server just as we reuse it; the request never
    // reached it, so it is sent once more on a fresh connection (Node's documented remedy).
    if (err instanceof StaleSocketError) return send(url, body, headers.toJson(), options);
    throw err;
  }
}

class StaleSocketError extends Error {}

function send(url: URL, body: string, headers: Record<string, string>, options: PostOptions): Promise<unknown> {
  const agent = replyAgents[url.protocol as keyof typeof replyAgents];
  if (!agent) return Promise.reject(new ReplyPostError(`unsupported serviceUrl protocol ${url.protocol}`));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // The socket time-out catches silence; this catches an answer that trickles in for ever.
    const deadline = setTimeout(
      () => request.destroy(Object.assign(new Error(`no complete answer within ${options.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
      options.timeoutMs,
    );
    const request = transport.request(url, { method: 'POST', headers, agent, timeout: options.timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_ANSWER_BYTES)
          request.destroy(Object.assign(new Error(`answer larger than ${MAX_ANSWER_BYTES} bytes`), { code: 'EANSWERTOOLARGE' }));
        else chunks.push(chunk);
      });
      response.on('error', reject);
      response.on('end', () => {
        clearTimeout(deadline);
        const text = Buffer.concat(chunks).toString('utf8');
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve(parseAnswer(text));
          return;
        }
        const answerHeaders = response.headers;
        const header = (name: string) => {
          const value = answerHeaders[name.toLowerCase()];
          return Array.isArray(value) ? value.join(', ') : value;
        };
        reject(new ReplyPostError(`The connector answered ${status}`, status, { status, headers: { get: header }, bodyAsText: text }));
      });
    });
    request.on('timeout', () =>
      request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
    );
    request.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      if (isStaleSocket(err, request.reusedSocket)) reject(new StaleSocketError(err.message));
      else reject(new ReplyPostError(err.message, undefined, undefined, err.code));
    });
    request.end(body);
  });
}

function parseAnswer(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
