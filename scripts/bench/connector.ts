// A stand-in for the Bot Connector service, on 127.0.0.1: accepts the bot's replies at
// POST /v3/conversations/:id/activities, counts them per conversation and answers 200 at once.
// It keeps counts, not bodies, so 30,000 turns cost it next to nothing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities/;

export class CountingConnector {
  private readonly counts = new Map<string, number>();
  private readonly firstReplyWaiters = new Map<string, (at: number) => void>();
  private server?: http.Server;
  total = 0;
  /** Bytes of reply bodies received. */
  bytes = 0;

  /** Starts listening; returns the serviceUrl to put on activities. */
  async start(): Promise<string> {
    this.server = http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
      req.on('data', (chunk: Buffer) => (this.bytes += chunk.length));
      req.on('end', () => {
        const match = ACTIVITY_PATH.exec(req.url ?? '');
        if (req.method !== 'POST' || !match) {
          res.writeHead(404);
          res.end();
          return;
        }
        const at = performance.now();
        const conversationId = decodeURIComponent(match[1]);
        this.total += 1;
        this.counts.set(conversationId, (this.counts.get(conversationId) ?? 0) + 1);
        const waiter = this.firstReplyWaiters.get(conversationId);
        if (waiter) {
          this.firstReplyWaiters.delete(conversationId);
          waiter(at);
        }
        // Not chained: restify, if loaded in this process, patches writeHead to return nothing.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"r${this.total}"}`);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  repliesTo(conversationId: string): number {
    return this.counts.get(conversationId) ?? 0;
  }

  /** Resolves with performance.now() when the conversation's next reply arrives. */
  nextReplyTo(conversationId: string): Promise<number> {
    return new Promise((resolve) => this.firstReplyWaiters.set(conversationId, resolve));
  }

  /** Forgets the per-conversation counts between rounds. */
  reset(): void {
    this.counts.clear();
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
