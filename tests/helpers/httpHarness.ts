// Runs the real HTTP server on a free port, with a local fake Bot Connector that receives the
// replies the bot posts to `serviceUrl`. Nothing leaves the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { Storage } from 'botbuilder';
import { createApp, type AppOptions } from '../../src/host/app';
import { parseConfig } from '../../src/host/config';
import { Logger } from '../../src/host/log';
import { testKit } from './botHarness';

export interface Received {
  conversationId: string;
  activity: Partial<Activity>;
}

export interface ConnectorAnswer {
  status: number;
  headers?: Record<string, string>;
}

/** A stand-in for the Bot Connector service: records every activity the bot sends. */
export class FakeConnector {
  readonly received: Received[] = [];
  private server?: http.Server;
  /** Status (and headers) to answer with, for testing retries; 200 by default. */
  respondWith: (activity: Partial<Activity>) => number | ConnectorAnswer = () => 200;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        let activity: Partial<Activity>;
        try {
          activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          activity = {};
        }
        const answer = this.respondWith(activity);
        const { status, headers = {} } = typeof answer === 'number' ? { status: answer } : answer;
        if (status === 200 && match) this.received.push({ conversationId: decodeURIComponent(match[1]), activity });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify({ id: `reply-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Replies received for one conversation since `since` (an index into `received`). */
  repliesFor(conversationId: string, since = 0): Partial<Activity>[] {
    return this.received
      .slice(since)
      .filter((r) => r.conversationId === conversationId)
      .map((r) => r.activity);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface HttpBotOptions {
  env?: Record<string, string>;
  /** Default: what the environment's STATE_STORAGE says (memory unless set). */
  storage?: Storage;
  logSink?: (line: string) => void;
  /** Further createApp options (authentication overrides, retry policy). */
  app?: Omit<AppOptions, 'kit' | 'logger' | 'storage'>;
}

/** The bot's real HTTP server plus a fake connector, both on free local ports. */
export class HttpBot {
  readonly connector = new FakeConnector();
  serviceUrl = '';
  baseUrl = '';
  private app?: ReturnType<typeof createApp>;

  constructor(private readonly options: HttpBotOptions = {}) {}

  async start(): Promise<this> {
    this.serviceUrl = await this.connector.start();
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'info', ...this.options.env });
    const logger = new Logger(config.LOG_LEVEL, this.options.logSink ?? (() => undefined));
    this.app = createApp(config, { kit: testKit(), logger, storage: this.options.storage, ...this.options.app });
    await new Promise<void>((resolve) => this.app!.server.listen(0, '127.0.0.1', () => resolve()));
    this.baseUrl = `http://127.0.0.1:${this.app.server.address().port}`;
    return this;
  }

  /** The running app's telemetry (tests flush it to read what was exported). */
  get telemetry() {
    return this.app!.telemetry;
  }

  /** Waits (bounded) until every configured meeting feed was read or failed: no feed is still loading. */
  async meetingFeedsSettled(timeoutMs = 10_000): Promise<void> {
    const directory = this.app!.kit.meetings?.directory;
    const until = Date.now() + timeoutMs;
    while (directory?.health().some((f) => f.state === 'loading')) {
      if (Date.now() > until) throw new Error(`meeting feeds still loading after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    if (this.app) await new Promise<void>((resolve) => this.app!.server.close(() => resolve()));
    await this.connector.stop();
  }

  /** Posts raw bytes to /api/messages. */
  async postRaw(
    body: string | Buffer,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ): Promise<{ status: number; body: string }> {
    const res = await fetch(`${this.baseUrl}/api/messages`, { method: 'POST', body, headers });
    return { status: res.status, body: await res.text() };
  }

  /** Posts an activity (filled in with ids and serviceUrl) and returns the status and the replies of that turn. */
  async post(
    activity: Partial<Activity>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string; replies: Partial<Activity>[] }> {
    const full = {
      id: `act-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      serviceUrl: this.serviceUrl,
      recipient: { id: 'bot', name: 'Navigator' },
      ...activity,
    };
    const before = this.connector.received.length;
    const { status, body } = await this.postRaw(JSON.stringify(full), { 'content-type': 'application/json', ...headers });
    return { status, body, replies: this.connector.repliesFor(String(full.conversation?.id), before) };
  }
}

/** One person's conversation over HTTP on a channel. */
export class HttpConversation {
  constructor(
    private readonly bot: HttpBot,
    readonly channelId: string,
    readonly conversationId: string,
    readonly userId: string,
    private readonly locale?: string,
  ) {}

  async join() {
    return this.bot.post({
      type: 'conversationUpdate',
      channelId: this.channelId,
      conversation: { id: this.conversationId } as Activity['conversation'],
      from: { id: this.userId, name: '' },
      membersAdded: [{ id: this.userId, name: '' }],
      locale: this.locale,
    });
  }

  async send(input: string | Partial<Activity>) {
    const extra = typeof input === 'string' ? { text: input } : input;
    return this.bot.post({
      type: 'message',
      channelId: this.channelId,
      conversation: { id: this.conversationId } as Activity['conversation'],
      from: { id: this.userId, name: '' },
      locale: this.locale,
      ...extra,
    });
  }
}
