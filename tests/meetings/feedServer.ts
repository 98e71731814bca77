// A local HTTP server that plays meeting-feed hosts for the tests: each path answers with a
// status and a body, optionally late. It listens on 127.0.0.1, port 0; nothing leaves the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body: unknown;
  /** Milliseconds before the answer starts. */
  delayMs?: number;
}

export class FeedServer {
  readonly routes = new Map<string, Route>();
  readonly hits = new Map<string, number>();
  private server?: http.Server;
  private base = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      const route = this.routes.get(path);
      const answer = () => {
        if (!route) {
          res.writeHead(404).end();
          return;
        }
        const body = typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
        res.writeHead(route.status ?? 200, { 'content-type': 'application/json' });
        res.end(body);
      };
      if (route?.delayMs) setTimeout(answer, route.delayMs).unref();
      else answer();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
