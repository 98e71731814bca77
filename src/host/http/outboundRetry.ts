// Replies that meet a busy or briefly broken channel are sent again. Teams throttles a
// conversation at about 7 messages a second (429), and channels answer 412, 502, 503 or 504 in
// passing trouble. Each reply is retried on its own, so a batch that failed half-way never sends
// its first half twice; waits grow exponentially with jitter, a Retry-After header is honoured,
// and both the attempts and the total wait are bounded so a turn never hangs on a channel.
//
// This is a turn middleware registering an onSendActivities handler (botbuilder's hook around
// every send). It must be added after other middleware that watches sends, so that a retry
// repeats only the send itself. Replies are posted by src/host/connector/directReplies.ts, which does
// not retry on its own (except a kept-alive socket found closed), so this layer covers what the
// core client's retry policy did (408, 5xx but 501/505, 429, network errors) and adds 412, all
// capped by `budgetMs`.
import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import type { Logger } from '../log';

export interface RetryPolicy {
  /** Tries per reply, the first one included. */
  maxAttempts: number;
  /** First back-off; doubles on each retry, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the reply fails instead. */
  maxRetryAfterMs: number;
  /** No retry starts once this much time has passed since the reply's first try. */
  budgetMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 400,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
  budgetMs: 12_000,
};

const RETRIABLE_STATUS = new Set([408, 412, 429, 500, 502, 503, 504]);

/** Errors on the way to the connector that a later try can get past. */
const RETRIABLE_NETWORK_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

export class OutboundRetry implements Middleware {
  private readonly policy: RetryPolicy;

  constructor(
    policy: Partial<RetryPolicy> = {},
    private readonly logger?: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    private readonly random: () => number = Math.random,
  ) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...policy };
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities((ctx, activities, send) => this.sendEach(ctx, activities, send));
    await next();
  }

  /**
   * `send` always sends the array it was given to this handler, so the array is narrowed to one
   * activity at a time and restored afterwards.
   */
  private async sendEach(
    context: TurnContext,
    activities: Partial<Activity>[],
    send: () => Promise<ResourceResponse[]>,
  ): Promise<ResourceResponse[]> {
    if (activities.length <= 1) return this.withRetry(context, send);
    const all = activities.splice(0, activities.length);
    const responses: ResourceResponse[] = [];
    try {
      for (const activity of all) {
        activities.splice(0, activities.length, activity);
        responses.push(...(await this.withRetry(context, send)));
      }
    } finally {
      activities.splice(0, activities.length, ...all);
    }
    return responses;
  }

  private async withRetry(context: TurnContext, send: () => Promise<ResourceResponse[]>): Promise<ResourceResponse[]> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const delay = this.delayBeforeRetry(err, attempt, performance.now() - started);
        if (delay === undefined) throw err;
        this.logger?.warn('reply_retry', {
          channelId: context.activity.channelId,
          status: statusOf(err),
          durationMs: Math.round(delay),
          detail: `attempt ${attempt + 1} of ${this.policy.maxAttempts}`,
        });
        await this.sleep(delay);
      }
    }
  }

  /** How long to wait before trying again, or undefined to give up. */
  delayBeforeRetry(err: unknown, attempt: number, elapsedMs: number): number | undefined {
    const status = statusOf(err);
    const retriable = status === undefined ? RETRIABLE_NETWORK_ERRORS.has(codeOf(err) ?? '') : RETRIABLE_STATUS.has(status);
    if (!retriable || attempt >= this.policy.maxAttempts) return undefined;
    const retryAfter = retryAfterMs(err);
    if (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs) return undefined;
    // Exponential back-off with "equal jitter": half fixed, half random, so that replies throttled
    // together do not come back together.
    const exponential = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    const backoff = exponential / 2 + (this.random() * exponential) / 2;
    const delay = Math.max(backoff, retryAfter ?? 0);
    return elapsedMs + delay > this.policy.budgetMs ? undefined : delay;
  }
}

interface HttpErrorShape {
  statusCode?: unknown;
  response?: { headers?: { get?: (name: string) => string | undefined } };
}

function codeOf(err: unknown): string | undefined {
  const code = err && typeof err === 'object' ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function statusOf(err: unknown): number | undefined {
  const status = err && typeof err === 'object' ? (err as HttpErrorShape).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After in seconds or as an HTTP date, or Azure's retry-after-ms; undefined when absent. */
export function retryAfterMs(err: unknown, now = Date.now()): number | undefined {
  const headers = err && typeof err === 'object' ? (err as HttpErrorShape).response?.headers : undefined;
  const header = (name: string): string | undefined => (typeof headers?.get === 'function' ? headers.get(name) : undefined) ?? undefined;
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const ms = Number(header(name));
    if (header(name) && Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = header('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
